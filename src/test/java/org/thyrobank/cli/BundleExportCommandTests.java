package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.database.TestDatabases.FreshDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code export --format bundle} on the study example: the bundle holds the files as they were imported, and
 * importing it into an empty database gives the same report and the same status counts.
 */
class BundleExportCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path work;

    private static FreshDatabase original;
    private static Path study;
    private static Path exported;
    private static CliRun export;

    @BeforeAll
    static void importTheExampleAndExportIt() throws Exception {
        original = TestDatabases.embeddedServer().freshDatabase();
        study = StudyExample.writeTo(work.resolve("study"));
        CliRun imported =
                CliRun.of("import", study.toString(), "--db-url", original.url(), "--db-password", original.password());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err()).doesNotContain("rejected");
        exported = work.resolve("exported");
        export = CliRun.of(
                "export",
                "--format",
                "bundle",
                exported.toString(),
                "--db-url",
                original.url(),
                "--db-password",
                original.password());
    }

    @AfterAll
    static void dropTheDatabase() {
        original.close();
    }

    @Test
    void theBundleHoldsTheImportedFilesByteForByte() throws Exception {
        assertThat(export.exitCode()).as(export.err()).isZero();
        Map<String, byte[]> before = StudyExample.files(study);
        Map<String, byte[]> after = new java.util.TreeMap<>(StudyExample.files(exported));
        // the export's own record beside the data: the report's provenance of the data exported
        JsonNode provenance = JSON.readTree(after.remove("provenance.json"));
        assertThat(provenance.get("options").get("format").asString()).isEqualTo("bundle");
        assertThat(provenance.get("inputs"))
                .isEqualTo(reportJson(original).get("provenance").get("inputs"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.keySet()).contains("sequencing/R01/panel.bed", "qpcr/PL01.csv", "clinical/iodine_pet.csv");
        for (String file : before.keySet()) {
            if (file.endsWith("/manifest.csv")) {
                continue; // written from the stored VCF rows: compared by what it imports as, below
            }
            assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
        }
        assertThat(export.out())
                .contains(exported.resolve("sequencing/R02/manifest.csv").toString());
    }

    @Test
    void importingTheBundleIntoAnEmptyDatabaseGivesTheSameReportAndStatus() throws Exception {
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (FreshDatabase copy = TestDatabases.embeddedServer().freshDatabase()) {
            CliRun imported =
                    CliRun.of("import", exported.toString(), "--db-url", copy.url(), "--db-password", copy.password());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out() + imported.err())
                    .doesNotContain("rejected", "not part of")
                    .contains(
                            "provenance.json: skipped: the provenance of the export that wrote this bundle, not data");

            JsonNode copied = reportJson(copy);
            JsonNode originalReport = reportJson(original);
            // A fresh import has its own import times and data version; the files behind the figures are the same.
            assertThat(inputFiles(copied)).isEqualTo(inputFiles(originalReport));
            assertThat(withoutProvenance(copied)).isEqualTo(withoutProvenance(originalReport));
            JsonNode counts = statusCounts(copy);
            assertThat(counts).isEqualTo(statusCounts(original));
            assertThat(counts.get("variants").asLong()).isPositive();
            assertThat(counts.get("qpcr_values").asLong()).isPositive();
        }
    }

    @Test
    void aFolderThatHoldsFilesIsRefused() throws Exception {
        Path occupied = Files.createDirectories(work.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of(
                "export",
                "--format",
                "bundle",
                occupied.toString(),
                "--db-url",
                original.url(),
                "--db-password",
                original.password());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains(occupied + " is not empty");
    }

    @Test
    void filesWhoseBytesWereNotKeptAreNamed() throws Exception {
        try (FreshDatabase older = TestDatabases.embeddedServer().freshDatabase()) {
            assertThat(CliRun.of("import", study.toString(), "--db-url", older.url(), "--db-password", older.password())
                            .exitCode())
                    .isZero();
            // as a database whose files were imported before V15 kept their bytes
            try (Connection c = TestDatabases.connect(older.url());
                    Statement s = c.createStatement()) {
                s.execute("DELETE FROM imported_content");
            }
            Path out = work.resolve("from-older");
            CliRun run = CliRun.of(
                    "export",
                    "--format",
                    "bundle",
                    out.toString(),
                    "--db-url",
                    older.url(),
                    "--db-password",
                    older.password());
            int everyFileButTheTwoManifests = StudyExample.files(study).size() - 2;
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err())
                    .contains("the bytes of " + everyFileButTheTwoManifests + " stored files were not kept")
                    .contains("import them again")
                    .contains("clinical/patients.csv");
        }
    }

    private static JsonNode reportJson(FreshDatabase db) {
        CliRun run = CliRun.of("report", "--format", "json", "--db-url", db.url(), "--db-password", db.password());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    /**
     * Each input's bundle path and SHA-256; a manifest by its path only, because the export writes it anew from the
     * stored VCF rows (its import is compared by what it gives, in the report and the counts).
     */
    private static List<String> inputFiles(JsonNode report) {
        List<String> files = new ArrayList<>();
        report.get("provenance").get("inputs").forEach(input -> {
            String path = input.get("path").asString();
            files.add(
                    path.endsWith("/manifest.csv")
                            ? path
                            : path + " " + input.get("sha256").asString());
        });
        return files;
    }

    private static JsonNode withoutProvenance(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        copy.remove("provenance");
        return copy;
    }

    private static JsonNode statusCounts(FreshDatabase db) {
        CliRun run = CliRun.of("status", "--format", "json", "--db-url", db.url(), "--db-password", db.password());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get("counts");
    }
}
