package org.thyrobank.clinical.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.clinical.ClinicalBundle;

/**
 * Dates that disagree across files are warnings, never rejections (docs/analyses.md, Response). Each warning has a
 * worked case and, beside it, the same data a day earlier (a day later for a POST specimen) that gives none.
 * Patient MI-001 is treated on 2022-01-10 with a baseline visit on 2022-01-03.
 */
class DateDisagreementTests {

    private static final String PATIENTS = "patient_id,centre\nMI-001,MILAN\n";
    private static final String THERAPIES = "patient_id,treated_on,administered_gbq\nMI-001,2022-01-10,7.4\n";
    private static final String FOLLOW_UP = "patient_id,last_contact_on,progressed_on,died_on\n";
    private static final String ASSESSMENTS =
            "patient_id,assessed_on,lesion_id,diameter_mm\n" + "MI-001,2022-01-03,MI-001-L1,20\n";

    @TempDir
    Path temp;

    private int folders;

    @Test
    void aVisitAfterTheRecordedProgressionIsAWarningOnAssessments() {
        String followUp = FOLLOW_UP + "MI-001,2022-12-01,2022-06-01,\n";

        assertThat(warnings("follow_up.csv", followUp, "assessments.csv", visits("2022-06-02")))
                .containsExactly(
                        "clinical/assessments.csv: patient MI-001 has a visit on 2022-06-02, after progressed_on 2022-06-01"
                                + " in clinical/follow_up.csv: response counts clinical/assessments.csv until its first PD;"
                                + " PFS uses progressed_on");
        assertThat(warnings("follow_up.csv", followUp, "assessments.csv", visits("2022-06-01")))
                .isEmpty();
    }

    @Test
    void aVisitAfterDeathIsAWarningOnAssessments() {
        String followUp = FOLLOW_UP + "MI-001,2023-03-01,,2022-12-01\n";

        assertThat(warnings("follow_up.csv", followUp, "assessments.csv", visits("2022-12-02")))
                .containsExactly(
                        "clinical/assessments.csv: patient MI-001 has a visit on 2022-12-02, after died_on 2022-12-01 in"
                                + " clinical/follow_up.csv: response counts the visits as recorded; OS ends at died_on");
        assertThat(warnings("follow_up.csv", followUp, "assessments.csv", visits("2022-12-01")))
                .isEmpty();
    }

    @Test
    void aLabValueDrawnAfterDeathIsAWarningOnLabs() {
        String followUp = FOLLOW_UP + "MI-001,2023-03-01,,2022-12-01\n";
        String labs = "patient_id,drawn_on,test,value,unit\nMI-001,2022-02-01,PLATELETS,90,10^9/L\n"
                + "MI-001,%1$s,PLATELETS,80,10^9/L\nMI-001,%1$s,HEMOGLOBIN,90,g/L\n";

        assertThat(warnings("follow_up.csv", followUp, "labs.csv", labs.formatted("2022-12-02")))
                .containsExactly(
                        "clinical/labs.csv: patient MI-001 has 2 values drawn on 2022-12-02, after died_on 2022-12-01 in"
                                + " clinical/follow_up.csv: the lab nadirs after therapy count them as recorded");
        assertThat(warnings("follow_up.csv", followUp, "labs.csv", labs.formatted("2022-12-01")))
                .isEmpty();
    }

    @Test
    void anAdverseEventWithOnsetAfterDeathIsAWarningOnAdverseEvents() {
        String followUp = FOLLOW_UP + "MI-001,2023-03-01,,2022-12-01\n";
        String events = "patient_id,term,grade,onset_on\nMI-001,Dry mouth,1,%s\nMI-001,Nausea,1,\n";

        assertThat(warnings("follow_up.csv", followUp, "adverse_events.csv", events.formatted("2022-12-02")))
                .containsExactly("clinical/adverse_events.csv: patient MI-001 has an adverse event with onset on"
                        + " 2022-12-02, after died_on 2022-12-01 in clinical/follow_up.csv: they are counted as"
                        + " recorded");
        assertThat(warnings("follow_up.csv", followUp, "adverse_events.csv", events.formatted("2022-12-01")))
                .isEmpty();
    }

    @Test
    void aVisitAfterTheLastContactIsAWarningOnAssessments() {
        String followUp = FOLLOW_UP + "MI-001,2022-09-01,,\n";

        assertThat(warnings("follow_up.csv", followUp, "assessments.csv", visits("2022-09-02")))
                .containsExactly(
                        "clinical/assessments.csv: patient MI-001 has a visit on 2022-09-02, after last_contact_on"
                                + " 2022-09-01 in clinical/follow_up.csv: the last contact is older than a recorded visit,"
                                + " so PFS and OS are censored too early");
        assertThat(warnings("follow_up.csv", followUp, "assessments.csv", visits("2022-09-01")))
                .isEmpty();
    }

    @Test
    void aVisitAfterTheLastContactSaysWhatItDoesToTheSurvivalTimesTheFollowUpRecords() {
        String progressed = FOLLOW_UP + "MI-001,2022-09-01,2022-06-01,\n";
        String died = FOLLOW_UP + "MI-001,2022-09-01,,2022-09-01\n";

        assertThat(warnings("follow_up.csv", progressed, "assessments.csv", visits("2022-09-02")))
                .filteredOn(w -> w.contains("after last_contact_on"))
                .singleElement()
                .asString()
                .endsWith("the last contact is older than a recorded visit, so OS is censored too early"
                        + " (PFS ends at progressed_on)");
        assertThat(warnings("follow_up.csv", died, "assessments.csv", visits("2022-09-02")))
                .filteredOn(w -> w.contains("after last_contact_on"))
                .singleElement()
                .asString()
                .endsWith("the last contact is older than a recorded visit (PFS and OS end at the recorded death"
                        + " or progression, not at the last contact)");
    }

    @Test
    void aProgressionOrDeathAfterTheLastContactIsAWarningOnFollowUp() {
        assertThat(warnings("follow_up.csv", FOLLOW_UP + "MI-001,2022-09-01,2022-09-02,2022-09-02\n"))
                .containsExactly(
                        "clinical/follow_up.csv: line 2, patient MI-001: progressed_on 2022-09-02 is after"
                                + " last_contact_on 2022-09-01: the last contact is older than the recorded"
                                + " progression; PFS uses progressed_on",
                        "clinical/follow_up.csv: line 2, patient MI-001: died_on 2022-09-02 is after last_contact_on"
                                + " 2022-09-01: the last contact is older than the recorded death; OS uses died_on");
        assertThat(warnings("follow_up.csv", FOLLOW_UP + "MI-001,2022-09-01,2022-09-01,2022-09-01\n"))
                .isEmpty();
    }

    @Test
    void aProgressionAfterDeathIsAWarningOnFollowUp() {
        assertThat(warnings("follow_up.csv", FOLLOW_UP + "MI-001,2022-10-01,2022-09-02,2022-09-01\n"))
                .containsExactly("clinical/follow_up.csv: line 2, patient MI-001: progressed_on 2022-09-02 is after"
                        + " died_on 2022-09-01: PFS ends at died_on, the earlier of the two");
        assertThat(warnings("follow_up.csv", FOLLOW_UP + "MI-001,2022-10-01,2022-09-01,2022-09-01\n"))
                .isEmpty();
    }

    @Test
    void aPreSpecimenCollectedAfterTheFirstTherapyIsAWarningOnSpecimens() {
        String specimens = "specimen_id,patient_id,kind,timepoint,collected_on\n"
                + "T-MI-001,MI-001,TUMOUR_TISSUE,,2022-03-01\nP-MI-001-PRE,MI-001,PLASMA,PRE,%s\n"
                + "S-MI-001-PRE,MI-001,SERUM,PRE,\n";

        assertThat(warnings("specimens.csv", specimens.formatted("2022-01-11")))
                .containsExactly(
                        "clinical/specimens.csv: patient MI-001 has PRE specimen P-MI-001-PRE (PLASMA) collected on"
                                + " 2022-01-11, after the first therapy on 2022-01-10 in clinical/therapies.csv: the miRNA"
                                + " PRE/POST comparison takes the timepoint as written");
        assertThat(warnings("specimens.csv", specimens.formatted("2022-01-10"))).isEmpty();
    }

    @Test
    void aPostSpecimenCollectedOnOrBeforeTheFirstTherapyIsAWarningOnSpecimens() {
        String specimens = "specimen_id,patient_id,kind,timepoint,collected_on\n"
                + "T-MI-001,MI-001,TUMOUR_TISSUE,,2021-12-01\nS-MI-001-POST,MI-001,SERUM,POST,%s\n";
        String secondTherapy = THERAPIES + "MI-001,2022-09-01,7.4\n";

        assertThat(warnings("therapies.csv", secondTherapy, "specimens.csv", specimens.formatted("2022-01-10")))
                .containsExactly("clinical/specimens.csv: patient MI-001 has POST specimen S-MI-001-POST (SERUM)"
                        + " collected on 2022-01-10, on or before the first therapy on 2022-01-10 in"
                        + " clinical/therapies.csv: the miRNA PRE/POST comparison takes the timepoint as written");
        // a POST sample is fine from the day after the first therapy: here the data one day *later* gives none
        assertThat(warnings("therapies.csv", secondTherapy, "specimens.csv", specimens.formatted("2022-01-11")))
                .isEmpty();
    }

    @Test
    void oneLinePerPatientAndKindListsTheDatesInOrderAndCountsThoseNotListed() {
        String followUp = FOLLOW_UP + "MI-001,2030-01-01,2022-06-01,\n";
        String[] late = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> "2023-%02d-15".formatted(13 - m))
                .toArray(String[]::new);
        String assessments = visits(late) + "MI-001,2023-01-15,MI-001-L2,12\n";

        assertThat(warnings("follow_up.csv", followUp, "assessments.csv", assessments))
                .containsExactly(
                        "clinical/assessments.csv: patient MI-001 has 12 visits on 2023-01-15, 2023-02-15, 2023-03-15,"
                                + " 2023-04-15, 2023-05-15, 2023-06-15, 2023-07-15, 2023-08-15, 2023-09-15, 2023-10-15 and"
                                + " 2 more dates, after progressed_on 2022-06-01 in clinical/follow_up.csv: response counts"
                                + " clinical/assessments.csv until its first PD; PFS uses progressed_on");
    }

    @Test
    void aCheckAgainstAFileTheBundleDoesNotHoldIsLeftOut() {
        Map<String, String> noFollowUp = files(
                "assessments.csv",
                visits("2030-01-01"),
                "labs.csv",
                "patient_id,drawn_on,test,value,unit\nMI-001,2030-01-01,PLATELETS,80,10^9/L\n");
        noFollowUp.put(
                "specimens.csv",
                "specimen_id,patient_id,kind,timepoint,collected_on\n" + "P-MI-001-PRE,MI-001,PLASMA,PRE,2030-01-01\n");
        noFollowUp.remove("therapies.csv");

        assertThat(read(noFollowUp).warnings()).isEmpty();
    }

    @Test
    void disagreeingDatesNeverRejectTheFolder() {
        ClinicalBundle bundle = read(files(
                "follow_up.csv",
                FOLLOW_UP + "MI-001,2022-09-01,2022-09-03,2022-09-02\n",
                "assessments.csv",
                visits("2022-09-04"),
                "specimens.csv",
                "specimen_id,patient_id,kind,timepoint,collected_on\nP-MI-001-PRE,MI-001,PLASMA,PRE,2022-02-01\n"));

        assertThat(bundle.followUps()).hasSize(1);
        assertThat(bundle.warnings()).hasSize(7);
    }

    /** Assessment rows of lesion MI-001-L1: the baseline, then one visit on each date. */
    private static String visits(String... dates) {
        return ASSESSMENTS
                + java.util.Arrays.stream(dates)
                        .map(d -> "MI-001," + d + ",MI-001-L1,15\n")
                        .collect(Collectors.joining());
    }

    /** patients.csv and therapies.csv, then the given files (name, content, ...), which may replace them. */
    private static Map<String, String> files(String... nameAndContent) {
        Map<String, String> files = new LinkedHashMap<>(Map.of("patients.csv", PATIENTS, "therapies.csv", THERAPIES));
        for (int i = 0; i < nameAndContent.length; i += 2) {
            files.put(nameAndContent[i], nameAndContent[i + 1]);
        }
        return files;
    }

    private List<String> warnings(String... nameAndContent) {
        return read(files(nameAndContent)).warnings();
    }

    private ClinicalBundle read(Map<String, String> files) {
        Path clinical = temp.resolve("study-" + ++folders).resolve("clinical");
        try {
            Files.createDirectories(clinical);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(clinical.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ClinicalBundleReader.read(clinical);
    }
}
