package org.thyrobank.platform.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportHtml;
import org.thyrobank.analysis.ReportJson;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.ReportTsv;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.status.StatusQueries;

class ProvenanceTests {

    @TempDir
    Path study;

    @Test
    void theReportNamesEveryInputAndReferenceFileWithTheHashSha256sumGives() throws Exception {
        SyntheticCohort.write(study, 11);
        try (TestApplication app = TestApplication.start(TestDatabases.embeddedServer())) {
            app.bean(StudyImport.class).importStudy(study, "run-1", "cli:tester", (done, total, part, file) -> {});
            Report report = app.bean(ReportService.class)
                    .report(ReportOptions.defaults().withNullRate(0.2), "alice")
                    .orElseThrow();
            Provenance p = report.provenance();

            Map<String, String> inBundle = sha256sum(study);
            // a run's covered-regions BED is kept with its VCFs' calls but not registered as a file of its own
            // (docs/provenance.md, what is not named yet)
            inBundle.keySet().removeIf(path -> path.endsWith(".bed"));
            assertThat(p.inputs()).extracting(Provenance.Input::path).containsExactlyElementsOf(inBundle.keySet());
            p.inputs().forEach(input -> {
                assertThat(input.sha256()).as(input.path()).isEqualTo(inBundle.get(input.path()));
                assertThat(input.outcome()).isEqualTo("IMPORTED");
            });
            Map<String, String> reference = sha256sum(Path.of("reference"));
            assertThat(p.referenceFiles())
                    .hasSize(reference.size())
                    .allSatisfy(file -> assertThat(file.sha256())
                            .as(file.path())
                            .isEqualTo(reference.get(file.path().substring("reference/".length()))));
            long files = inBundle.size();
            assertThat(p.dataVersion()).isEqualTo(files);
            assertThat(app.bean(StatusQueries.class).status().counts().dataVersion())
                    .isEqualTo(files);
            assertThat(p.generatedBy()).isEqualTo("alice");
            assertThat(p.generatedAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(p.options()).containsEntry("null_rate", 0.2).containsEntry("exclude_flagged", false);
            assertThat(p.options().get("thresholds"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsKey("acute-window-days");
            assertThat(p.software().commit()).matches("[0-9a-f]{40}|unknown");
            assertThat(p.software().version()).isNotEqualTo("unknown");

            assertThat(ReportJson.write(report))
                    .contains("\"data_version\" : " + files, "\"generated_by\" : \"alice\"");
            assertThat(ReportTsv.write(report))
                    .contains("provenance.data_version\t" + files + "\n", "provenance.generated_by\talice\n");
            String patients = p.inputs().stream()
                    .filter(i -> i.path().equals("clinical/patients.csv"))
                    .findFirst()
                    .orElseThrow()
                    .sha256();
            assertThat(ReportHtml.write(report))
                    .contains("<footer>", "data version " + files, "by alice", "clinical/patients.csv", patients);

            // a corrected file replaces its version: the data version grows, the input says REPLACED
            Path patientsCsv = study.resolve("clinical/patients.csv");
            Files.writeString(patientsCsv, Files.readString(patientsCsv).replace("\n", "\r\n"));
            app.bean(StudyImport.class).importStudy(study, "run-2", "cli:tester", (done, total, part, file) -> {});
            Provenance after = app.bean(ReportService.class)
                    .report(ReportOptions.defaults(), "alice")
                    .orElseThrow()
                    .provenance();
            assertThat(after.dataVersion()).isEqualTo(files + 1);
            assertThat(after.inputs())
                    .filteredOn(i -> i.path().equals("clinical/patients.csv"))
                    .singleElement()
                    .satisfies(i -> {
                        assertThat(i.sha256()).isEqualTo(sha256sum(study).get("clinical/patients.csv"));
                        assertThat(i.outcome()).isEqualTo("REPLACED");
                    });
        }
    }

    /** {@code sha256sum} of every file under {@code dir}, by its path relative to it. */
    static Map<String, String> sha256sum(Path dir) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, String> sums = new TreeMap<>();
        for (Path file : files) {
            Process sha256sum = new ProcessBuilder("sha256sum", file.toString()).start();
            String line = new String(sha256sum.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sha256sum.waitFor()).isZero();
            sums.put(dir.relativize(file).toString().replace('\\', '/'), line.substring(0, 64));
        }
        return sums;
    }
}
