package org.thyrobank.clinical.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.platform.BundleFileException;

class ClinicalBundleRejectionTests {

    @Test
    void aMissingRequiredColumnRejectsTheFile() {
        ClinicalValidationException e = Fixtures.rejection("missing-required-column");

        assertThat(e.problems("clinical/patients.csv"))
                .containsExactly("line 1, column 'centre': found '', expected a required column named 'centre'");
    }

    @Test
    void anEnumerationOutsideItsValuesOrNotUpperCaseIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("bad-enumeration");

        assertThat(e.problems("clinical/patients.csv"))
                .containsExactly("line 3, column 'centre': found 'milan', expected one of MILAN, NEGRAR (upper case)");
    }

    @Test
    void aDateThatIsNotIsoOrDoesNotExistIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("bad-date");

        assertThat(e.problems("clinical/therapies.csv"))
                .containsExactly(
                        "line 2, column 'treated_on': found '10/01/2022', expected an ISO date YYYY-MM-DD",
                        "line 3, column 'treated_on': found '2022-02-30', expected an ISO date YYYY-MM-DD");
    }

    @Test
    void aDecimalCommaAndAnImpossibleNumberAreRejected() {
        ClinicalValidationException e = Fixtures.rejection("bad-number");

        assertThat(e.problems("clinical/blood_dosimetry.csv"))
                .containsExactly(
                        "line 2, column 'blood_gy_per_gbq': found '0,148', expected a number with '.' as decimal mark, above 0",
                        "line 3, column 'blood_gy_per_gbq': found '0', expected a number with '.' as decimal mark, above 0");
    }

    @Test
    void aColumnThatLooksIdentifyingRejectsTheFile() {
        ClinicalValidationException e = Fixtures.rejection("identifying-column");

        assertThat(e.problems("clinical/patients.csv"))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("line 1, column 'surname': found 'surname', expected no"
                                + " column that identifies a person"))
                .anySatisfy(p -> assertThat(p).startsWith("line 1, column 'date_of_birth'"));
    }

    @Test
    void aDuplicateKeyIsRejectedNamingTheFirstLine() {
        ClinicalValidationException e = Fixtures.rejection("duplicate-key");

        assertThat(e.problems("clinical/lesions.csv"))
                .containsExactly("line 4: duplicate key patient_id MI-001, lesion_id MI-001-L1, already on line 2");
    }

    @Test
    void anAttributionOutsideItsValuesOrNotUpperCaseIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("unknown-attribution");

        assertThat(e.problems("clinical/adverse_events.csv"))
                .containsExactly(
                        "line 3, column 'attribution': found 'RELATED', expected one of UNRELATED, UNLIKELY, POSSIBLE,"
                                + " PROBABLE, DEFINITE (upper case)",
                        "line 4, column 'attribution': found 'possible', expected one of UNRELATED, UNLIKELY, POSSIBLE,"
                                + " PROBABLE, DEFINITE (upper case)");
        assertThat(e.rejectedFiles())
                .extracting(BundleFileException::file)
                .containsExactly("clinical/adverse_events.csv");
    }

    @Test
    void anFdgTimepointOtherThanPreOrPostIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("unknown-fdg-timepoint");

        assertThat(e.problems("clinical/fdg.csv"))
                .containsExactly("line 3, column 'timepoint': found '6M', expected one of PRE, POST (upper case)");
    }

    @Test
    void aSecondFdgRowForOneLesionAndTimepointIsADuplicateABlankTimepointBeingPre() {
        ClinicalValidationException e = Fixtures.rejection("duplicate-fdg-timepoint");

        assertThat(e.problems("clinical/fdg.csv"))
                .containsExactly(
                        "line 4: duplicate key patient_id MI-001, lesion_id MI-001-L1, timepoint POST, already on line 3",
                        "line 5: duplicate key patient_id MI-001, lesion_id MI-001-L1, timepoint PRE, already on line 2");
    }

    @Test
    void anIodinePetRowNamingAnotherPatientsOrAnUnknownLesionIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("iodine-pet-unknown-lesion");

        assertThat(e.problems("clinical/iodine_pet.csv"))
                .containsExactly(
                        "line 5, column 'patient_id': found 'XX-999', expected a patient_id listed in clinical/patients.csv",
                        "line 3, column 'lesion_id': found 'VR-001-L1', expected a lesion of patient MI-001 listed in"
                                + " clinical/lesions.csv",
                        "line 4, column 'lesion_id': found 'MI-001-L9', expected a lesion of patient MI-001 listed in"
                                + " clinical/lesions.csv",
                        "line 5, column 'lesion_id': found 'XX-999-L1', expected a lesion of patient XX-999 listed in"
                                + " clinical/lesions.csv");
        assertThat(e.rejectedFiles()).extracting(BundleFileException::file).containsExactly("clinical/iodine_pet.csv");
    }

    @Test
    void anIodinePetScanBeforeThePatientsFirstTherapyIsRejectedOneOnTheDayIsNot() {
        ClinicalValidationException e = Fixtures.rejection("iodine-pet-before-therapy");

        // MI-001's first therapy is its earliest treated_on (line 3), not its first row; MI-001-L1 was scanned
        // between the two cycles, VR-001-L1 on the day of the therapy
        assertThat(e.problems("clinical/iodine_pet.csv"))
                .containsExactly(
                        "line 3, column 'scanned_on': found '2022-01-09', expected a date on or after the first therapy"
                                + " (2022-01-10, clinical/therapies.csv): clinical/iodine_pet.csv holds the 124I PET repeated"
                                + " after therapy",
                        "line 5, column 'scanned_on': found '2022-02-28', expected a date on or after the first therapy"
                                + " (2022-03-01, clinical/therapies.csv): clinical/iodine_pet.csv holds the 124I PET repeated"
                                + " after therapy");
    }

    @Test
    void anIodinePetRowNeedsAnIsoDateANonNegativeUptakeAndAKeyOfItsOwn() {
        ClinicalValidationException e = Fixtures.rejection("iodine-pet-bad-values");

        assertThat(e.problems("clinical/iodine_pet.csv"))
                .containsExactly(
                        "line 3: duplicate key patient_id MI-001, lesion_id MI-001-L1, scanned_on 2022-07-15, already on"
                                + " line 2",
                        "line 4, column 'scanned_on': found '15/07/2022', expected an ISO date YYYY-MM-DD",
                        "line 5, column 'uptake_pct': found '-0.1', expected a number with '.' as decimal mark, at least 0",
                        "line 6, column 'uptake_pct': found '', expected a value (the column is required)");
    }

    @Test
    void aRowNamingAnUnknownPatientIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("unknown-patient");

        assertThat(e.problems("clinical/specimens.csv"))
                .containsExactly(
                        "line 3, column 'patient_id': found 'VR-999', expected a patient_id listed in clinical/patients.csv");
        assertThat(e.problems("clinical/patients.csv")).isEmpty();
    }

    @Test
    void anAssessmentNamingAnotherPatientsLesionIsRejectedButANewLesionIsNot() {
        ClinicalValidationException e = Fixtures.rejection("unknown-lesion");

        assertThat(e.problems("clinical/assessments.csv"))
                .containsExactly(
                        "line 3, column 'lesion_id': found 'VR-001-L1', expected a lesion of patient MI-001 listed in"
                                + " clinical/lesions.csv");
    }

    @Test
    void aFollowUpDateBeforeTheFirstTherapyIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("follow-up-before-therapy");

        assertThat(e.problems("clinical/follow_up.csv"))
                .containsExactly(
                        "line 2, column 'progressed_on': found '2021-12-01', expected a date on or after the first therapy"
                                + " (2022-01-10, clinical/therapies.csv)",
                        "line 3, column 'last_contact_on': found '2022-02-01', expected a date on or after the first"
                                + " therapy (2022-03-01, clinical/therapies.csv)");
    }

    @Test
    void aPlasmaSpecimenWithoutTimepointIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("circulating-without-timepoint");

        assertThat(e.problems("clinical/specimens.csv"))
                .containsExactly(
                        "line 3, column 'timepoint': found '', expected PRE or POST (required for a PLASMA specimen)");
    }

    @Test
    void aUnitThatDoesNotFitTheTestIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("unit-for-another-test");

        assertThat(e.problems("clinical/labs.csv"))
                .containsExactly("line 2, column 'unit': found '10^9/L', expected g/L or g/dL for HEMOGLOBIN");
    }

    @Test
    void everyProblemOfOneLineIsListed() {
        ClinicalValidationException e = Fixtures.rejection("many-errors");

        assertThat(e.problems("clinical/labs.csv"))
                .startsWith(
                        "line 2, column 'test': found 'platelets', expected one of PLATELETS, NEUTROPHILS, LEUKOCYTES,"
                                + " LYMPHOCYTES, HEMOGLOBIN (upper case)",
                        "line 2, column 'value': found '1,5', expected a number with '.' as decimal mark, at least 0",
                        "line 2, column 'unit': found 'mg', expected one of 10^9/L, /mm3, g/L, g/dL");
    }

    @Test
    void allProblemsOfAFileAreCountedAndTheFirstFiftyListed() {
        ClinicalValidationException e = Fixtures.rejection("many-errors");

        assertThat(e.problems("clinical/labs.csv"))
                .hasSize(BundleFileException.LISTED_PROBLEMS + 1)
                .contains("line 3, column 'drawn_on': found '2022-13-01', expected an ISO date YYYY-MM-DD")
                .endsWith("... and 13 more problems (63 in all)");
        assertThat(e.getMessage()).startsWith("clinical/labs.csv rejected:\n  line 2, column 'test'");
    }

    @Test
    void everyRejectedFileIsReportedTogether() {
        ClinicalValidationException e = Fixtures.rejection("several-files");

        assertThat(e.rejectedFiles())
                .extracting(BundleFileException::file)
                .containsExactly("clinical/patients.csv", "clinical/therapies.csv");
    }

    @Test
    void aFileThatIsNotCsvIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("malformed-csv");

        assertThat(e.problems("clinical/patients.csv"))
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("cannot be read as UTF-8 CSV"));
    }

    @Test
    void anEmptyFileIsRejected() {
        ClinicalValidationException e = Fixtures.rejection("empty-file");

        assertThat(e.problems("clinical/patients.csv"))
                .containsExactly("line 1: the file is empty, expected a header naming [patient_id, centre]");
    }
}
