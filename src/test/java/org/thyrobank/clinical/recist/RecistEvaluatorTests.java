package org.thyrobank.clinical.recist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.clinical.OverallResponse.CR;
import static org.thyrobank.clinical.OverallResponse.NE;
import static org.thyrobank.clinical.OverallResponse.PD;
import static org.thyrobank.clinical.OverallResponse.PR;
import static org.thyrobank.clinical.OverallResponse.SD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.Assessment.NonTargetStatus;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.VisitResponse;

class RecistEvaluatorTests {

    static final LocalDate THERAPY = LocalDate.of(2022, 1, 10);
    static final Lesion LUNG =
            new Lesion("P", "L1", Lesion.Site.SOFT_TISSUE, Lesion.Organ.LUNG, Lesion.RecistRole.TARGET);
    static final Lesion NODE =
            new Lesion("P", "N1", Lesion.Site.SOFT_TISSUE, Lesion.Organ.LYMPH_NODE, Lesion.RecistRole.TARGET);
    static final Lesion BONE = new Lesion("P", "B1", Lesion.Site.BONE, Lesion.Organ.BONE, Lesion.RecistRole.NON_TARGET);

    private final RecistEvaluator evaluator = RecistEvaluator.fromReference();

    static Assessment mm(int day, Lesion lesion, String diameter) {
        return new Assessment("P", THERAPY.plusDays(day), lesion.lesionId(), new BigDecimal(diameter), null, false);
    }

    static Assessment status(int day, Lesion lesion, NonTargetStatus status) {
        return new Assessment("P", THERAPY.plusDays(day), lesion.lesionId(), null, status, false);
    }

    static Assessment newLesion(int day) {
        return new Assessment("P", THERAPY.plusDays(day), "NEW-1", null, null, true);
    }

    private PatientResponse evaluate(List<Lesion> lesions, Assessment... rows) {
        return evaluator.evaluate("P", THERAPY, lesions, List.of(rows));
    }

    private static List<OverallResponse> responses(PatientResponse response) {
        return response.visits().stream()
                .filter(v -> !v.baseline())
                .map(VisitResponse::response)
                .toList();
    }

    @Test
    void thresholdsComeFromTheReferenceFile() {
        assertThat(RecistCriteria.fromReference())
                .isEqualTo(new RecistCriteria(
                        new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("5"), new BigDecimal("10"), 182));
    }

    @Test
    void aNodeShrinkingTo9mmIsCompleteResponseAndTo10mmIsNot() {
        PatientResponse to9 = evaluate(
                List.of(LUNG, NODE), mm(-5, LUNG, "20"), mm(-5, NODE, "15"), mm(90, LUNG, "0"), mm(90, NODE, "9"));
        PatientResponse to10 = evaluate(
                List.of(LUNG, NODE), mm(-5, LUNG, "20"), mm(-5, NODE, "15"), mm(90, LUNG, "0"), mm(90, NODE, "10"));

        assertThat(responses(to9)).containsExactly(CR);
        assertThat(to9.visits().get(1).targetSumMm()).isEqualByComparingTo("9");
        assertThat(responses(to10)).containsExactly(PR);
    }

    @Test
    void aNewLesionIsProgressionWhateverTheSums() {
        PatientResponse response = evaluate(List.of(LUNG), mm(-5, LUNG, "40"), mm(90, LUNG, "10"), newLesion(90));

        assertThat(responses(response)).containsExactly(PD);
        assertThat(response.visits().get(1).newLesion()).isTrue();
    }

    @Test
    void progressionIsMeasuredFromTheNadirNotTheBaseline() {
        // nadir 50; 62 is 24 % and 12 mm above it, while still 38 % below the baseline of 100
        PatientResponse response =
                evaluate(List.of(LUNG), mm(-5, LUNG, "100"), mm(60, LUNG, "50"), mm(120, LUNG, "62"));

        assertThat(responses(response)).containsExactly(PR, PD);
    }

    @Test
    void twentyPercentAboveTheNadirIsProgressionOnlyWithFiveMillimetresMore() {
        // nadir 10: 14 is +40 % but +4 mm; 15 is +50 % and +5 mm
        PatientResponse fourMm = evaluate(List.of(LUNG), mm(-5, LUNG, "20"), mm(60, LUNG, "10"), mm(120, LUNG, "14"));
        PatientResponse fiveMm = evaluate(List.of(LUNG), mm(-5, LUNG, "20"), mm(60, LUNG, "10"), mm(120, LUNG, "15"));

        assertThat(responses(fourMm)).containsExactly(PR, PR);
        assertThat(responses(fiveMm)).containsExactly(PR, PD);
    }

    @Test
    void exactlyTwentyPercentAboveTheNadirIsProgression() {
        // nadir 30: 36 is +20 % and +6 mm; 35.9 is below 20 %
        assertThat(responses(evaluate(List.of(LUNG), mm(-5, LUNG, "30"), mm(60, LUNG, "36"))))
                .containsExactly(PD);
        assertThat(responses(evaluate(List.of(LUNG), mm(-5, LUNG, "30"), mm(60, LUNG, "35.9"))))
                .containsExactly(SD);
    }

    @Test
    void exactlyThirtyPercentBelowTheBaselineIsPartialResponse() {
        assertThat(responses(evaluate(List.of(LUNG), mm(-5, LUNG, "50"), mm(60, LUNG, "35"))))
                .containsExactly(PR);
        assertThat(responses(evaluate(List.of(LUNG), mm(-5, LUNG, "50"), mm(60, LUNG, "35.1"))))
                .containsExactly(SD);
    }

    @Test
    void unequivocalNonTargetProgressionIsProgression() {
        PatientResponse response = evaluate(
                List.of(LUNG, BONE),
                mm(-5, LUNG, "40"),
                status(-5, BONE, NonTargetStatus.PRESENT),
                mm(90, LUNG, "20"),
                status(90, BONE, NonTargetStatus.UNEQUIVOCAL_PROGRESSION));

        assertThat(responses(response)).containsExactly(PD);
        assertThat(response.visits().get(1).nonTargetStatus()).isEqualTo(NonTargetStatus.UNEQUIVOCAL_PROGRESSION);
    }

    @Test
    void targetsGoneWithANonTargetStillPresentIsPartialResponse() {
        PatientResponse present = evaluate(
                List.of(LUNG, BONE),
                mm(-5, LUNG, "40"),
                status(-5, BONE, NonTargetStatus.PRESENT),
                mm(90, LUNG, "0"),
                status(90, BONE, NonTargetStatus.PRESENT));
        PatientResponse absent = evaluate(
                List.of(LUNG, BONE),
                mm(-5, LUNG, "40"),
                status(-5, BONE, NonTargetStatus.PRESENT),
                mm(90, LUNG, "0"),
                status(90, BONE, NonTargetStatus.ABSENT));

        assertThat(responses(present)).containsExactly(PR);
        assertThat(responses(absent)).containsExactly(CR);
    }

    @Test
    void aTargetWithoutMeasurementMakesTheVisitNotEvaluable() {
        PatientResponse response =
                evaluate(List.of(LUNG, NODE), mm(-5, LUNG, "20"), mm(-5, NODE, "15"), mm(90, LUNG, "10"));

        assertThat(responses(response)).containsExactly(NE);
        assertThat(response.visits().get(1).targetSumMm()).isNull();
        assertThat(response.bestOverallResponse()).isEqualTo(NE);
    }

    @Test
    void theBaselineIsTheLatestVisitOnOrBeforeTheFirstTherapy() {
        // 22 is 56 % below the early visit (50) but only 27 % below the baseline (30)
        PatientResponse response = evaluate(List.of(LUNG), mm(-60, LUNG, "50"), mm(0, LUNG, "30"), mm(90, LUNG, "22"));

        assertThat(response.visits())
                .extracting(VisitResponse::assessedOn)
                .containsExactly(THERAPY, THERAPY.plusDays(90));
        assertThat(response.visits().get(0).baseline()).isTrue();
        assertThat(responses(response)).containsExactly(SD);
    }

    @Test
    void bestOverallResponseIgnoresResponsesAfterTheFirstProgression() {
        PatientResponse response = evaluate(
                List.of(LUNG), mm(-5, LUNG, "40"), mm(60, LUNG, "38"), mm(120, LUNG, "50"), mm(240, LUNG, "0"));

        assertThat(responses(response)).containsExactly(SD, PD, CR);
        assertThat(response.bestOverallResponse()).isEqualTo(SD);
    }

    @Test
    void aPatientIsEvaluableFromAVisit182DaysAfterTheFirstTherapy() {
        PatientResponse at181 = evaluate(List.of(LUNG), mm(-5, LUNG, "20"), mm(181, LUNG, "0"));
        PatientResponse at182 = evaluate(List.of(LUNG), mm(-5, LUNG, "20"), mm(182, LUNG, "0"));

        assertThat(at181.sixMonthVisit()).isFalse();
        assertThat(at181.softTissueCr()).isNull();
        assertThat(at182.sixMonthVisit()).isTrue();
        assertThat(at182.softTissueCr()).isTrue();
        assertThat(at182.disappearedLesionIds()).containsExactly("L1");
    }

    @Test
    void softTissueCrLeavesBoneLesionsOut() {
        PatientResponse response = evaluate(
                List.of(LUNG, NODE, BONE),
                mm(-5, LUNG, "20"),
                mm(-5, NODE, "15"),
                status(-5, BONE, NonTargetStatus.PRESENT),
                mm(200, LUNG, "0"),
                mm(200, NODE, "8"),
                status(200, BONE, NonTargetStatus.PRESENT));

        assertThat(responses(response)).containsExactly(PR);
        assertThat(response.softTissueCr()).isTrue();
    }

    @Test
    void softTissueCrNeedsNoEarlierProgression() {
        PatientResponse response =
                evaluate(List.of(LUNG), mm(-5, LUNG, "20"), mm(90, LUNG, "10"), newLesion(90), mm(200, LUNG, "0"));

        assertThat(responses(response)).containsExactly(PD, CR);
        assertThat(response.softTissueCr()).isFalse();
        assertThat(response.bestOverallResponse()).isEqualTo(PD);
    }

    @Test
    void softTissueCrNeedsNoNewLesionAtThatVisit() {
        PatientResponse response = evaluate(List.of(LUNG), mm(-5, LUNG, "20"), mm(200, LUNG, "0"), newLesion(200));

        assertThat(response.softTissueCr()).isFalse();
    }

    @Test
    void softTissueCrNeedsEveryLesionGoneAtTheSameVisit() {
        PatientResponse response = evaluate(
                List.of(LUNG, NODE),
                mm(-5, LUNG, "20"),
                mm(-5, NODE, "15"),
                mm(190, LUNG, "0"),
                mm(190, NODE, "12"),
                mm(260, LUNG, "3"),
                mm(260, NODE, "9"));

        assertThat(response.softTissueCr()).isFalse();
        assertThat(response.disappearedLesionIds()).containsExactlyInAnyOrder("L1", "N1");
    }

    @Test
    void aBoneLesionsUnequivocalProgressionEndsTheBestResponseButNotSoftTissueCr() {
        // day 90: the bone non-target progresses (PD for best response); day 200: every soft-tissue lesion is gone
        PatientResponse response = evaluate(
                List.of(LUNG, BONE),
                mm(-5, LUNG, "20"),
                status(-5, BONE, NonTargetStatus.PRESENT),
                mm(90, LUNG, "10"),
                status(90, BONE, NonTargetStatus.UNEQUIVOCAL_PROGRESSION),
                mm(200, LUNG, "0"),
                status(200, BONE, NonTargetStatus.PRESENT));

        assertThat(responses(response)).containsExactly(PD, PR);
        assertThat(response.bestOverallResponse()).isEqualTo(PD);
        assertThat(response.softTissueCr()).isTrue();
    }

    @Test
    void softTissueTargetProgressionFromItsNadirCancelsSoftTissueCr() {
        // lung 20 -> 10 (nadir) -> 16 mm (+60 %, +6 mm: PD on the soft-tissue targets) -> 0 mm on day 200
        PatientResponse response = evaluate(
                List.of(LUNG), mm(-5, LUNG, "20"), mm(60, LUNG, "10"), mm(120, LUNG, "16"), mm(200, LUNG, "0"));

        assertThat(responses(response)).containsExactly(PR, PD, CR);
        assertThat(response.softTissueCr()).isFalse();
    }

    @Test
    void aNotEvaluableVisitDoesNotMoveTheNadir() {
        // day 60: the node has no row (NE) while the lung reads 5 mm; from the baseline sum 35 mm, day 120's 30 mm
        // is no progression (a nadir of 5 mm from the NE visit would have made it one)
        PatientResponse response = evaluate(
                List.of(LUNG, NODE),
                mm(-5, LUNG, "20"),
                mm(-5, NODE, "15"),
                mm(60, LUNG, "5"),
                mm(120, LUNG, "15"),
                mm(120, NODE, "15"));

        assertThat(responses(response)).containsExactly(NE, SD);
    }

    @Test
    void aTargetWithoutADiameterHasNotDisappeared() {
        // day 200: the node's row has no diameter, though it is recorded ABSENT: the visit is NE and no CR
        PatientResponse response = evaluate(
                List.of(LUNG, NODE),
                mm(-5, LUNG, "20"),
                mm(-5, NODE, "15"),
                mm(200, LUNG, "0"),
                status(200, NODE, NonTargetStatus.ABSENT));

        assertThat(responses(response)).containsExactly(NE);
        assertThat(response.softTissueCr()).isFalse();
        assertThat(response.disappearedLesionIds()).containsExactly("L1");
    }

    @Test
    void withoutATherapyThereIsNoResponse() {
        PatientResponse response = evaluator.evaluate("P", null, List.of(LUNG), List.of(mm(-5, LUNG, "20")));

        assertThat(response.visits()).isEmpty();
        assertThat(response.sixMonthVisit()).isFalse();
        assertThat(response.bestOverallResponse()).isNull();
    }
}
