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
 * Dosimetry as analyses.md defines it: D = lesion_gy_per_gbq x administered_gbq (first therapy), compared with
 * the site threshold unrounded; MTA = blood limit / blood_gy_per_gbq; recommended activity = max over lesions of
 * T / lesion_gy_per_gbq, capped at the MTA. Doses are exact decimals; the two divisions keep 16 digits.
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
     * @param firstTherapy null when the patient was not treated (no doses then)
     * @param blood null without blood dosimetry (no MTA, recommended activity or exit flag then)
     * @param evaluable whether a visit lies in the evaluation window (RADIORESISTANT is undefined otherwise)
     * @param disappeared the lesions that disappeared at a visit in the evaluation window
     */
    public PatientDosimetry evaluate(Therapy firstTherapy, BloodDosimetry blood, List<Lesion> lesions,
            List<LesionDosimetry> doses, boolean evaluable, Set<String> disappeared) {
        Map<String, Lesion> byId = lesions.stream()
                .collect(Collectors.toMap(Lesion::lesionId, Function.identity(), (a, b) -> a));
        List<LesionDosimetry> known = doses.stream().filter(d -> byId.containsKey(d.lesionId())).toList();
        List<LesionDose> lesionDoses = firstTherapy == null ? List.of() : known.stream()
                .map(d -> dose(d, byId.get(d.lesionId()), firstTherapy, evaluable, disappeared)).toList();
        List<LesionDose> softTissue = lesionDoses.stream().filter(d -> d.site() == Lesion.Site.SOFT_TISSUE).toList();

        BigDecimal mta = blood == null ? null
                : thresholds.bloodLimitGy().divide(blood.bloodGyPerGbq(), MathContext.DECIMAL64);
        BigDecimal needed = known.stream()
                .map(d -> thresholds.threshold(byId.get(d.lesionId()).site())
                        .divide(d.lesionGyPerGbq(), MathContext.DECIMAL64))
                .max(Comparator.naturalOrder()).orElse(null);
        BigDecimal recommended = mta == null || needed == null ? null : needed.min(mta);
        Boolean exit = blood == null || known.stream().noneMatch(d -> byId.get(d.lesionId()).softTissue()) ? null
                : known.stream().filter(d -> byId.get(d.lesionId()).softTissue())
                        .anyMatch(d -> belowThresholdAtMta(d.lesionGyPerGbq(), blood.bloodGyPerGbq()));
        Boolean refractory = softTissue.isEmpty() ? null
                : softTissue.stream().anyMatch(d -> d.lesionClass() == LesionClass.LOW_UPTAKE);
        Boolean radioresistant = softTissue.isEmpty() || !evaluable ? null
                : softTissue.stream().anyMatch(d -> d.lesionClass() == LesionClass.RADIORESISTANT);
        BigDecimal lowest = softTissue.stream().map(LesionDose::doseGy).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new PatientDosimetry(lesionDoses, mta, recommended, exit, refractory, radioresistant, lowest);
    }

    private LesionDose dose(LesionDosimetry d, Lesion lesion, Therapy therapy, boolean evaluable,
            Set<String> disappeared) {
        BigDecimal dose = d.lesionGyPerGbq().multiply(therapy.administeredGbq());
        BigDecimal threshold = thresholds.threshold(lesion.site());
        LesionClass lesionClass = null;
        if (lesion.softTissue()) {
            if (dose.compareTo(threshold) < 0) {
                lesionClass = LesionClass.LOW_UPTAKE;
            } else if (evaluable) {
                lesionClass = disappeared.contains(lesion.lesionId()) ? LesionClass.RESPONSIVE
                        : LesionClass.RADIORESISTANT;
            }
        }
        return new LesionDose(d.patientId(), d.lesionId(), lesion.site(), d.lesionGyPerGbq(),
                therapy.administeredGbq(), dose, threshold, lesionClass);
    }

    /** gy_per_gbq x MTA below the soft-tissue threshold, written without division: gy x limit < T x blood. */
    private boolean belowThresholdAtMta(BigDecimal gyPerGbq, BigDecimal bloodGyPerGbq) {
        return gyPerGbq.multiply(thresholds.bloodLimitGy())
                .compareTo(thresholds.softTissueGy().multiply(bloodGyPerGbq)) < 0;
    }
}
