package org.thyrobank.clinical;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordsTests {

    static final LocalDate DAY = LocalDate.of(2022, 1, 10);

    @Test
    void aCirculatingSpecimenNeedsItsTimepoint() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Specimen("P-MI-001", "MI-001", Specimen.Kind.SERUM, null, DAY));
    }

    @Test
    void aLabValueMustBeWrittenInAUnitOfItsTest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LabValue(
                        "MI-001",
                        DAY,
                        LabValue.Analyte.HEMOGLOBIN,
                        BigDecimal.TEN,
                        LabValue.Unit.PER_CUBIC_MILLIMETRE));
    }

    @Test
    void anAdverseEventGradeIsOneToFive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AdverseEvent("MI-001", "Dry mouth", 6, DAY, null));
    }

    @Test
    void aPatientWhoIsNotEvaluableHasNoSoftTissueCr() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PatientOutcome(
                        "MI-001",
                        Patient.Centre.MILAN,
                        null,
                        false,
                        Boolean.FALSE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        null,
                        null));
    }

    @Test
    void aBoneLesionIsNotClassed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LesionDose(
                        "MI-001",
                        "B1",
                        Lesion.Site.BONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        new BigDecimal("650"),
                        LesionClass.LOW_UPTAKE,
                        null));
    }

    @Test
    void theBaselineVisitHasNoResponse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new VisitResponse("MI-001", DAY, 0, true, BigDecimal.TEN, null, false, OverallResponse.SD));
    }
}
