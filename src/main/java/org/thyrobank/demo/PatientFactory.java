package org.thyrobank.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thyrobank.demo.CohortPlan.Course;
import org.thyrobank.demo.CohortPlan.PatientPlan;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.Lesion;
import org.thyrobank.demo.Patient.Organ;
import org.thyrobank.demo.Patient.Site;
import org.thyrobank.demo.Patient.TumourSpecimen;

/**
 * Makes a patient from its plan: demographics, lesions with their 124I dosimetry and FDG uptake, and the
 * dosimetry-guided first activity; the course after dosimetry comes from {@link CourseSimulator}, the 6-month scans
 * from {@link SixMonthScans}. Iodine avidity falls and FDG uptake rises from wild type to BRAF V600E to BRAF V600E
 * with TERT.
 */
final class PatientFactory {

    static final LocalDate ENROLMENT_OPENS = LocalDate.of(2020, 9, 1);
    static final LocalDate ENROLMENT_CLOSES = LocalDate.of(2023, 3, 31);
    static final double EMPIRIC_MINIMUM_GBQ = 3.7;
    /** The most any dosimetry-guided first activity is (500 mCi), whatever the MTA allows. */
    static final double PRACTICAL_MAXIMUM_GBQ = 18.5;
    /** The absorbed dose to the blood the MTA gives (docs/analyses.md). */
    static final double BLOOD_LIMIT_GY = 2;
    /** Margins around {@link #reachableAtMta}, so that the written, rounded values keep the planned side. */
    private static final double REACHABLE_MARGIN = 1.03;

    private static final double UNREACHABLE_MARGIN = 0.92;
    /** Gy per GBq for 1 % uptake in 1 ml with an effective half-life of 3 days (131I beta energy). */
    private static final double GY_PER_GBQ_PER_PCT_ML = 115;

    private PatientFactory() {}

    static Patient make(PatientPlan plan, Draw draw) {
        Genotype genotype = plan.genotype();
        LocalDate dosimetryOn = draw.date(ENROLMENT_OPENS, ENROLMENT_CLOSES);
        LocalDate therapyOn = dosimetryOn.plusDays(draw.integer(14, 35));
        int age = (int) Math.round(draw.between(draw.normal(genotype.tertMutant() ? 67 : 61, 9), 36, 84));
        String sex = draw.chance(0.62) ? "F" : "M";
        String histology = histology(genotype, draw);
        double blood = round(draw.between(draw.logNormal(0.17, 0.3), 0.10, 0.35), 3);
        double retention = round(draw.between(8 + 70 * (blood - 0.10) + draw.normal(0, 3), 4, 40), 1);
        List<Lesion> lesions = lesions(plan, genotype, histology, blood, draw);
        List<TumourSpecimen> specimens = new ArrayList<>();
        specimens.add(new TumourSpecimen("T-" + plan.id(), therapyOn.minusDays(draw.integer(400, 3000)), false));
        if (plan.metastasisBiopsy()) {
            specimens.add(
                    new TumourSpecimen("T-" + plan.id() + "-M", therapyOn.minusDays(draw.integer(20, 300)), true));
        }
        CourseSimulator simulator = new CourseSimulator(plan, draw, dosimetryOn, therapyOn, blood);
        CourseSimulator.Outcome outcome = plan.course() == Course.EXITED
                ? simulator.exit(lesions)
                : simulator.simulate(lesions, firstActivity(lesions, blood, plan.reducedActivity(), draw));
        SixMonthScans scans = new SixMonthScans(plan, draw, outcome, lesions);
        return new Patient(
                plan.id(),
                plan.centre(),
                sex,
                therapyOn.getYear() - age,
                histology,
                genotype,
                plan.course(),
                dosimetryOn,
                List.copyOf(specimens),
                blood,
                retention,
                lesions,
                outcome.therapies(),
                outcome.visits(),
                outcome.followUp(),
                outcome.softTissueCr(),
                outcome.postSampleOn(),
                scans.fdg(),
                scans.iodinePet());
    }

    /** Maximum tolerable activity: 2 Gy to the blood. */
    static double maximumTolerableGbq(double bloodGyPerGbq) {
        return BLOOD_LIMIT_GY / bloodGyPerGbq;
    }

    /** The lesion Gy per GBq that reaches the site's threshold exactly at the MTA: T x blood / 2 Gy. */
    static double reachableAtMta(Site site, double bloodGyPerGbq) {
        return site.thresholdGy * bloodGyPerGbq / BLOOD_LIMIT_GY;
    }

    /**
     * The recommended activity (every lesion to its threshold, at most the MTA), a little more rather than less,
     * at least the empiric minimum, unless the plan reduces it (a protocol deviation); never more than the MTA or
     * the practical maximum, which may leave a lesion underdosed.
     */
    private static double firstActivity(List<Lesion> lesions, double blood, boolean reduced, Draw draw) {
        double mta = maximumTolerableGbq(blood);
        double needed = 0;
        for (Lesion lesion : lesions) {
            needed = Math.max(needed, lesion.site().thresholdGy / lesion.gyPerGbq());
        }
        double recommended = Math.min(needed, mta);
        double planned = recommended * (reduced ? draw.uniform(0.75, 0.92) : draw.uniform(1, 1.05));
        double given = Math.min(Math.max(planned, EMPIRIC_MINIMUM_GBQ), Math.min(mta, PRACTICAL_MAXIMUM_GBQ));
        return Math.floor(given * 100) / 100;
    }

    private static String histology(Genotype genotype, Draw draw) {
        List<String> kinds = List.of("PAPILLARY", "FOLLICULAR", "ONCOCYTIC", "POORLY_DIFFERENTIATED");
        if (genotype.brafV600e()) {
            return draw.weighted(kinds, 0.82, 0, 0, genotype.tertMutant() ? 0.3 : 0.1);
        }
        return draw.weighted(kinds, 0.35, 0.3, 0.2, genotype.tertMutant() ? 0.3 : 0.12);
    }

    /**
     * The lesions with their dosimetry. A patient who stays on protocol has every soft-tissue lesion reachable at
     * the MTA (a low draw is drawn again); an exited one has at least one that is not.
     */
    private static List<Lesion> lesions(
            PatientPlan plan, Genotype genotype, String histology, double blood, Draw draw) {
        String patientId = plan.id();
        boolean exits = plan.course() == Course.EXITED;
        double reachable = reachableAtMta(Site.SOFT_TISSUE, blood);
        double avidity = draw.logNormal(1, 0.35);
        double softMedian = genotype.brafAndTert() ? 7 : genotype.brafV600e() ? 15 : genotype.tertMutant() ? 16 : 30;
        double boneMedian = genotype.brafAndTert() ? 55 : genotype.brafV600e() || genotype.tertMutant() ? 85 : 120;
        double suvMedian =
                genotype.brafAndTert() ? 6.0 : genotype.brafV600e() ? 2.6 : genotype.tertMutant() ? 2.4 : 1.4;
        int softTissue = draw.weighted(List.of(1, 2, 3), 0.35, 0.4, 0.25);
        List<Organ> organs = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Double> volumes = new ArrayList<>();
        List<Double> gys = new ArrayList<>();
        for (int i = 0; i < softTissue; i++) {
            Organ organ = softTissueOrgan(organs, draw);
            organs.add(organ);
            int mm = switch (organ) {
                case LYMPH_NODE -> draw.integer(15, 32);
                case LUNG -> draw.integer(10, 30);
                default -> draw.integer(12, 40);
            };
            sizes.add(mm);
            double sphere = Math.PI / 6 * StrictMath.pow(mm / 10.0, 3);
            volumes.add(sphere * (organ == Organ.LYMPH_NODE ? 1.6 : 1) * draw.uniform(0.8, 1.2));
            double gy = draw.logNormal(softMedian * avidity, 0.45);
            for (int tries = 0; !exits && gy < REACHABLE_MARGIN * reachable && tries < 30; tries++) {
                gy = draw.logNormal(softMedian * avidity, 0.45);
            }
            boolean low = !exits && gy < REACHABLE_MARGIN * reachable;
            gys.add(low ? reachable * draw.uniform(REACHABLE_MARGIN, 1.2) : gy);
        }
        if (exits && gys.stream().allMatch(gy -> gy >= UNREACHABLE_MARGIN * reachable)) {
            int lowest = gys.indexOf(gys.stream().min(Double::compare).orElseThrow());
            gys.set(lowest, reachable * draw.uniform(0.4, UNREACHABLE_MARGIN));
        }
        List<Lesion> lesions = new ArrayList<>();
        for (int i = 0; i < softTissue; i++) {
            lesions.add(lesion(
                    patientId + "-L" + (i + 1),
                    Site.SOFT_TISSUE,
                    organs.get(i),
                    sizes.get(i),
                    gys.get(i),
                    volumes.get(i),
                    draw.uniform(0.5, 1.5),
                    suvMedian,
                    softMedian,
                    draw));
        }
        boolean boneDisease = draw.chance(histology.equals("FOLLICULAR") || histology.equals("ONCOCYTIC") ? 0.5 : 0.3);
        int bones = boneDisease ? draw.integer(1, 2) : 0;
        for (int i = 1; i <= bones; i++) {
            double gy = draw.logNormal(boneMedian * avidity, 0.5);
            lesions.add(lesion(
                    patientId + "-B" + i,
                    Site.BONE,
                    Organ.BONE,
                    0,
                    gy,
                    draw.uniform(1.5, 8),
                    draw.uniform(2, 4),
                    suvMedian,
                    boneMedian,
                    draw));
        }
        return List.copyOf(lesions);
    }

    private static Organ softTissueOrgan(List<Organ> taken, Draw draw) {
        List<Organ> organs = List.of(Organ.LUNG, Organ.LYMPH_NODE, Organ.THYROID_BED, Organ.LIVER, Organ.OTHER);
        Organ organ;
        do {
            organ = draw.weighted(organs, 45, 35, 8, 4, 8);
        } while (taken.stream().filter(organ::equals).count() >= 2
                || (organ == Organ.THYROID_BED && taken.contains(organ)));
        return organ;
    }

    /** FDG uptake rises as iodine uptake falls (the flip-flop phenomenon). */
    private static Lesion lesion(
            String id,
            Site site,
            Organ organ,
            int mm,
            double gyPerGbq,
            double volumeMl,
            double effectiveHalfLifeFactor,
            double suvMedian,
            double gyMedian,
            Draw draw) {
        double gy = round(Math.max(gyPerGbq, 0.5), 2);
        double volume = round(Math.max(volumeMl, 0.2), 1);
        double uptake = round(Math.max(gy * volume / (GY_PER_GBQ_PER_PCT_ML * effectiveHalfLifeFactor), 0.01), 3);
        double suv = draw.logNormal(suvMedian, 0.4) * StrictMath.pow(gyMedian / gy, 0.25);
        return new Lesion(id, site, organ, mm, gy, uptake, volume, round(draw.between(suv, 0.8, 24), 1));
    }

    static double round(double value, int decimals) {
        double scale = StrictMath.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
