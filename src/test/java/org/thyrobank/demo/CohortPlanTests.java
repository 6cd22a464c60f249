package org.thyrobank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.demo.CohortPlan.Course;
import org.thyrobank.demo.CohortPlan.PatientPlan;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.NoCall;

/** The plan's quotas hold for every seed; the exits fall on the genotypes whose tumours take up less iodine. */
class CohortPlanTests {

    private static final int SEEDS = 300;

    @Test
    void everySeedDealsTheSameCoursesGenotypesAndScans() {
        for (long seed = 0; seed < SEEDS; seed++) {
            List<PatientPlan> plans = CohortPlan.deal(new Quotas(60), Draw.forPart(seed, "plan"));
            String as = "seed " + seed;
            assertThat(plans).as(as).hasSize(60);
            assertThat(plans.stream().filter(p -> p.centre() == Patient.Centre.MILAN))
                    .as(as)
                    .hasSize(32);
            assertThat(count(plans, p -> p.course() == Course.EXITED)).as(as).isEqualTo(5);
            assertThat(count(plans, p -> p.course() == Course.EARLY_PROGRESSION))
                    .as(as)
                    .isEqualTo(4);
            assertThat(count(plans, p -> p.course() == Course.EARLY_DEATH))
                    .as(as)
                    .isEqualTo(2);
            assertThat(count(plans, p -> p.course() == Course.WITHDRAWN)).as(as).isEqualTo(3);
            assertThat(count(plans, p -> p.course() == Course.EVALUABLE)).as(as).isEqualTo(46);
            assertThat(count(plans, p -> p.genotype().brafV600e())).as(as).isEqualTo(30);
            assertThat(count(plans, p -> p.genotype().tertMutant())).as(as).isEqualTo(18);
            assertThat(count(plans, p -> p.genotype().brafAndTert())).as(as).isEqualTo(12);
            assertThat(count(plans, p -> p.genotype().noCall() != NoCall.NONE))
                    .as(as)
                    .isEqualTo(3);
            assertThat(count(plans, PatientPlan::offProtocolTherapy)).as(as).isEqualTo(2);
            assertThat(count(plans, p -> p.offProtocolTherapy() && p.course() != Course.EXITED))
                    .as(as)
                    .isZero();
            assertThat(count(plans, PatientPlan::reducedActivity)).as(as).isEqualTo(3);
            assertThat(count(plans, p -> p.reducedActivity() && p.course() == Course.EXITED))
                    .as(as)
                    .isZero();
            assertThat(count(plans, PatientPlan::fdgPostMissing)).as(as).isEqualTo(5);
            assertThat(count(plans, PatientPlan::iodinePetMissing)).as(as).isEqualTo(8);
            assertThat(count(plans, PatientPlan::metastasisBiopsy)).as(as).isEqualTo(4);
            assertThat(count(plans, PatientPlan::postSampleMissing)).as(as).isEqualTo(3);
            assertThat(plans)
                    .as(as)
                    .filteredOn(p ->
                            p.fdgPostMissing() || p.iodinePetMissing() || p.metastasisBiopsy() || p.postSampleMissing())
                    .allSatisfy(p -> assertThat(p.course()).isEqualTo(Course.EVALUABLE));
        }
    }

    /**
     * A larger cohort has every quota of the 60-patient design scaled and rounded (1000 patients: 5 x 1000 / 60 =
     * 83.3 exits give 83), whatever the seed; no-calls, biopsies and missing scans still fall where they may.
     */
    @ParameterizedTest
    @CsvSource({
        // patients, Milan, exited, early progression, early death, withdrawn, evaluable, BRAF, TERT, BRAF and TERT,
        // no-calls of each kind, off protocol, reduced activity, FDG missing, 124I PET missing, biopsies, POST missing
        "120, 64, 10, 8, 4, 6, 92, 60, 36, 24, 2, 4, 6, 10, 16, 8, 6",
        "1000, 533, 83, 67, 33, 50, 767, 500, 300, 200, 17, 33, 50, 83, 133, 67, 50"
    })
    void aLargerCohortHasEveryQuotaScaled(
            int patients,
            int milan,
            int exited,
            int earlyProgression,
            int earlyDeath,
            int withdrawn,
            int evaluable,
            int braf,
            int tert,
            int brafAndTert,
            int noCallsOfEachKind,
            int offProtocol,
            int reduced,
            int fdgMissing,
            int iodineMissing,
            int biopsies,
            int postMissing) {
        for (long seed = 0; seed < 5; seed++) {
            List<PatientPlan> plans = CohortPlan.deal(new Quotas(patients), Draw.forPart(seed, "plan"));
            String as = patients + " patients, seed " + seed;
            assertThat(plans).as(as).hasSize(patients);
            assertThat(count(plans, p -> p.centre() == Patient.Centre.MILAN))
                    .as(as)
                    .isEqualTo(milan);
            assertThat(count(plans, p -> p.course() == Course.EXITED)).as(as).isEqualTo(exited);
            assertThat(count(plans, p -> p.course() == Course.EARLY_PROGRESSION))
                    .as(as)
                    .isEqualTo(earlyProgression);
            assertThat(count(plans, p -> p.course() == Course.EARLY_DEATH))
                    .as(as)
                    .isEqualTo(earlyDeath);
            assertThat(count(plans, p -> p.course() == Course.WITHDRAWN)).as(as).isEqualTo(withdrawn);
            assertThat(count(plans, p -> p.course() == Course.EVALUABLE)).as(as).isEqualTo(evaluable);
            assertThat(count(plans, p -> p.genotype().brafV600e())).as(as).isEqualTo(braf);
            assertThat(count(plans, p -> p.genotype().tertMutant())).as(as).isEqualTo(tert);
            assertThat(count(plans, p -> p.genotype().brafAndTert())).as(as).isEqualTo(brafAndTert);
            for (NoCall noCall : List.of(NoCall.BRAF_LOW_COVERAGE, NoCall.BRAF_FILTERED, NoCall.TERT_LOW_COVERAGE)) {
                assertThat(count(plans, p -> p.genotype().noCall() == noCall))
                        .as(as + ", " + noCall)
                        .isEqualTo(noCallsOfEachKind);
            }
            assertThat(count(plans, p -> p.offProtocolTherapy() && p.course() == Course.EXITED))
                    .as(as)
                    .isEqualTo(offProtocol);
            assertThat(count(plans, p -> p.reducedActivity() && p.course() != Course.EXITED))
                    .as(as)
                    .isEqualTo(reduced);
            assertThat(count(plans, p -> p.fdgPostMissing() && p.course() == Course.EVALUABLE))
                    .as(as)
                    .isEqualTo(fdgMissing);
            assertThat(count(plans, p -> p.iodinePetMissing() && p.course() == Course.EVALUABLE))
                    .as(as)
                    .isEqualTo(iodineMissing);
            assertThat(count(plans, p -> p.metastasisBiopsy() && p.course() == Course.EVALUABLE))
                    .as(as)
                    .isEqualTo(biopsies);
            assertThat(count(plans, p -> p.postSampleMissing() && p.course() == Course.EVALUABLE))
                    .as(as)
                    .isEqualTo(postMissing);
        }
    }

    /** Three digits while a centre has at most 999 patients (as the 60-patient design), five beyond. */
    @ParameterizedTest
    @CsvSource({"60, 3", "1000, 3", "1874, 3", "1875, 5", "10000, 5", "100000, 5"})
    void patientIdsAreUniqueAndWidenOnlyWhenACentreOutgrowsThreeDigits(int patients, int digits) {
        List<String> ids = CohortPlan.deal(new Quotas(patients), Draw.forPart(1, "plan")).stream()
                .map(PatientPlan::id)
                .toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("(MI|VR)-\\d{" + digits + "}"));
        assertThat(ids.get(0)).isEqualTo("MI-" + "0".repeat(digits - 1) + "1");
        assertThat(ids.get(ids.size() - 1)).startsWith("VR-");
    }

    @ParameterizedTest
    @ValueSource(ints = {59, 0, -60, 100_001})
    void aCohortOutsideSixtyToOneHundredThousandIsRefused(int patients) {
        assertThatThrownBy(() -> new Quotas(patients))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("60 to 100000 patients, not " + patients);
    }

    /**
     * Exit odds 8 : 2 : 2 : 0.5 for BRAF V600E with TERT (12 patients), BRAF V600E alone (18), TERT alone (6),
     * neither (24), drawn without replacement: on average about 3 of the 5 exits are BRAF V600E with TERT (a rate
     * near 25 %), 1.2 BRAF V600E alone and 0.4 TERT alone (near 7 % each), 0.4 neither (near 2 %, 8 % of the exits).
     */
    @Test
    void exitsToStandardCareAreMostlyBrafV600eTumoursAndMostOftenThoseWithTert() {
        int[] exits = new int[4];
        int[] patients = new int[4];
        for (long seed = 0; seed < SEEDS; seed++) {
            for (PatientPlan p : CohortPlan.deal(new Quotas(60), Draw.forPart(seed, "plan"))) {
                int group = group(p.genotype());
                patients[group]++;
                exits[group] += p.course() == Course.EXITED ? 1 : 0;
            }
        }
        double[] rate = new double[4];
        for (int g = 0; g < 4; g++) {
            rate[g] = (double) exits[g] / patients[g];
        }
        assertThat(rate[0]).as("BRAF V600E + TERT").isGreaterThan(2 * rate[1]).isGreaterThan(2 * rate[2]);
        assertThat(rate[1]).as("BRAF V600E alone").isGreaterThan(2 * rate[3]);
        assertThat(exits[0] + exits[1]).as("exits with BRAF V600E").isGreaterThan(3 * (exits[2] + exits[3]));
        assertThat((double) exits[3] / (SEEDS * 5))
                .as("share of exits without either mutation")
                .isLessThan(0.12);
    }

    private static int group(Genotype genotype) {
        return genotype.brafAndTert() ? 0 : genotype.brafV600e() ? 1 : genotype.tertMutant() ? 2 : 3;
    }

    private static long count(List<PatientPlan> plans, Predicate<PatientPlan> which) {
        return plans.stream().filter(which).count();
    }
}
