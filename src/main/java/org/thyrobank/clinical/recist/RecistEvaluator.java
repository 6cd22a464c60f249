package org.thyrobank.clinical.recist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.VisitResponse;

/**
 * RECIST 1.1 as docs/analyses.md defines it. The baseline is the latest visit on or before the first therapy; each
 * later visit gets CR, PR, SD, PD or NE from its target sum (compared with the baseline for PR and with the
 * nadir so far, baseline included, for PD), its non-target statuses and its new lesions. A visit where a target has
 * no measurement is NE unless a new lesion or unequivocal non-target progression makes it PD; an NE visit does not
 * move the nadir. SOFT_TISSUE_CR's "no earlier PD" is judged on the soft-tissue targets and new lesions alone (the
 * protocol counts soft tissue only): a bone lesion's progression ends the best response but not SOFT_TISSUE_CR.
 */
public final class RecistEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RecistCriteria criteria;

    RecistEvaluator(RecistCriteria criteria) {
        this.criteria = criteria;
    }

    public static RecistEvaluator fromReference() {
        return new RecistEvaluator(RecistCriteria.fromReference());
    }

    /**
     * A patient without a first therapy gets no responses and is not evaluable. Without a baseline visit every
     * visit is NE, except a PD declared by a new lesion or unequivocal non-target progression.
     */
    public PatientResponse evaluate(
            String patientId, LocalDate firstTherapy, List<Lesion> lesions, List<Assessment> assessments) {
        TreeMap<LocalDate, List<Assessment>> byDate = assessments.stream()
                .collect(Collectors.groupingBy(Assessment::assessedOn, TreeMap::new, Collectors.toList()));
        if (firstTherapy == null || byDate.isEmpty()) {
            return new PatientResponse(List.of(), null, false, null, Set.of());
        }
        LocalDate baselineDate = byDate.floorKey(firstTherapy);
        List<Lesion> targets = lesions.stream().filter(Lesion::target).toList();
        List<Lesion> nonTargets = lesions.stream().filter(l -> !l.target()).toList();
        List<Lesion> softTissue = lesions.stream().filter(Lesion::softTissue).toList();
        List<Lesion> softTissueTargets =
                targets.stream().filter(Lesion::softTissue).toList();
        BigDecimal nodeNormal = criteria.nodeNormalShortAxisMm();

        List<VisitResponse> visits = new ArrayList<>();
        OverallResponse best = null;
        boolean progressed = false;
        boolean softTissueProgressed = false;
        boolean sixMonthVisit = false;
        boolean softTissueCr = false;
        Set<String> disappeared = new HashSet<>();
        BigDecimal baselineSum = null;
        BigDecimal nadir = null;
        BigDecimal softTissueNadir = null;
        LocalDate from = baselineDate == null ? byDate.firstKey() : baselineDate;
        for (Map.Entry<LocalDate, List<Assessment>> entry :
                byDate.tailMap(from, true).entrySet()) {
            Visit visit = Visit.of(entry.getKey(), entry.getValue());
            long days = ChronoUnit.DAYS.between(firstTherapy, visit.date());
            BigDecimal sum = visit.targetSum(targets);
            BigDecimal softTissueSum = visit.targetSum(softTissueTargets);
            boolean isBaseline = visit.date().equals(baselineDate);
            OverallResponse response = null;
            if (isBaseline) {
                baselineSum = sum;
            } else {
                response = respond(visit, sum, baselineSum, nadir, targets, nonTargets);
            }
            if (days >= criteria.evaluableAfterDays()) {
                sixMonthVisit = true;
                softTissueCr |= !softTissueProgressed
                        && !visit.newLesion()
                        && !softTissue.isEmpty()
                        && visit.allDisappeared(softTissue, nodeNormal);
                lesions.stream()
                        .filter(l -> visit.disappeared(l, nodeNormal))
                        .forEach(l -> disappeared.add(l.lesionId()));
            }
            if (!isBaseline && !progressed && response.betterThan(best)) {
                best = response;
            }
            progressed |= response == OverallResponse.PD;
            softTissueProgressed |= !isBaseline
                    && (visit.newLesion()
                            || softTissueSum != null
                                    && softTissueNadir != null
                                    && progressedFrom(softTissueNadir, softTissueSum));
            if (response != OverallResponse.NE) {
                nadir = lower(nadir, sum);
                softTissueNadir = lower(softTissueNadir, softTissueSum);
            }
            visits.add(new VisitResponse(
                    patientId,
                    visit.date(),
                    days,
                    isBaseline,
                    sum,
                    visit.nonTargetStatus(nonTargets),
                    visit.newLesion(),
                    response));
        }
        return new PatientResponse(visits, best, sixMonthVisit, sixMonthVisit ? softTissueCr : null, disappeared);
    }

    /** The smaller of a nadir so far and a visit's sum; a visit without a sum leaves the nadir as it was. */
    private static BigDecimal lower(BigDecimal nadir, BigDecimal sum) {
        return sum != null && (nadir == null || sum.compareTo(nadir) < 0) ? sum : nadir;
    }

    private OverallResponse respond(
            Visit visit,
            BigDecimal sum,
            BigDecimal baselineSum,
            BigDecimal nadir,
            List<Lesion> targets,
            List<Lesion> nonTargets) {
        if (visit.newLesion()
                || visit.nonTargetStatus(nonTargets) == Assessment.NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
            return OverallResponse.PD;
        }
        if (sum == null) {
            return OverallResponse.NE;
        }
        if (nadir != null && progressedFrom(nadir, sum)) {
            return OverallResponse.PD;
        }
        if (baselineSum == null) {
            return OverallResponse.NE;
        }
        boolean targetsGone = !targets.isEmpty() && visit.allDisappeared(targets, criteria.nodeNormalShortAxisMm());
        boolean nonTargetsGone = visit.allDisappeared(nonTargets, criteria.nodeNormalShortAxisMm());
        if ((targetsGone || targets.isEmpty()) && nonTargetsGone) {
            return OverallResponse.CR;
        }
        if (targetsGone || baselineSum.signum() > 0 && partialResponse(baselineSum, sum)) {
            return OverallResponse.PR;
        }
        return OverallResponse.SD;
    }

    /** At least 20 % above the nadir and at least 5 mm more, compared exactly. */
    private boolean progressedFrom(BigDecimal nadir, BigDecimal sum) {
        BigDecimal increase = sum.subtract(nadir);
        return increase.compareTo(criteria.progressionAbsoluteMm()) >= 0
                && increase.multiply(HUNDRED).compareTo(nadir.multiply(criteria.progressionIncreasePct())) >= 0;
    }

    /** At least 30 % below the baseline sum, compared exactly. */
    private boolean partialResponse(BigDecimal baselineSum, BigDecimal sum) {
        BigDecimal decrease = baselineSum.subtract(sum);
        return decrease.multiply(HUNDRED).compareTo(baselineSum.multiply(criteria.partialResponseDecreasePct())) >= 0;
    }
}
