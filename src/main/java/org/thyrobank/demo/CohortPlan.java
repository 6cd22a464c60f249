package org.thyrobank.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.thyrobank.demo.Patient.Centre;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.NoCall;
import org.thyrobank.demo.Patient.Tert;

/**
 * The designed-in counts, dealt out at random: fixed quotas keep the rates the same whatever the seed. 60 patients,
 * all with 124I dosimetry; 5 exit to standard care there (a soft-tissue lesion below 80 Gy even at the MTA, mostly
 * BRAF V600E tumours, TERT raising the odds further), 2 of them given an empiric activity off protocol; of the 55
 * treated, 9 leave before the 6-month visit (4 early progressions, 2 early deaths, 3 withdrawals) and 46 are
 * evaluable; 3 of the treated are given less than the recommended activity. Genotypes: BRAF V600E in 30, TERT promoter in 18, 12 of them with BRAF.
 */
final class CohortPlan {

    static final int MILAN_PATIENTS = 32;
    static final int NEGRAR_PATIENTS = 28;
    static final int PATIENTS = MILAN_PATIENTS + NEGRAR_PATIENTS;

    private static final int BRAF_AND_TERT = 12;
    private static final int BRAF_ONLY = 18;
    private static final int TERT_ONLY = 6;
    private static final int EXITED = 5;
    private static final int EXITED_WITH_OFF_PROTOCOL_THERAPY = 2;
    private static final int EARLY_PROGRESSION = 4;
    private static final int EARLY_DEATH = 2;
    private static final int WITHDRAWN = 3;
    private static final int METASTASIS_BIOPSIES = 4;
    private static final int MISSING_POST_SAMPLES = 3;
    /** Evaluable patients without the 6-month FDG PET/CT, and without the repeated 124I PET. */
    private static final int MISSING_FDG_POST = 5;

    private static final int MISSING_IODINE_PET = 8;
    /** Treated patients given less than the recommended activity (a protocol deviation). */
    private static final int REDUCED_ACTIVITY = 3;

    /**
     * How a patient's time on study goes: EXITED leaves at dosimetry for standard care; the others are treated on
     * protocol and only EVALUABLE reaches an assessment at 6 months.
     */
    enum Course {
        EVALUABLE,
        EARLY_PROGRESSION,
        EARLY_DEATH,
        WITHDRAWN,
        EXITED
    }

    /**
     * One patient's share of the quotas.
     *
     * @param reducedActivity a treated patient given less than the recommended first activity
     * @param offProtocolTherapy an exited patient given 131I in standard care anyway (a therapies.csv row)
     * @param fdgPostMissing an evaluable patient without the 6-month FDG PET/CT
     * @param iodinePetMissing an evaluable patient without the repeated 124I PET
     */
    record PatientPlan(
            int index,
            String id,
            Centre centre,
            Genotype genotype,
            Course course,
            boolean metastasisBiopsy,
            boolean postSampleMissing,
            boolean reducedActivity,
            boolean offProtocolTherapy,
            boolean fdgPostMissing,
            boolean iodinePetMissing) {}

    private CohortPlan() {}

    static List<PatientPlan> deal(Draw draw) {
        List<Genotype> genotypes = new ArrayList<>(draw.shuffled(genotypes(draw)));
        List<Course> courses = courses(genotypes, draw);
        placeNoCall(genotypes, draw, Centre.NEGRAR, NoCall.BRAF_LOW_COVERAGE, false);
        placeNoCall(genotypes, draw, Centre.MILAN, NoCall.BRAF_FILTERED, false);
        placeNoCall(genotypes, draw, Centre.NEGRAR, NoCall.TERT_LOW_COVERAGE, true);
        List<Integer> evaluableWithCalls = draw.shuffled(indices(
                i -> courses.get(i) == Course.EVALUABLE && genotypes.get(i).noCall() == NoCall.NONE));
        List<Integer> biopsies = evaluableWithCalls.subList(0, METASTASIS_BIOPSIES);
        List<Integer> postMissing =
                evaluableWithCalls.subList(METASTASIS_BIOPSIES, METASTASIS_BIOPSIES + MISSING_POST_SAMPLES);
        List<Integer> reduced =
                draw.shuffled(indices(i -> courses.get(i) != Course.EXITED)).subList(0, REDUCED_ACTIVITY);
        List<Integer> offProtocol = draw.shuffled(indices(i -> courses.get(i) == Course.EXITED))
                .subList(0, EXITED_WITH_OFF_PROTOCOL_THERAPY);
        List<Integer> evaluable = indices(i -> courses.get(i) == Course.EVALUABLE);
        List<Integer> fdgMissing = draw.shuffled(evaluable).subList(0, MISSING_FDG_POST);
        List<Integer> iodineMissing = draw.shuffled(evaluable).subList(0, MISSING_IODINE_PET);
        List<PatientPlan> plans = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            plans.add(new PatientPlan(
                    i,
                    id(i),
                    centre(i),
                    genotypes.get(i),
                    courses.get(i),
                    biopsies.contains(i),
                    postMissing.contains(i),
                    reduced.contains(i),
                    offProtocol.contains(i),
                    fdgMissing.contains(i),
                    iodineMissing.contains(i)));
        }
        return Collections.unmodifiableList(plans);
    }

    private static Centre centre(int index) {
        return index < MILAN_PATIENTS ? Centre.MILAN : Centre.NEGRAR;
    }

    private static String id(int index) {
        Centre centre = centre(index);
        int number = centre == Centre.MILAN ? index + 1 : index - MILAN_PATIENTS + 1;
        return "%s-%03d".formatted(centre.prefix, number);
    }

    private static List<Integer> indices(java.util.function.IntPredicate which) {
        return IntStream.range(0, PATIENTS).filter(which).boxed().toList();
    }

    private static List<Genotype> genotypes(Draw draw) {
        List<Genotype> genotypes = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            boolean braf = i < BRAF_AND_TERT + BRAF_ONLY;
            boolean tert =
                    i < BRAF_AND_TERT || (i >= BRAF_AND_TERT + BRAF_ONLY && i < BRAF_AND_TERT + BRAF_ONLY + TERT_ONLY);
            Tert which = !tert ? Tert.NONE : draw.chance(0.75) ? Tert.C228T : Tert.C250T;
            genotypes.add(new Genotype(braf, which, NoCall.NONE));
        }
        return genotypes;
    }

    /**
     * The exits first, drawn one by one with odds by genotype (iodine avidity falls with BRAF V600E, further with
     * TERT), then the other courses dealt at random among the rest.
     */
    private static List<Course> courses(List<Genotype> genotypes, Draw draw) {
        List<Course> courses = new ArrayList<>(Collections.nCopies(PATIENTS, Course.EVALUABLE));
        List<Integer> rest = new ArrayList<>(indices(i -> true));
        for (int k = 0; k < EXITED; k++) {
            double[] odds =
                    rest.stream().mapToDouble(i -> exitOdds(genotypes.get(i))).toArray();
            Integer exited = draw.weighted(rest, odds);
            courses.set(exited, Course.EXITED);
            rest.remove(exited);
        }
        List<Course> early = new ArrayList<>();
        early.addAll(Collections.nCopies(EARLY_PROGRESSION, Course.EARLY_PROGRESSION));
        early.addAll(Collections.nCopies(EARLY_DEATH, Course.EARLY_DEATH));
        early.addAll(Collections.nCopies(WITHDRAWN, Course.WITHDRAWN));
        List<Integer> shuffled = draw.shuffled(rest);
        for (int k = 0; k < early.size(); k++) {
            courses.set(shuffled.get(k), early.get(k));
        }
        return courses;
    }

    private static double exitOdds(Genotype genotype) {
        return genotype.brafAndTert() ? 8 : genotype.brafV600e() || genotype.tertMutant() ? 2 : 0.5;
    }

    /** Gives one patient of the centre an unsettled hotspot: BRAF ones on wild type, TERT on BRAF-only tumours. */
    private static void placeNoCall(
            List<Genotype> genotypes, Draw draw, Centre centre, NoCall noCall, boolean onBrafMutant) {
        List<Integer> candidates = indices(i -> centre(i) == centre
                && genotypes.get(i).noCall() == NoCall.NONE
                && genotypes.get(i).brafV600e() == onBrafMutant
                && !genotypes.get(i).tertMutant());
        int i = draw.oneOf(candidates);
        Genotype genotype = genotypes.get(i);
        genotypes.set(i, new Genotype(genotype.brafV600e(), genotype.tert(), noCall));
    }
}
