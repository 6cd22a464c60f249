package org.thyrobank.clinical.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.Specimen;

class ClinicalBundleReaderTests {

    @Test
    void readsEveryFileOfAValidFolderWithoutWarnings() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("valid"));

        assertThat(bundle.filesRead())
                .containsExactly(
                        "clinical/patients.csv",
                        "clinical/specimens.csv",
                        "clinical/lesions.csv",
                        "clinical/blood_dosimetry.csv",
                        "clinical/lesion_dosimetry.csv",
                        "clinical/therapies.csv",
                        "clinical/fdg.csv",
                        "clinical/assessments.csv",
                        "clinical/adverse_events.csv",
                        "clinical/labs.csv",
                        "clinical/follow_up.csv");
        assertThat(bundle.warnings()).isEmpty();
        assertThat(bundle.patients())
                .containsExactly(
                        new Patient("MI-001", Patient.Centre.MILAN, Patient.Sex.M, 1950, Patient.Histology.PAPILLARY),
                        new Patient(
                                "VR-001", Patient.Centre.NEGRAR, Patient.Sex.F, 1960, Patient.Histology.FOLLICULAR));
        assertThat(bundle.specimens()).hasSize(3);
        assertThat(bundle.lesions()).hasSize(4);
        assertThat(bundle.bloodDosimetry()).hasSize(2);
        assertThat(bundle.lesionDosimetry()).hasSize(4);
        assertThat(bundle.therapies()).hasSize(2);
        assertThat(bundle.fdgLesions()).hasSize(2);
        assertThat(bundle.assessments()).hasSize(9);
        assertThat(bundle.adverseEvents()).hasSize(3);
        assertThat(bundle.labs()).hasSize(4);
        assertThat(bundle.followUps()).hasSize(2);
    }

    @Test
    void anEmptyCellIsAMissingValue() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("valid"));

        assertThat(bundle.specimens().get(0).timepoint()).isNull();
        assertThat(bundle.bloodDosimetry().get(1).wholeBodyRetention48hPct()).isNull();
        assertThat(bundle.followUps().get(0).progressedOn()).isNull();
        assertThat(bundle.adverseEvents().get(1).onsetOn()).isNull();
    }

    @Test
    void readsTypedValuesAndKeepsLabUnitsAsWritten() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("valid"));

        assertThat(bundle.specimens().get(1).timepoint()).isEqualTo(Specimen.Timepoint.PRE);
        assertThat(bundle.lesionDosimetry().get(1).lesionGyPerGbq()).isEqualByComparingTo("7.999");
        assertThat(bundle.therapies().get(0).treatedOn()).isEqualTo(LocalDate.of(2022, 1, 10));
        LabValue platelets = bundle.labs().get(1);
        assertThat(platelets.unit()).isEqualTo(LabValue.Unit.PER_CUBIC_MILLIMETRE);
        assertThat(platelets.value()).isEqualByComparingTo("74000");
        assertThat(platelets.gradingValue()).isEqualByComparingTo(new BigDecimal("74"));
        assertThat(bundle.labs().get(2).gradingValue()).isEqualByComparingTo("99");
    }

    @Test
    void aNewLesionRowNeedsNoLesionOfLesionsCsv() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("valid"));

        assertThat(bundle.assessments())
                .filteredOn(Assessment::newLesion)
                .singleElement()
                .satisfies(a -> assertThat(a.lesionId()).isEqualTo("NEW-1"));
    }

    @Test
    void anOldBundleWithoutTheNewItemsReadsAsBefore() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("valid"));

        // no attribution column, no FDG timepoint column, no iodine_pet.csv
        assertThat(bundle.adverseEvents()).extracting(AdverseEvent::attribution).containsOnlyNulls();
        assertThat(bundle.fdgLesions()).extracting(FdgLesion::timepoint).containsOnly(Specimen.Timepoint.PRE);
        assertThat(bundle.iodinePetScans()).isEmpty();
        assertThat(bundle.warnings()).isEmpty();
    }

    @Test
    void readsAttributionsAndAPreAndAPostFdgRowOfOneLesion() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("new-items"));

        assertThat(bundle.warnings()).isEmpty();
        assertThat(bundle.adverseEvents())
                .extracting(AdverseEvent::attribution)
                .containsExactly(AdverseEvent.Attribution.PROBABLE, null, AdverseEvent.Attribution.UNRELATED);
        // a blank timepoint is PRE
        assertThat(bundle.fdgLesions())
                .extracting(FdgLesion::lesionId, FdgLesion::timepoint)
                .containsExactly(
                        tuple("MI-001-L1", Specimen.Timepoint.PRE),
                        tuple("MI-001-L1", Specimen.Timepoint.POST),
                        tuple("MI-001-N1", Specimen.Timepoint.PRE),
                        tuple("VR-001-L1", Specimen.Timepoint.PRE),
                        tuple("VR-001-L1", Specimen.Timepoint.POST));
        assertThat(bundle.fdgLesions().get(1).suvMax()).isEqualByComparingTo("2.2");
    }

    @Test
    void readsIodinePetScansOneRowPerLesionAndScan() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("new-items"));

        assertThat(bundle.filesRead()).hasSize(12).endsWith("clinical/iodine_pet.csv");
        assertThat(bundle.iodinePetScans())
                .containsExactly(
                        new IodinePetScan("MI-001", "MI-001-L1", LocalDate.of(2022, 7, 15), new BigDecimal("0.4")),
                        new IodinePetScan("MI-001", "MI-001-N1", LocalDate.of(2022, 7, 15), new BigDecimal("0")),
                        new IodinePetScan("MI-001", "MI-001-L1", LocalDate.of(2023, 1, 10), new BigDecimal("0.25")),
                        new IodinePetScan("VR-001", "VR-001-L1", LocalDate.of(2022, 9, 1), new BigDecimal("1.25")));
    }

    @Test
    void readsOnlyTheFilesPresent() {
        ClinicalBundle partial = ClinicalBundleReader.read(Fixtures.folder("warnings"));

        assertThat(partial.filesRead())
                .containsExactly(
                        "clinical/patients.csv",
                        "clinical/lesions.csv",
                        "clinical/therapies.csv",
                        "clinical/assessments.csv");
        assertThat(partial.labs()).isEmpty();
    }

    @Test
    void anUnknownColumnIsAWarningNotARejection() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("warnings"));

        assertThat(bundle.patients()).hasSize(1);
        assertThat(bundle.warnings())
                .anySatisfy(w ->
                        assertThat(w).startsWith("clinical/patients.csv: line 1, column 'comment': unknown column"));
    }

    @Test
    void aTherapyBeforeTheBaselineAssessmentIsAWarning() {
        ClinicalBundle bundle = ClinicalBundleReader.read(Fixtures.folder("warnings"));

        assertThat(bundle.warnings())
                .contains("clinical/therapies.csv: patient MI-001 was treated on 2022-01-10,"
                        + " before the baseline assessment: the first visit in clinical/assessments.csv is 2022-01-20");
    }
}
