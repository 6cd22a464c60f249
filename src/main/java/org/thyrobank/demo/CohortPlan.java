package org.thyrobank.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.thyrobank.demo.Patient.Centre;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.NoCall;
import org.thyrobank.demo.Patient.Tert;

/**
 * The designed-in counts ({@link Quotas}), dealt out at random: fixed quotas keep the rates the same whatever the
 * seed. The exits to standard care fall mostly on BRAF V600E tumours, TERT raising the odds further.
 */
final class CohortPlan {

    /** A centre with more patients than this numbers them with five digits instead of three (MI-001). */
    private static final int THREE_DIGIT_IDS = 999;

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

    private final Quotas quotas;
    private final Draw draw;

    private CohortPlan(Quotas quotas, Draw draw) {
        this.quotas = quotas;
        this.draw = draw;
    }

    static List<PatientPlan> deal(Quotas quotas, Draw draw) {
        return new CohortPlan(quotas, draw).deal();
    }

    private List<PatientPlan> deal() {
        List<Genotype> genotypes = new ArrayList<>(draw.shuffled(genotypes()));
        List<Course> courses = courses(genotypes);
        placeNoCalls(genotypes, Centre.NEGRAR, NoCall.BRAF_LOW_COVERAGE, false);
        placeNoCalls(genotypes, Centre.MILAN, NoCall.BRAF_FILTERED, false);
        placeNoCalls(genotypes, Centre.NEGRAR, NoCall.TERT_LOW_COVERAGE, true);
        List<Integer> evaluableWithCalls = draw.shuffled(indices(
                i -> courses.get(i) == Course.EVALUABLE && genotypes.get(i).noCall() == NoCall.NONE));
        int biopsyCount = quotas.metastasisBiopsies();
        Set<Integer> biopsies = Set.copyOf(evaluableWithCalls.subList(0, biopsyCount));
        Set<Integer> postMissing =
                Set.copyOf(evaluableWithCalls.subList(biopsyCount, biopsyCount + quotas.missingPostSamples()));
        Set<Integer> reduced =
                firstOf(draw.shuffled(indices(i -> courses.get(i) != Course.EXITED)), quotas.reducedActivity());
        Set<Integer> offProtocol = firstOf(
                draw.shuffled(indices(i -> courses.get(i) == Course.EXITED)), quotas.exitedWithOffProtocolTherapy());
        List<Integer> evaluable = indices(i -> courses.get(i) == Course.EVALUABLE);
        Set<Integer> fdgMissing = firstOf(draw.shuffled(evaluable), quotas.missingFdgPost());
        Set<Integer> iodineMissing = firstOf(draw.shuffled(evaluable), quotas.missingIodinePet());
        List<PatientPlan> plans = new ArrayList<>();
        for (int i = 0; i < quotas.patients(); i++) {
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

    private static Set<Integer> firstOf(List<Integer> shuffled, int count) {
        return Set.copyOf(shuffled.subList(0, count));
    }

    private Centre centre(int index) {
        return index < quotas.milan() ? Centre.MILAN : Centre.NEGRAR;
    }

    private String id(int index) {
        Centre centre = centre(index);
        int number = centre == Centre.MILAN ? index + 1 : index - quotas.milan() + 1;
        // Milan is the larger centre; both centres' ids keep one width so that they sort alike.
        int digits = quotas.milan() <= THREE_DIGIT_IDS ? 3 : 5;
        return ("%s-%0" + digits + "d").formatted(centre.prefix, number);
    }

    private List<Integer> indices(IntPredicate which) {
        return IntStream.range(0, quotas.patients()).filter(which).boxed().toList();
    }

    private List<Genotype> genotypes() {
        int braf = quotas.brafAndTert() + quotas.brafOnly();
        List<Genotype> genotypes = new ArrayList<>();
        for (int i = 0; i < quotas.patients(); i++) {
            boolean tert = i < quotas.brafAndTert() || (i >= braf && i < braf + quotas.tertOnly());
            Tert which = !tert ? Tert.NONE : draw.chance(0.75) ? Tert.C228T : Tert.C250T;
            genotypes.add(new Genotype(i < braf, which, NoCall.NONE));
        }
        return genotypes;
    }

    /**
     * The exits first, drawn one by one with odds by genotype (iodine avidity falls with BRAF V600E, further with
     * TERT), then the other courses dealt at random among the rest.
     */
    private List<Course> courses(List<Genotype> genotypes) {
        List<Course> courses = new ArrayList<>(Collections.nCopies(quotas.patients(), Course.EVALUABLE));
        WeightedUrn exits = new WeightedUrn(
                genotypes.stream().mapToDouble(CohortPlan::exitOdds).toArray());
        for (int k = 0; k < quotas.exited(); k++) {
            courses.set(exits.take(draw), Course.EXITED);
        }
        List<Course> early = new ArrayList<>();
        early.addAll(Collections.nCopies(quotas.earlyProgression(), Course.EARLY_PROGRESSION));
        early.addAll(Collections.nCopies(quotas.earlyDeath(), Course.EARLY_DEATH));
        early.addAll(Collections.nCopies(quotas.withdrawn(), Course.WITHDRAWN));
        List<Integer> rest = draw.shuffled(indices(i -> courses.get(i) != Course.EXITED));
        for (int k = 0; k < early.size(); k++) {
            courses.set(rest.get(k), early.get(k));
        }
        return courses;
    }

    /** Halves, so that {@link WeightedUrn} picks exactly as a scan of the patients left would. */
    private static double exitOdds(Genotype genotype) {
        return genotype.brafAndTert() ? 8 : genotype.brafV600e() || genotype.tertMutant() ? 2 : 0.5;
    }

    /**
     * Gives patients of the centre an unsettled hotspot, one after another: BRAF ones on wild type, TERT on
     * BRAF-only tumours.
     */
    private void placeNoCalls(List<Genotype> genotypes, Centre centre, NoCall noCall, boolean onBrafMutant) {
        List<Integer> candidates = new ArrayList<>(indices(i -> centre(i) == centre
                && genotypes.get(i).noCall() == NoCall.NONE
                && genotypes.get(i).brafV600e() == onBrafMutant
                && !genotypes.get(i).tertMutant()));
        for (int k = 0; k < quotas.noCallsOfEachKind(); k++) {
            Integer i = draw.oneOf(candidates);
            candidates.remove(i);
            Genotype genotype = genotypes.get(i);
            genotypes.set(i, new Genotype(genotype.brafV600e(), genotype.tert(), noCall));
        }
    }
}
