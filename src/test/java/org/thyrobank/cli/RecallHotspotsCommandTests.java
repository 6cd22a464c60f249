package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.ReferenceFiles;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.database.TestDatabases.FreshDatabase;

/**
 * {@code recall-hotspots} on the imported study example: unchanged reference tables change nothing; a raised
 * min-alt-reads turns MUTANT calls into BELOW_THRESHOLD no-calls, listed by a dry run that stores nothing and stored (and
 * audited) without it; a second re-call changes nothing; the old thresholds give back the original calls; a
 * hotspot dropped from the catalogue loses its calls; a VCF whose bytes were not kept is named and left alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecallHotspotsCommandTests {

    @TempDir
    static Path work;

    private static FreshDatabase db;
    private static List<String> importedCalls;

    @BeforeAll
    static void importTheExample() throws Exception {
        db = TestDatabases.embeddedServer().freshDatabase();
        Path study = StudyExample.writeTo(work.resolve("study"));
        CliRun imported = CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        importedCalls = calls();
        assertThat(importedCalls).anyMatch(call -> call.contains("\tMUTANT\t"));
    }

    @AfterAll
    static void dropTheDatabase() {
        db.close();
    }

    @Test
    @Order(1)
    void unchangedReferenceTablesChangeNothing() throws Exception {
        CliRun run = recall();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 calls changed, 0 refreshed").contains("stored");
        assertThat(calls()).isEqualTo(importedCalls);
    }

    @Test
    @Order(2)
    void aDryRunListsTheChangesOfRaisedMinAltReadsAndStoresNothing() throws Exception {
        Path reference = thresholds("raised", 20, 100000, 0.05);
        CliRun run = withReference(reference, () -> recall("--dry-run"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("thresholds: min-depth 20, min-alt-reads 100000")
                .contains("run\tspecimen\tsample\thotspot\told -> new\twhy")
                .containsPattern("MUTANT -> NO_CALL \\(BELOW_THRESHOLD\\)\tmin-alt-reads 3 -> 100000; depth [0-9]+")
                .contains("dry run, nothing stored");
        assertThat(calls()).isEqualTo(importedCalls);
    }

    @Test
    @Order(3)
    void aRecallStoresTheNewCallsAuditsItAndIsIdempotent() throws Exception {
        Path reference = thresholds("raised", 20, 100000, 0.05);
        long mutantBefore =
                importedCalls.stream().filter(c -> c.contains("\tMUTANT\t")).count();
        CliRun run = withReference(reference, RecallHotspotsCommandTests::recall);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("[1-9][0-9]* calls changed").contains("; stored");
        List<String> after = calls();
        assertThat(after).noneMatch(call -> call.contains("\tMUTANT\t"));
        assertThat(after).allMatch(call -> call.contains("\t100000\t"));
        assertThat(after.stream().filter(c -> c.contains("BELOW_THRESHOLD")).count())
                .isGreaterThanOrEqualTo(mutantBefore);
        assertThat(query("SELECT CONCAT(actor, ': ', detail) FROM audit_event WHERE action = 'HOTSPOTS_RECALLED'"
                        + " ORDER BY id DESC LIMIT 1"))
                .singleElement()
                .asString()
                .startsWith("cli:")
                .contains("with min-depth 20, min-alt-reads 100000, min-vaf 0.05: ")
                .containsPattern(": [1-9][0-9]* calls changed");

        CliRun again = withReference(reference, RecallHotspotsCommandTests::recall);
        assertThat(again.out()).contains("0 calls changed, 0 refreshed");
        assertThat(calls()).isEqualTo(after);
    }

    @Test
    @Order(4)
    void theOriginalThresholdsGiveBackTheImportedCalls() throws Exception {
        CliRun run = recall();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("NO_CALL (BELOW_THRESHOLD) -> MUTANT\tmin-alt-reads 100000 -> 3");
        assertThat(calls()).isEqualTo(importedCalls);
    }

    @Test
    @Order(5)
    void aHotspotDroppedFromTheCatalogueLosesItsCalls() throws Exception {
        Path reference = Files.createDirectories(work.resolve("catalogue"));
        List<String> rows = new ArrayList<>();
        try (var in = ReferenceFiles.open("hotspots.tsv")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("TERT_C250T\t"))
                    .forEach(rows::add);
        }
        Files.write(reference.resolve("hotspots.tsv"), rows);
        assertThat(importedCalls).anyMatch(call -> call.contains("\tTERT_C250T\t"));
        CliRun run = withReference(reference, RecallHotspotsCommandTests::recall);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("TERT_C250T\t[A-Z_ ()]+ -> -\tno longer in the catalogue");
        assertThat(calls()).noneMatch(call -> call.contains("\tTERT_C250T\t"));

        CliRun back = recall();
        assertThat(back.out()).containsPattern("TERT_C250T\t- -> [A-Z_]+");
        assertThat(calls()).containsExactlyInAnyOrderElementsOf(importedCalls);
    }

    @Test
    @Order(6)
    void aVcfWhoseBytesWereNotKeptIsNamedAndKeepsItsCalls() throws Exception {
        String vcf = query("SELECT source_file FROM sequencing_file ORDER BY source_file LIMIT 1")
                .get(0);
        try (Connection c = TestDatabases.connect(db.url());
                Statement s = c.createStatement()) {
            // as a file imported before V15 kept imported bytes
            s.execute("DELETE FROM imported_content WHERE sha256 ="
                    + " (SELECT sha256 FROM imported_file WHERE relative_path = '" + vcf + "')");
        }
        List<String> before = calls();
        CliRun run = withReference(thresholds("raised-again", 20, 99999, 0.05), RecallHotspotsCommandTests::recall);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("not re-called: " + vcf + ": its bytes were not kept")
                .contains("1 files not re-called");
        assertThat(calls().stream().filter(call -> call.startsWith(vcf + "\t")))
                .isEqualTo(before.stream()
                        .filter(call -> call.startsWith(vcf + "\t"))
                        .toList());
    }

    private static CliRun recall(String... options) {
        List<String> args =
                new ArrayList<>(List.of("recall-hotspots", "--db-url", db.url(), "--db-password", db.password()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static CliRun recall() {
        return recall(new String[0]);
    }

    private static Path thresholds(String name, int minDepth, int minAltReads, double minVaf) throws Exception {
        Path reference = Files.createDirectories(work.resolve(name));
        Files.writeString(
                reference.resolve("hotspot-thresholds.properties"),
                "min-depth=" + minDepth + "\nmin-alt-reads=" + minAltReads + "\nmin-vaf=" + minVaf + "\n");
        return reference;
    }

    private static CliRun withReference(Path reference, java.util.function.Supplier<CliRun> run) {
        String before = System.getProperty(ReferenceFiles.OVERRIDE_PROPERTY);
        System.setProperty(ReferenceFiles.OVERRIDE_PROPERTY, reference.toString());
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(ReferenceFiles.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(ReferenceFiles.OVERRIDE_PROPERTY, before);
            }
        }
    }

    /** Every stored call as one tab-separated line, in a stable order. */
    private static List<String> calls() throws Exception {
        return query("SELECT CONCAT_WS('\t', source_file, sample, hotspot, status, COALESCE(reason, '-'),"
                + " COALESCE(depth, '-'), COALESCE(alt_reads, '-'), COALESCE(vaf, '-'), min_depth, min_alt_reads,"
                + " min_vaf) FROM hotspot_call ORDER BY source_file, sample, hotspot");
    }

    private static List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabases.connect(db.url());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
