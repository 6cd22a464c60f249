package org.thyrobank.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.thyrobank.demo.Patient.Centre;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.NoCall;
import org.thyrobank.demo.Patient.Tert;

/**
 * The designed-in counts, dealt out at random: fixed quotas keep the rates the same whatever the seed
 * (60 patients, 46 evaluable, BRAF V600E in 30, TERT promoter in 18 of them 12 with BRAF).
 */
final class CohortPlan {

    static final int MILAN_PATIENTS = 32;
    static final int NEGRAR_PATIENTS = 28;
    static final int PATIENTS = MILAN_PATIENTS + NEGRAR_PATIENTS;

    private static final int BRAF_AND_TERT = 12;
    private static final int BRAF_ONLY = 18;
    private static final int TERT_ONLY = 6;
    private static final int EARLY_PROGRESSION = 6;
    private static final int EARLY_DEATH = 3;
    private static final int WITHDRAWN = 5;
    private static final int METASTASIS_BIOPSIES = 4;
    private static final int MISSING_POST_SAMPLES = 3;

    /** How a patient's time on study goes; only EVALUABLE reaches an assessment at 6 months. */
    enum Course { EVALUABLE, EARLY_PROGRESSION, EARLY_DEATH, WITHDRAWN }

    record PatientPlan(int index, String id, Centre centre, Genotype genotype, Course course,
            boolean metastasisBiopsy, boolean postSampleMissing) {
    }

    private CohortPlan() {
    }

    static List<PatientPlan> deal(Draw draw) {
        List<Genotype> genotypes = draw.shuffled(genotypes(draw));
        List<Course> courses = draw.shuffled(courses());
        List<PatientPlan> plans = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            Centre centre = i < MILAN_PATIENTS ? Centre.MILAN : Centre.NEGRAR;
            int number = centre == Centre.MILAN ? i + 1 : i - MILAN_PATIENTS + 1;
            String id = "%s-%03d".formatted(centre.prefix, number);
            plans.add(new PatientPlan(i, id, centre, genotypes.get(i), courses.get(i), false, false));
        }
        placeNoCall(plans, draw, Centre.NEGRAR, NoCall.BRAF_LOW_COVERAGE, false);
        placeNoCall(plans, draw, Centre.MILAN, NoCall.BRAF_FILTERED, false);
        placeNoCall(plans, draw, Centre.NEGRAR, NoCall.TERT_LOW_COVERAGE, true);
        List<Integer> evaluableWithCalls = draw.shuffled(plans.stream()
                .filter(p -> p.course() == Course.EVALUABLE && p.genotype().noCall() == NoCall.NONE)
                .map(PatientPlan::index).toList());
        for (int k = 0; k < METASTASIS_BIOPSIES + MISSING_POST_SAMPLES; k++) {
            PatientPlan p = plans.get(evaluableWithCalls.get(k));
            boolean biopsy = k < METASTASIS_BIOPSIES;
            plans.set(p.index(), new PatientPlan(p.index(), p.id(), p.centre(), p.genotype(), p.course(),
                    biopsy, !biopsy));
        }
        return Collections.unmodifiableList(plans);
    }

    private static List<Genotype> genotypes(Draw draw) {
        List<Genotype> genotypes = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            boolean braf = i < BRAF_AND_TERT + BRAF_ONLY;
            boolean tert = i < BRAF_AND_TERT || (i >= BRAF_AND_TERT + BRAF_ONLY && i < BRAF_AND_TERT + BRAF_ONLY + TERT_ONLY);
            Tert which = !tert ? Tert.NONE : draw.chance(0.75) ? Tert.C228T : Tert.C250T;
            genotypes.add(new Genotype(braf, which, NoCall.NONE));
        }
        return genotypes;
    }

    private static List<Course> courses() {
        List<Course> courses = new ArrayList<>();
        courses.addAll(Collections.nCopies(EARLY_PROGRESSION, Course.EARLY_PROGRESSION));
        courses.addAll(Collections.nCopies(EARLY_DEATH, Course.EARLY_DEATH));
        courses.addAll(Collections.nCopies(WITHDRAWN, Course.WITHDRAWN));
        courses.addAll(Collections.nCopies(PATIENTS - courses.size(), Course.EVALUABLE));
        return courses;
    }

    /** Gives one patient of the centre an unsettled hotspot: BRAF ones on wild type, TERT on BRAF-only tumours. */
    private static void placeNoCall(List<PatientPlan> plans, Draw draw, Centre centre, NoCall noCall,
            boolean onBrafMutant) {
        List<PatientPlan> candidates = plans.stream()
                .filter(p -> p.centre() == centre && p.genotype().noCall() == NoCall.NONE)
                .filter(p -> p.genotype().brafV600e() == onBrafMutant && !p.genotype().tertMutant())
                .toList();
        PatientPlan p = draw.oneOf(candidates);
        Genotype genotype = new Genotype(p.genotype().brafV600e(), p.genotype().tert(), noCall);
        plans.set(p.index(), new PatientPlan(p.index(), p.id(), p.centre(), genotype, p.course(), false, false));
    }
}
