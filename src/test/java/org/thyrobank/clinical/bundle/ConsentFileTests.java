package org.thyrobank.clinical.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.clinical.Consent;
import org.thyrobank.platform.BundleFileException;

/** clinical/consent.csv: read with the folder, and each way it can be wrong rejected naming line and column. */
class ConsentFileTests {

    @TempDir
    Path clinical;

    @Test
    void withoutConsentCsvConsentIsNotRecordedAndEverythingIsAllowed() throws IOException {
        ClinicalBundle bundle = ClinicalBundleReader.read(example());

        assertThat(bundle.consents().isRecorded()).isFalse();
        assertThat(bundle.consents().allows("MI-001", Consent.Scope.GENOMICS)).isTrue();
    }

    @Test
    void aPatientWithoutARowForAScopeHasNotConsentedToIt() throws IOException {
        consent(
                "patient_id,scope,given_on,withdrawn_on,withdrawal",
                "MI-001,CLINICAL_RESEARCH,2020-01-10,,",
                "MI-001,GENOMICS,2020-01-10,2022-01-01,",
                "MI-002,CLINICAL_RESEARCH,2020-01-10,2023-01-01,STOP_NEW_DATA");

        ClinicalBundle bundle = ClinicalBundleReader.read(example());

        assertThat(bundle.filesRead()).contains("clinical/consent.csv");
        assertThat(bundle.consents().isRecorded()).isTrue();
        assertThat(bundle.consents().allows("MI-001", Consent.Scope.CLINICAL_RESEARCH))
                .isTrue();
        assertThat(bundle.consents().allows("MI-001", Consent.Scope.MIRNA)).isFalse();
        assertThat(bundle.consents().allows("MI-001", Consent.Scope.GENOMICS))
                .as("a blank withdrawal is STOP_ALL_USE")
                .isFalse();
        assertThat(bundle.consents().allows("MI-003", Consent.Scope.CLINICAL_RESEARCH))
                .isFalse();
        assertThat(bundle.consents().allows("MI-002", Consent.Scope.CLINICAL_RESEARCH))
                .isTrue();
        assertThat(bundle.consents()
                        .allows("MI-002", Consent.Scope.CLINICAL_RESEARCH, java.time.LocalDate.parse("2023-01-01")))
                .isTrue();
        assertThat(bundle.consents()
                        .allows("MI-002", Consent.Scope.CLINICAL_RESEARCH, java.time.LocalDate.parse("2023-01-02")))
                .isFalse();
    }

    @Test
    void anUnknownScopeIsRejected() throws IOException {
        consent("patient_id,scope,given_on", "MI-001,RESEARCH,2020-01-10");

        assertThat(problems())
                .containsExactly("line 2, column 'scope': found 'RESEARCH', expected one of"
                        + " CLINICAL_RESEARCH, GENOMICS, MIRNA, DATA_SHARING (upper case)");
    }

    @Test
    void aBadDateIsRejected() throws IOException {
        consent(
                "patient_id,scope,given_on,withdrawn_on",
                "MI-001,GENOMICS,10/01/2020,",
                "MI-002,GENOMICS,2020-01-10,2021-02-30");

        assertThat(problems())
                .containsExactly(
                        "line 2, column 'given_on': found '10/01/2020', expected an ISO date YYYY-MM-DD",
                        "line 3, column 'withdrawn_on': found '2021-02-30', expected an ISO date YYYY-MM-DD");
    }

    @Test
    void aMissingGivenOnIsRejected() throws IOException {
        consent("patient_id,scope,given_on", "MI-001,GENOMICS,");

        assertThat(problems())
                .containsExactly("line 2, column 'given_on': found '', expected a value (the column is required)");
    }

    @Test
    void aWithdrawalBeforeTheConsentIsRejected() throws IOException {
        consent("patient_id,scope,given_on,withdrawn_on", "MI-001,GENOMICS,2020-01-10,2020-01-09");

        assertThat(problems())
                .containsExactly("line 2, column 'withdrawn_on': found '2020-01-09', expected a date on or after"
                        + " given_on (2020-01-10)");
    }

    @Test
    void aWithdrawalWithoutItsDateIsRejected() throws IOException {
        consent("patient_id,scope,given_on,withdrawn_on,withdrawal", "MI-001,MIRNA,2020-01-10,,STOP_NEW_DATA");

        assertThat(problems())
                .containsExactly("line 2, column 'withdrawal': found 'STOP_NEW_DATA', expected no withdrawal without"
                        + " a withdrawn_on date");
    }

    @Test
    void anUnknownWithdrawalIsRejected() throws IOException {
        consent("patient_id,scope,given_on,withdrawn_on,withdrawal", "MI-001,MIRNA,2020-01-10,2021-01-01,STOP");

        assertThat(problems())
                .containsExactly("line 2, column 'withdrawal': found 'STOP', expected one of STOP_ALL_USE,"
                        + " STOP_NEW_DATA (upper case)");
    }

    @Test
    void aSecondRowForThePatientAndScopeIsRejected() throws IOException {
        consent(
                "patient_id,scope,given_on",
                "MI-001,MIRNA,2020-01-10",
                "MI-002,MIRNA,2020-01-10",
                "MI-001,MIRNA,2021-01-10");

        assertThat(problems())
                .containsExactly("line 4: duplicate key patient_id MI-001, scope MIRNA, already on line 2");
    }

    @Test
    void anUnknownPatientIsRejected() throws IOException {
        consent("patient_id,scope,given_on", "MI-999,MIRNA,2020-01-10");

        assertThat(problems())
                .containsExactly("line 2, column 'patient_id': found 'MI-999', expected a patient_id listed in"
                        + " clinical/patients.csv");
    }

    private java.util.List<String> problems() throws IOException {
        ClinicalValidationException e = assertThatExceptionOfType(ClinicalValidationException.class)
                .isThrownBy(() -> ClinicalBundleReader.read(example()))
                .actual();
        assertThat(e.rejectedFiles()).extracting(BundleFileException::file).containsExactly("clinical/consent.csv");
        return e.problems("clinical/consent.csv");
    }

    private void consent(String... lines) throws IOException {
        Files.writeString(clinical.resolve("consent.csv"), String.join("\n", lines) + "\n");
    }

    /** The example's clinical files beside whatever consent.csv the test wrote. */
    private Path example() throws IOException {
        Path source = Fixtures.folder("../study-example/clinical");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Path copy = clinical.resolve(file.getFileName().toString());
                if (!Files.exists(copy)) {
                    Files.copy(file, copy);
                }
            }
        }
        return clinical;
    }
}
