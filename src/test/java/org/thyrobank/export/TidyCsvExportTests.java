package org.thyrobank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportJson;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code export --format csv}: one tidy table per kind of observation, a row per observation. */
class TidyCsvExportTests {

    @TempDir
    static Path work;

    private static TestApplication app;
    private static Path out;

    @BeforeAll
    static void exportAnImportedCohort() throws Exception {
        app = TestApplication.start(TestDatabases.embeddedServer());
        SyntheticCohort.write(work.resolve("study"), 7);
        app.bean(StudyImport.class).importStudy(work.resolve("study"));
        out = work.resolve("csv");
        assertThat(app.bean(TidyCsvExport.class).write(out, "tester"))
                .containsExactly(
                        "patients.csv", "lesions.csv", "hotspot_calls.csv", "mirna_dcq.csv", "provenance.json");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void patientsHaveOneRowEachWithOutcomesAndFactors() throws Exception {
        List<String> lines = lines("patients.csv");
        assertThat(lines.get(0)).isEqualTo(String.join(",", TidyCsvExport.PATIENTS));
        List<PatientOutcome> patients = app.bean(ClinicalQueries.class).patientOutcomes();
        assertThat(lines).hasSize(1 + patients.size());
        assertThat(lines.get(1)).startsWith(patients.get(0).patientId() + ",");
        int braf = TidyCsvExport.PATIENTS.indexOf("braf_v600e");
        int pfsEvent = TidyCsvExport.PATIENTS.indexOf("pfs_event");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
            String[] cells = l.split(",", -1);
            assertThat(cells).hasSize(TidyCsvExport.PATIENTS.size());
            assertThat(cells[braf]).isIn("MUTANT", "WILD_TYPE", "NO_CALL");
            assertThat(cells[pfsEvent]).isIn("true", "false", "");
        });
    }

    @Test
    void lesionsCarryTheirPredictedDoses() throws Exception {
        List<String> lines = lines("lesions.csv");
        assertThat(lines.get(0))
                .isEqualTo(
                        "patient_id,lesion_id,site,lesion_gy_per_gbq,administered_gbq,dose_gy,threshold_gy,lesion_class,disappeared");
        assertThat(lines)
                .hasSize(1
                        + app.bean(ClinicalQueries.class)
                                .derived()
                                .lesionDoses()
                                .size())
                .hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(l.split(",", -1)[5]).matches("[0-9.]+"));
    }

    @Test
    void hotspotCallsHaveOneRowPerTumourSpecimenAndHotspot() throws Exception {
        List<String> lines = lines("hotspot_calls.csv");
        assertThat(lines.get(0)).isEqualTo(String.join(",", TidyCsvExport.HOTSPOT_CALLS));
        HotspotQueries hotspots = app.bean(HotspotQueries.class);
        long calls = app.bean(ClinicalQueries.class).specimens().values().stream()
                .filter(s -> s.kind() == Specimen.Kind.TUMOUR_TISSUE)
                .mapToLong(s -> hotspots.callsOfSpecimen(s.specimenId()).size())
                .sum();
        assertThat(lines).hasSize(1 + (int) calls).hasSizeGreaterThan(1);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",BRAF_V600E,BRAF,MUTANT,"));
    }

    @Test
    void mirnaDcqIsALongTableOfTheDefaultNormalisation() throws Exception {
        List<String> lines = lines("mirna_dcq.csv");
        assertThat(lines.get(0)).isEqualTo("specimen_id,patient_id,timepoint,mirna,cq,normaliser,dcq,normalisation");
        QpcrQueries qpcr = app.bean(QpcrQueries.class);
        int expected = qpcr.normalise(NormalisationMethod.parse("global-mean", qpcr.panel()), false)
                .deltaCq()
                .size();
        assertThat(lines).hasSize(1 + expected).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
            List<String> cells = Arrays.asList(l.split(",", -1));
            assertThat(cells).hasSize(8);
            assertThat(cells.get(2)).isIn("PRE", "POST");
            assertThat(cells.get(7)).isEqualTo("global-mean");
        });
    }

    @Test
    void provenanceJsonIsTheReportsProvenanceBlockForTheExportedData() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("provenance.json")));
        Report report = app.bean(ReportService.class)
                .report(ReportOptions.defaults(), "tester")
                .orElseThrow();
        JsonNode reportJson =
                JsonMapper.builder().build().readTree(ReportJson.write(report)).path("provenance");
        assertThat(json.path("generated_by").asString()).isEqualTo("tester");
        assertThat(json.path("generated_at").asString()).isNotEmpty();
        for (String field : List.of("software", "reference_files", "inputs", "data_version")) {
            assertThat(json.path(field)).as(field).isEqualTo(reportJson.path(field));
        }
        assertThat(json.path("inputs").size())
                .isEqualTo(report.provenance().inputs().size())
                .isPositive();
        assertThat(json.path("options").path("format").asString()).isEqualTo("csv");
        assertThat(json.path("options").path("normalisation").asString()).isEqualTo("global-mean");
        assertThat(json.path("options").path("inputs_withheld").asInt()).isZero();
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(out.resolve(file));
    }
}
