package org.thyrobank.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thyrobank.demo.CohortPlan.Course;
import org.thyrobank.demo.CohortPlan.PatientPlan;
import org.thyrobank.demo.Patient.FollowUp;
import org.thyrobank.demo.Patient.Lesion;
import org.thyrobank.demo.Patient.Therapy;
import org.thyrobank.demo.Patient.Visit;

/**
 * What happens after dosimetry. On protocol: the first 131I therapy, RECIST visits at baseline, 3, 6, 12, 18 and
 * 24 months until progression, a second therapy for some, follow-up to the data cut-off; a soft-tissue lesion
 * disappears only when its absorbed dose reached 80 Gy, and then less often in BRAF V600E and TERT tumours. An
 * exited patient ({@link #exit}) leaves for standard care after the enrolment CT.
 */
final class CourseSimulator {

    static final LocalDate DATA_CUTOFF = LocalDate.of(2025, 6, 30);
    private static final int[][] VISIT_WINDOWS = {{84, 98}, {182, 203}, {358, 380}, {540, 562}, {722, 745}};
    private static final int SIX_MONTHS = 2;

    /** Empiric activities of standard care, GBq (100, 150 and 200 mCi). */
    private static final List<Double> EMPIRIC_GBQ = List.of(3.7, 5.55, 7.4);

    /**
     * What a treated soft-tissue lesion does: disappears, stays although it got its 80 Gy, or stays because the
     * activity given left it below 80 Gy (docs/analyses.md's UNDERDOSED; LOW_UPTAKE lesions exit before therapy).
     */
    enum Fate {
        RESPONSIVE,
        RADIORESISTANT,
        UNDERDOSED
    }

    /**
     * @param fates the fate of each target, in lesion order (empty for an exited patient)
     * @param sixMonthVisitOn the 6-month visit, null when the patient has none
     * @param progressedAtSixMonths whether that visit shows progression
     */
    record Outcome(
            List<Therapy> therapies,
            List<Visit> visits,
            FollowUp followUp,
            boolean softTissueCr,
            LocalDate postSampleOn,
            List<Fate> fates,
            LocalDate sixMonthVisitOn,
            boolean progressedAtSixMonths) {}

    private final PatientPlan plan;
    private final Draw draw;
    private final LocalDate dosimetryOn;
    private final LocalDate firstTherapyOn;
    private final double bloodGyPerGbq;

    /**
     * @param firstTherapyOn the day of the first therapy on protocol, some weeks after dosimetry (not used for an
     *                       exited patient)
     */
    CourseSimulator(
            PatientPlan plan, Draw draw, LocalDate dosimetryOn, LocalDate firstTherapyOn, double bloodGyPerGbq) {
        this.plan = plan;
        this.draw = draw;
        this.dosimetryOn = dosimetryOn;
        this.firstTherapyOn = firstTherapyOn;
        this.bloodGyPerGbq = bloodGyPerGbq;
    }

    /**
     * Off protocol at dosimetry: the enrolment CT is the only RECIST visit; standard care may give an empiric 131I
     * activity (a therapies.csv row off protocol), and follow-up goes on to the data cut-off or death.
     */
    Outcome exit(List<Lesion> lesions) {
        List<Lesion> targets = lesions.stream()
                .filter(l -> l.site() == Patient.Site.SOFT_TISSUE)
                .toList();
        LocalDate enrolmentCt = dosimetryOn.minusDays(draw.integer(3, 21));
        String bones = lesions.equals(targets) ? null : MeasurementSeries.PRESENT;
        List<Visit> visits = List.of(
                new Visit(enrolmentCt, targets.stream().map(Lesion::baselineMm).toList(), bones, false));
        List<Therapy> therapies = new ArrayList<>();
        if (plan.offProtocolTherapy()) {
            double ceiling = Math.floor(PatientFactory.maximumTolerableGbq(bloodGyPerGbq) * 100) / 100;
            therapies.add(new Therapy(
                    dosimetryOn.plusDays(draw.integer(30, 90)), Math.min(draw.oneOf(EMPIRIC_GBQ), ceiling)));
        }
        LocalDate since = therapies.isEmpty() ? dosimetryOn : therapies.get(0).treatedOn();
        LocalDate died = since.plusDays(draw.integer(150, 1200));
        FollowUp followUp = draw.chance(plan.genotype().brafAndTert() ? 0.5 : 0.3) && !died.isAfter(DATA_CUTOFF)
                ? new FollowUp(died, null, died)
                : new FollowUp(draw.date(max(since, DATA_CUTOFF.minusDays(150)), DATA_CUTOFF), null, null);
        return new Outcome(List.copyOf(therapies), visits, followUp, false, null, List.of(), null, false);
    }

    Outcome simulate(List<Lesion> lesions, double administeredGbq) {
        List<Lesion> targets = lesions.stream()
                .filter(l -> l.site() == Patient.Site.SOFT_TISSUE)
                .toList();
        List<Fate> fates = targets.stream().map(l -> fate(l, administeredGbq)).toList();
        int disappearsAt = draw.chance(0.75) ? SIX_MONTHS : SIX_MONTHS + 1;
        boolean allRespond = fates.stream().allMatch(Fate.RESPONSIVE::equals);
        boolean softTissueCr = plan.course() == Course.EVALUABLE && allRespond;
        int progressesAt = progressionVisit(fates, softTissueCr);
        List<LocalDate> dates = visitDates(progressesAt);
        List<Visit> visits = new MeasurementSeries(draw, targets, fates, disappearsAt, !lesions.equals(targets))
                .visits(dates, progressesAt, softTissueCr);
        List<Therapy> therapies = new ArrayList<>(List.of(new Therapy(firstTherapyOn, administeredGbq)));
        if (plan.course() == Course.EVALUABLE
                && !softTissueCr
                && (progressesAt < 0 || progressesAt > SIX_MONTHS + 1)
                && draw.chance(0.3)) {
            double mta = PatientFactory.maximumTolerableGbq(bloodGyPerGbq);
            double gbq = Math.min(administeredGbq * draw.uniform(0.9, 1.1), 0.95 * mta);
            therapies.add(
                    new Therapy(dates.get(SIX_MONTHS).plusDays(draw.integer(30, 75)), Math.floor(gbq * 100) / 100));
        }
        LocalDate lastVisit = dates.get(dates.size() - 1);
        LocalDate progressedOn = progressesAt >= 0 ? dates.get(progressesAt) : null;
        LocalDate postSample = plan.course() == Course.EVALUABLE && !plan.postSampleMissing()
                ? dates.get(SIX_MONTHS).plusDays(draw.integer(-5, 5))
                : null;
        LocalDate sixMonthVisit = dates.size() > SIX_MONTHS ? dates.get(SIX_MONTHS) : null;
        return new Outcome(
                List.copyOf(therapies),
                visits,
                followUp(lastVisit, progressedOn),
                softTissueCr,
                postSample,
                fates,
                sixMonthVisit,
                progressesAt == SIX_MONTHS);
    }

    private Fate fate(Lesion lesion, double administeredGbq) {
        if (lesion.absorbedGy(administeredGbq) < lesion.site().thresholdGy) {
            return Fate.UNDERDOSED;
        }
        Patient.Genotype g = plan.genotype();
        double responds = g.brafAndTert() ? 0.3 : g.brafV600e() ? 0.65 : g.tertMutant() ? 0.6 : 0.8;
        return draw.chance(responds) ? Fate.RESPONSIVE : Fate.RADIORESISTANT;
    }

    /** The index of the visit that shows progression, -1 when none does. */
    private int progressionVisit(List<Fate> fates, boolean softTissueCr) {
        double worse = plan.genotype().brafAndTert() ? 0.1 : 0;
        return switch (plan.course()) {
            case EARLY_PROGRESSION -> 1;
            case EARLY_DEATH, WITHDRAWN -> -1;
            case EXITED -> throw new IllegalStateException("an exited patient has no course on protocol");
            case EVALUABLE -> {
                if (softTissueCr) {
                    yield draw.chance(0.1) ? draw.integer(4, 5) : -1;
                }
                if (fates.contains(Fate.UNDERDOSED)) {
                    yield draw.chance(0.8 + worse) ? draw.weighted(List.of(2, 3, 4, 5), 0.35, 0.35, 0.2, 0.1) : -1;
                }
                yield draw.chance(0.45 + worse) ? draw.weighted(List.of(2, 3, 4, 5), 0.15, 0.35, 0.3, 0.2) : -1;
            }
        };
    }

    /**
     * Baseline on or before therapy, then the scheduled visits up to progression, death or withdrawal;
     * enrolment closes early enough for every 24-month visit to fall before the data cut-off.
     */
    private List<LocalDate> visitDates(int progressesAt) {
        List<LocalDate> dates = new ArrayList<>(List.of(firstTherapyOn.minusDays(draw.integer(3, 21))));
        int lastIndex = switch (plan.course()) {
            case EVALUABLE -> progressesAt >= 0 ? progressesAt : VISIT_WINDOWS.length;
            case EARLY_PROGRESSION, WITHDRAWN -> 1;
            case EARLY_DEATH -> draw.chance(0.5) ? 1 : 0;
            case EXITED -> throw new IllegalStateException("an exited patient has no course on protocol");
        };
        for (int i = 1; i <= lastIndex; i++) {
            dates.add(firstTherapyOn.plusDays(draw.integer(VISIT_WINDOWS[i - 1][0], VISIT_WINDOWS[i - 1][1])));
        }
        return dates;
    }

    private FollowUp followUp(LocalDate lastVisit, LocalDate progressedOn) {
        LocalDate recentContact = draw.date(max(lastVisit, DATA_CUTOFF.minusDays(150)), DATA_CUTOFF);
        return switch (plan.course()) {
            case EARLY_DEATH -> {
                LocalDate died =
                        max(lastVisit.plusDays(draw.integer(5, 40)), firstTherapyOn.plusDays(draw.integer(60, 170)));
                yield new FollowUp(died, null, died);
            }
            case WITHDRAWN -> {
                LocalDate lastSeen = min(lastVisit.plusDays(draw.integer(5, 60)), firstTherapyOn.plusDays(175));
                yield new FollowUp(lastSeen, null, null);
            }
            case EXITED -> throw new IllegalStateException("an exited patient has no course on protocol");
            case EARLY_PROGRESSION, EVALUABLE -> {
                if (progressedOn == null) {
                    yield new FollowUp(recentContact, null, null);
                }
                double dies = plan.course() == Course.EARLY_PROGRESSION
                        ? 0.6
                        : plan.genotype().brafAndTert() ? 0.6 : 0.35;
                LocalDate died = progressedOn.plusDays(draw.integer(45, 900));
                if (draw.chance(dies) && !died.isAfter(DATA_CUTOFF)) {
                    yield new FollowUp(died, progressedOn, died);
                }
                yield new FollowUp(recentContact, progressedOn, null);
            }
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
