package org.thyrobank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;

/**
 * The export of an imported synthetic cohort through cBioPortal's own validator ({@code importer.validateData} of
 * cbioportal-core, strict MAF checks {@code -m}), on both genome builds: no error, and one warning, that the study
 * has no DFS_MONTHS/DFS_STATUS (the trial measures PFS and OS). The validator is not part of this repository, so the
 * test is opt-in and skipped unless {@code -Dthyrobank.cbioportal.validator=DIR} names the {@code scripts} folder of
 * a cbioportal-core checkout. It runs {@code python3} (with PyYAML, requests and Jinja2) from that folder;
 * {@code -Dthyrobank.cbioportal.pythonpath=DIRS} is put in front of PYTHONPATH (e.g. a stub {@code dsnparse}
 * module: the validator imports it but only uses it for database connections);
 * {@code -Dthyrobank.cbioportal.portal-info=DIR} gives the validator a portal's genes and cancer types ({@code -p DIR};
 * without it {@code -n}, which skips those checks and warns that it does). The portal information must know every
 * catalogue gene (cbioportal-core's {@code tests/test_data/api_json_system_tests} lists 112 genes, TERT not among
 * them; its {@code api_json_unit_tests/genes.json} holds the whole gene table). The validator's whole output is
 * written to {@code target/cbioportal-validator/<build>.txt}.
 */
class CbioportalValidatorTests {

    static final String VALIDATOR = "thyrobank.cbioportal.validator";
    static final String PORTAL_INFO = "thyrobank.cbioportal.portal-info";
    static final String PYTHONPATH = "thyrobank.cbioportal.pythonpath";

    private static final String SKIPPED = "cBioPortal validator tests skipped: -D" + VALIDATOR
            + "=DIR is not set to the"
            + " scripts folder of a cbioportal-core checkout (git clone https://github.com/cBioPortal/cbioportal-core;"
            + " apt-get install python3-yaml python3-requests python3-jinja2); optional: -D" + PORTAL_INFO + "=DIR"
            + " (portal info for the validator's -p, else -n), -D" + PYTHONPATH + "=DIRS (prepended to PYTHONPATH)";
    private static final String DFS_WARNING = "Columns DFS_MONTHS and/or DFS_STATUS not found";
    /** What {@code -n} itself makes the validator warn about, once per run. */
    private static final String SKIPPING_PORTAL_CHECKS = "WARNING: -: Skipping validations relating to";

    @TempDir
    static Path work;

    private static TestApplication app;

    private static Path validator() {
        String dir = System.getProperty(VALIDATOR);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    @BeforeAll
    static void importACohort() throws Exception {
        if (validator() == null) {
            System.err.println(SKIPPED);
            return;
        }
        app = TestApplication.start(TestDatabases.embeddedServer());
        SyntheticCohort.write(work.resolve("study"), 1);
        app.bean(StudyImport.class).importStudy(work.resolve("study"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void needsTheValidator() {
        Assumptions.assumeTrue(validator() != null, SKIPPED);
        Assumptions.assumeTrue(
                Files.isRegularFile(validator().resolve("importer/validateData.py")),
                () -> "cBioPortal validator tests skipped: -D" + VALIDATOR + "=" + validator()
                        + " has no importer/validateData.py; it must be the scripts folder of a cbioportal-core checkout");
    }

    @ParameterizedTest
    @EnumSource(GenomeBuild.class)
    void theExportPassesCbioportalsValidatorWithOnlyTheDfsWarning(GenomeBuild build) throws Exception {
        Path study = work.resolve("cbioportal-" + build);
        app.bean(CbioportalExport.class).write(study, build, "tester");

        List<String> command =
                new ArrayList<>(List.of("python3", "-m", "importer.validateData", "-s", study.toString()));
        String portalInfo = System.getProperty(PORTAL_INFO);
        boolean withPortal = portalInfo != null && !portalInfo.isBlank();
        command.addAll(
                withPortal ? List.of("-p", Path.of(portalInfo).toAbsolutePath().toString()) : List.of("-n"));
        command.add("-m");
        Path log = work.resolve("validator-" + build + ".txt");
        ProcessBuilder process = new ProcessBuilder(command)
                .directory(validator().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        String pythonPath = System.getProperty(PYTHONPATH);
        if (pythonPath != null && !pythonPath.isBlank()) {
            String absolute = String.join(
                    File.pathSeparator,
                    Arrays.stream(pythonPath.split(File.pathSeparator))
                            .map(d -> Path.of(d).toAbsolutePath().toString())
                            .toList());
            String existing = process.environment().get("PYTHONPATH");
            process.environment()
                    .put(
                            "PYTHONPATH",
                            existing == null || existing.isBlank()
                                    ? absolute
                                    : absolute + File.pathSeparator + existing);
        }
        Process run = process.start();
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new AssertionError("the validator did not end within 5 minutes: " + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        keep(build, command, output);
        List<String> lines = output.lines().toList();

        // the validator's exit status: 0 succeeded, 1 failed, 2 not performed, 3 succeeded with warnings
        assertThat(run.exitValue()).as(output).isEqualTo(3);
        assertThat(lines)
                .as(output)
                .contains("Validation of data succeeded with warnings.")
                .noneSatisfy(l -> assertThat(l).startsWith("ERROR"))
                .noneSatisfy(l -> assertThat(l).startsWith("CRITICAL"))
                // the TERT promoter rows are loaded, not filtered out
                .noneSatisfy(l -> assertThat(l).contains("variant classification filter"));
        List<String> warnings = lines.stream()
                .filter(l -> l.startsWith("WARNING"))
                .filter(l -> withPortal || !l.startsWith(SKIPPING_PORTAL_CHECKS))
                .toList();
        assertThat(warnings)
                .as(output)
                .singleElement()
                .asString()
                .startsWith("WARNING: data_clinical_patient.txt: ")
                .contains(DFS_WARNING);
        assertThat(lines)
                .as(output)
                .anySatisfy(
                        l -> assertThat(l)
                                .matches(
                                        "INFO: data_mutations\\.txt: Read \\d+ lines\\. Lines with warning: 0\\. Lines with error: 0"));
    }

    private static void keep(GenomeBuild build, List<String> command, String output) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "cbioportal-validator"));
        Files.writeString(dir.resolve(build + ".txt"), String.join(" ", command) + "\n\n" + output);
        System.out.println(
                "cBioPortal validator on the " + build + " export (" + String.join(" ", command) + "):\n" + output);
    }
}
