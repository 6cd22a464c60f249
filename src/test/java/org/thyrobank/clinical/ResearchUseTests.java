package org.thyrobank.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;

/** What research may use of the example's clinical folder once consent.csv says who consented to what. */
class ResearchUseTests {

    private static final LocalDate WITHDRAWN = LocalDate.parse("2022-10-05");

    @TempDir
    Path clinical;

    @Test
    void withoutConsentEverythingIsUsedAsBefore() throws Exception {
        ClinicalBundle bundle = ClinicalBundleReader.read(example(null));

        assertThat(ResearchUse.of(bundle)).isSameAs(bundle);
    }

    @Test
    void aPatientWithoutResearchConsentLeavesEveryFileAndTheDerivations() throws Exception {
        ClinicalBundle usable = ResearchUse.of(ClinicalBundleReader.read(example(everyoneBut("MI-002", "MI-003"))));
        DerivedClinical derived = ClinicalDerivations.derive(usable);

        for (List<?> rows : List.of(
                usable.patients(),
                usable.specimens(),
                usable.lesions(),
                usable.therapies(),
                usable.assessments(),
                usable.labs(),
                usable.followUps(),
                usable.adverseEvents())) {
            assertThat(rows).isNotEmpty().noneMatch(row -> row.toString().contains("MI-002"));
        }
        assertThat(derived.patients()).extracting(PatientOutcome::patientId).doesNotContain("MI-002", "MI-003");
        assertThat(derived.patients()).extracting(PatientOutcome::patientId).contains("MI-001", "MI-004");
        assertThat(ConsentExclusions.of(ClinicalBundleReader.read(clinical)).withdrawnFromResearch())
                .containsExactly("MI-002", "MI-003");
    }

    @Test
    void stopNewDataKeepsWhatCameBeforeTheWithdrawalAndEndsFollowUpThere() throws Exception {
        List<String> consent = everyoneBut("MI-001");
        consent.add("MI-001,CLINICAL_RESEARCH,2020-01-01," + WITHDRAWN + ",STOP_NEW_DATA");
        ClinicalBundle all = ClinicalBundleReader.read(example(consent));
        ClinicalBundle usable = ResearchUse.of(all);

        assertThat(usable.assessments().stream().filter(a -> a.patientId().equals("MI-001")))
                .isNotEmpty()
                .allMatch(a -> !a.assessedOn().isAfter(WITHDRAWN));
        assertThat(all.assessments().stream().filter(a -> a.patientId().equals("MI-001")))
                .anyMatch(a -> a.assessedOn().isAfter(WITHDRAWN));
        assertThat(usable.labs().stream().filter(l -> l.patientId().equals("MI-001")))
                .isNotEmpty()
                .allMatch(l -> !l.drawnOn().isAfter(WITHDRAWN));
        assertThat(usable.specimens().stream().filter(s -> s.patientId().equals("MI-001")))
                .extracting(Specimen::specimenId)
                .containsExactly("T-MI-001", "P-MI-001-PRE");
        assertThat(usable.followUps().stream().filter(f -> f.patientId().equals("MI-001")))
                .containsExactly(new FollowUp("MI-001", WITHDRAWN, null, null));

        PatientOutcome withdrawn =
                ClinicalDerivations.derive(usable).patient("MI-001").orElseThrow();
        PatientOutcome before =
                ClinicalDerivations.derive(all).patient("MI-001").orElseThrow();
        assertThat(before.evaluable()).isTrue();
        assertThat(withdrawn.evaluable())
                .as("the 6-month visit came after the withdrawal")
                .isFalse();
        assertThat(withdrawn.treated()).as("the therapy came before it").isTrue();
        assertThat(withdrawn.pfsEvent()).isFalse();
    }

    /** Every scope for every patient of the example but those named. */
    private static List<String> everyoneBut(String... left) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(source().resolve("patients.csv"))) {
            lines.skip(1)
                    .map(l -> l.split(",")[0])
                    .filter(id -> !List.of(left).contains(id))
                    .forEach(id -> {
                        for (Consent.Scope scope : Consent.Scope.values()) {
                            rows.add(id + "," + scope + ",2020-01-01,,");
                        }
                    });
        }
        return rows;
    }

    private Path example(List<String> consentRows) throws Exception {
        try (Stream<Path> files = Files.list(source())) {
            for (Path file : files.toList()) {
                Files.copy(file, clinical.resolve(file.getFileName().toString()));
            }
        }
        if (consentRows != null) {
            List<String> lines = new ArrayList<>(List.of("patient_id,scope,given_on,withdrawn_on,withdrawal"));
            lines.addAll(consentRows);
            Files.write(clinical.resolve("consent.csv"), lines);
        }
        return clinical;
    }

    private static Path source() throws URISyntaxException, IOException {
        return Path.of(ResearchUseTests.class
                .getResource("/org/thyrobank/clinical/study-example/clinical")
                .toURI());
    }
}
