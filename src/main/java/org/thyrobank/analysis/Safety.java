package org.thyrobank.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.thyrobank.analysis.Report.AdverseEventTerm;
import org.thyrobank.analysis.Report.Deviation;
import org.thyrobank.analysis.Report.LabToxicity;
import org.thyrobank.analysis.Report.Toxicity;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.Decimals;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Therapy;

/**
 * Safety and protocol deviations over the treated population (docs/analyses.md, Safety). An adverse event is
 * treatment-emergent when its onset is on or after the first therapy, or unknown (then it is not acute, and the report
 * warns); treatment-related when its attribution is POSSIBLE, PROBABLE, DEFINITE or not assessed.
 */
final class Safety {

    static final String ABOVE_MTA = "ABOVE_MTA";
    static final String BELOW_RECOMMENDED = "BELOW_RECOMMENDED";
    private static final int MAX_AE_GRADE = 5;

    private Safety() {}

    static Toxicity toxicity(
            List<PatientOutcome> patients, ClinicalBundle bundle, List<LabToxicity> labNadirs, PlanSettings settings) {
        Set<String> related = new HashSet<>();
        Set<String> relatedGrade3 = new HashSet<>();
        Set<String> acuteRelated = new HashSet<>();
        Map<String, List<AdverseEvent>> byTerm = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, List<AdverseEvent>> byPatient = new TreeMap<>();
        bundle.adverseEvents()
                .forEach(e -> byPatient
                        .computeIfAbsent(e.patientId(), id -> new ArrayList<>())
                        .add(e));
        Map<String, Therapy> firstTherapies = bundle.firstTherapies();
        int treated = 0;
        for (PatientOutcome patient : patients) {
            if (!patient.treated()) {
                continue;
            }
            treated++;
            Therapy first = firstTherapies.get(patient.patientId());
            LocalDate firstTherapy = first == null ? null : first.treatedOn();
            if (firstTherapy == null) {
                continue;
            }
            for (AdverseEvent event : byPatient.getOrDefault(patient.patientId(), List.of())) {
                if (event.onsetOn() != null && event.onsetOn().isBefore(firstTherapy)) {
                    continue;
                }
                byTerm.computeIfAbsent(event.term(), t -> new ArrayList<>()).add(event);
                if (event.onsetOn() == null) {
                    warnings.add(event.patientId() + ": '" + event.term() + "' has no onset_on: counted as"
                            + " treatment-emergent, not as acute");
                }
                if (event.related()) {
                    related.add(event.patientId());
                    if (event.grade() >= 3) {
                        relatedGrade3.add(event.patientId());
                    }
                    if (event.onsetOn() != null
                            && ChronoUnit.DAYS.between(firstTherapy, event.onsetOn()) <= settings.acuteWindowDays()) {
                        acuteRelated.add(event.patientId());
                    }
                }
            }
        }
        List<AdverseEventTerm> terms = new ArrayList<>();
        byTerm.forEach((term, events) -> terms.add(term(term, events)));
        return new Toxicity(
                treated,
                Rates.block(related.size(), treated),
                Rates.block(relatedGrade3.size(), treated),
                Rates.block(acuteRelated.size(), treated),
                terms,
                labNadirs,
                warnings);
    }

    private static AdverseEventTerm term(String term, List<AdverseEvent> events) {
        Map<String, Integer> maxGrade = new LinkedHashMap<>();
        Set<String> relatedParticipants = new HashSet<>();
        for (AdverseEvent event : events) {
            maxGrade.merge(event.patientId(), event.grade(), Math::max);
            if (event.related()) {
                relatedParticipants.add(event.patientId());
            }
        }
        Map<String, Integer> byMaxGrade = new LinkedHashMap<>();
        for (int grade = 1; grade <= MAX_AE_GRADE; grade++) {
            byMaxGrade.put(Integer.toString(grade), 0);
        }
        maxGrade.values().forEach(grade -> byMaxGrade.merge(Integer.toString(grade), 1, Integer::sum));
        return new AdverseEventTerm(term, events.size(), maxGrade.size(), relatedParticipants.size(), byMaxGrade);
    }

    /**
     * First therapies of the treated above the MTA (by more than the tolerance; limit = the MTA) or below a fraction of
     * the recommended activity (limit = the recommended activity); limits unrounded, in patient order.
     */
    static List<Deviation> deviations(List<PatientOutcome> patients, ClinicalBundle bundle, PlanSettings settings) {
        List<Deviation> deviations = new ArrayList<>();
        Map<String, Therapy> firstTherapies = bundle.firstTherapies();
        for (PatientOutcome patient : patients) {
            Optional<Therapy> first = Optional.ofNullable(firstTherapies.get(patient.patientId()));
            if (!patient.treated() || first.isEmpty()) {
                continue;
            }
            BigDecimal given = first.get().administeredGbq();
            if (patient.mta() != null && given.compareTo(patient.mta().add(settings.aboveMtaToleranceGbq())) > 0) {
                deviations.add(new Deviation(patient.patientId(), ABOVE_MTA, Decimals.plain(given), patient.mta()));
            }
            BigDecimal recommended = patient.recommendedActivity();
            if (recommended != null && given.compareTo(recommended.multiply(settings.belowRecommendedFraction())) < 0) {
                deviations.add(
                        new Deviation(patient.patientId(), BELOW_RECOMMENDED, Decimals.plain(given), recommended));
            }
        }
        return deviations;
    }
}
