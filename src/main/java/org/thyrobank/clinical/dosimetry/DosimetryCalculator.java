package org.thyrobank.clinical.dosimetry;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionClass;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.Therapy;

/**
 * Dosimetry as docs/analyses.md defines it: D = lesion_gy_per_gbq x administered_gbq (first therapy), compared with
 * the site threshold unrounded; MTA = blood limit / blood_gy_per_gbq; recommended activity = max over lesions of
 * T / lesion_gy_per_gbq, capped at the MTA; EXIT_TO_STANDARD_CARE (= IODINE_REFRACTORY) when a soft-tissue lesion
 * with dosimetry cannot reach its threshold even at the unrounded MTA. Doses are exact decimals; the two divisions
 * keep 16 digits; comparisons at the MTA are made without division.
 */
public final class DosimetryCalculator {

    private final DosimetryThresholds thresholds;

    DosimetryCalculator(DosimetryThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public static DosimetryCalculator fromReference() {
        return new DosimetryCalculator(DosimetryThresholds.fromReference());
    }

    /**
     * EXIT_TO_STANDARD_CARE: null outside the dosimetry population (no blood dosimetry, or no soft-tissue lesion
     * with lesion dosimetry), else whether a soft-tissue lesion with dosimetry is below 80 Gy at the MTA.
     */
    public Boolean exitToStandardCare(BloodDosimetry blood, List<Lesion> lesions, List<LesionDosimetry> doses) {
        Map<String, Lesion> byId = byId(lesions);
        List<LesionDosimetry> softTissue = doses.stream()
                .filter(d ->
                        byId.containsKey(d.lesionId()) && byId.get(d.lesionId()).softTissue())
                .toList();
        if (blood == null || softTissue.isEmpty()) {
            return null;
        }
        return softTissue.stream().anyMatch(d -> lowUptake(d, byId.get(d.lesionId()), blood));
    }

    /**
     * @param firstTherapy null when the patient was not treated (no doses then)
     * @param blood null without blood dosimetry (no MTA, recommended activity, LOW_UPTAKE or UNDERDOSED then)
     * @param evaluable whether the patient is in the evaluable population (RESPONSIVE / RADIORESISTANT and
     *                  RADIORESISTANT are undefined otherwise)
     * @param disappeared the lesions that disappeared at a visit in the evaluation window
     */
    public PatientDosimetry evaluate(
            Therapy firstTherapy,
            BloodDosimetry blood,
            List<Lesion> lesions,
            List<LesionDosimetry> doses,
            boolean evaluable,
            Set<String> disappeared) {
        Map<String, Lesion> byId = byId(lesions);
        List<LesionDosimetry> known =
                doses.stream().filter(d -> byId.containsKey(d.lesionId())).toList();
        List<LesionDose> lesionDoses = firstTherapy == null
                ? List.of()
                : known.stream()
                        .map(d -> dose(d, byId.get(d.lesionId()), firstTherapy, blood, evaluable, disappeared))
                        .toList();
        List<LesionDose> softTissue = lesionDoses.stream()
                .filter(d -> d.site() == Lesion.Site.SOFT_TISSUE)
                .toList();

        BigDecimal mta =
                blood == null ? null : thresholds.bloodLimitGy().divide(blood.bloodGyPerGbq(), MathContext.DECIMAL64);
        BigDecimal needed = known.stream()
                .map(d -> thresholds
                        .threshold(byId.get(d.lesionId()).site())
                        .divide(d.lesionGyPerGbq(), MathContext.DECIMAL64))
                .max(Comparator.naturalOrder())
                .orElse(null);
        BigDecimal recommended = mta == null || needed == null ? null : needed.min(mta);
        Boolean exit = exitToStandardCare(blood, lesions, doses);
        Boolean radioresistant = !evaluable || softTissue.isEmpty()
                ? null
                : softTissue.stream().anyMatch(d -> d.lesionClass() == LesionClass.RADIORESISTANT);
        BigDecimal lowest = softTissue.stream()
                .map(LesionDose::doseGy)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new PatientDosimetry(lesionDoses, mta, recommended, exit, exit, radioresistant, lowest);
    }

    private LesionDose dose(
            LesionDosimetry d,
            Lesion lesion,
            Therapy therapy,
            BloodDosimetry blood,
            boolean evaluable,
            Set<String> disappeared) {
        BigDecimal dose = d.lesionGyPerGbq().multiply(therapy.administeredGbq());
        BigDecimal threshold = thresholds.threshold(lesion.site());
        Boolean gone = evaluable ? disappeared.contains(lesion.lesionId()) : null;
        LesionClass lesionClass = null;
        if (lesion.softTissue()) {
            boolean belowAtAdministered = dose.compareTo(threshold) < 0;
            if (blood != null && lowUptake(d, lesion, blood)) {
                lesionClass = LesionClass.LOW_UPTAKE;
            } else if (blood != null && belowAtAdministered) {
                lesionClass = LesionClass.UNDERDOSED;
            } else if (!belowAtAdministered && evaluable) {
                lesionClass = gone ? LesionClass.RESPONSIVE : LesionClass.RADIORESISTANT;
            } else {
                lesionClass = LesionClass.NOT_EVALUABLE;
            }
        }
        return new LesionDose(
                d.patientId(),
                d.lesionId(),
                lesion.site(),
                d.lesionGyPerGbq(),
                therapy.administeredGbq(),
                dose,
                threshold,
                lesionClass,
                gone);
    }

    /** gy_per_gbq x MTA below the site threshold, written without division: gy x limit < T x blood. */
    private boolean lowUptake(LesionDosimetry d, Lesion lesion, BloodDosimetry blood) {
        return d.lesionGyPerGbq()
                        .multiply(thresholds.bloodLimitGy())
                        .compareTo(thresholds.threshold(lesion.site()).multiply(blood.bloodGyPerGbq()))
                < 0;
    }

    private static Map<String, Lesion> byId(List<Lesion> lesions) {
        return lesions.stream().collect(Collectors.toMap(Lesion::lesionId, Function.identity(), (a, b) -> a));
    }
}
