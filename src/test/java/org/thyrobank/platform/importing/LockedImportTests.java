package org.thyrobank.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome.Outcome;

/**
 * Each importer checks and imports a file only while it holds the file's lock (the clinical folder's one lock for
 * all its files): a file another import holds for longer than the wait is rejected, says why, and keeps what was
 * stored, while the files around it go on.
 */
class LockedImportTests {

    private static final String PLATE = "qpcr/PL01.csv";

    @TempDir
    Path temp;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aFileHeldByAnotherImportIsRejectedAfterTheWaitAndKeepsWhatWasStored(TestDatabases.Server server)
            throws Exception {
        Path study = ExampleStudyFolder.clinicalAndPlates(temp.resolve("study"));
        Path settings = Files.createDirectories(temp.resolve("settings"));
        Files.writeString(settings.resolve("import-lock.properties"), "wait-seconds=1\n");
        try (TestApplication app = TestApplication.start(
                server, WebApplicationType.NONE, Map.of("thyrobank.batch-jobs.dir", settings.toString()))) {
            StudyImport imports = app.bean(StudyImport.class);
            assertThat(imports.importStudy(study))
                    .extracting(FileOutcome::outcome)
                    .containsOnly(Outcome.IMPORTED);
            String storedPlate = sha256Of(app, PLATE);
            Path plate = study.resolve(PLATE);
            Files.writeString(plate, Files.readString(plate).replaceFirst("28\\.146", "28.147"));

            List<String> told = new ArrayList<>();
            List<FileOutcome> outcomes;
            ImportLocks otherImport = new ImportLocks(
                    new SimpleDriverDataSource(
                            new org.mariadb.jdbc.Driver(), app.jdbcUrl(), "root", app.databasePassword()),
                    Duration.ZERO);
            try (ImportLocks.Held clinical = otherImport.lock("clinical/", () -> {});
                    ImportLocks.Held plate01 = otherImport.lock(PLATE, () -> {})) {
                outcomes = imports.importStudy(study, "locked", "tester", (done, total, part, file) -> told.add(file));
            }

            Map<String, FileOutcome> byFile =
                    outcomes.stream().collect(Collectors.toMap(FileOutcome::relativePath, o -> o));
            assertThat(outcomes)
                    .filteredOn(o -> o.relativePath().startsWith("clinical/"))
                    .hasSize(12)
                    .allSatisfy(o -> assertThat(o.line())
                            .isEqualTo(o.relativePath() + ": rejected: another import held clinical/ for longer than"
                                    + " the 1 s an import waits (wait-seconds in batch-jobs/import-lock.properties);"
                                    + " nothing of it was changed: import it again when that import has ended"));
            assertThat(byFile.get(PLATE).line())
                    .isEqualTo(PLATE + ": rejected: another import held " + PLATE + " for longer than the 1 s an"
                            + " import waits (wait-seconds in batch-jobs/import-lock.properties); nothing of it was"
                            + " changed: import it again when that import has ended");
            assertThat(outcomes)
                    .filteredOn(o -> o.relativePath().startsWith("qpcr/")
                            && !o.relativePath().equals(PLATE))
                    .hasSize(12)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
            assertThat(told)
                    .contains(
                            "clinical/ (waiting for another import of it)",
                            PLATE + " (waiting for another import of it)");
            assertThat(sha256Of(app, PLATE)).isEqualTo(storedPlate);

            List<FileOutcome> released = imports.importStudy(study);
            assertThat(released)
                    .filteredOn(o -> o.relativePath().startsWith("clinical/"))
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
            assertThat(released)
                    .filteredOn(o -> o.relativePath().equals(PLATE))
                    .singleElement()
                    .extracting(FileOutcome::outcome)
                    .isEqualTo(Outcome.REPLACED);
        }
    }

    /** As two uploads to one service: two threads of one application import the same folder at once. */
    @ParameterizedTest
    @MethodSource("servers")
    void twoImportsOfTheSameFolderInOneServiceEndWithTheRowsOfOne(TestDatabases.Server server) throws Exception {
        Path study = ExampleStudyFolder.clinicalAndPlates(temp.resolve("study"));
        try (TestApplication app = TestApplication.start(server)) {
            StudyImport imports = app.bean(StudyImport.class);
            CompletableFuture<List<FileOutcome>> first =
                    CompletableFuture.supplyAsync(() -> imports.importStudy(study));
            CompletableFuture<List<FileOutcome>> second =
                    CompletableFuture.supplyAsync(() -> imports.importStudy(study));
            List<FileOutcome> one = first.get(5, TimeUnit.MINUTES);
            List<FileOutcome> other = second.get(5, TimeUnit.MINUTES);

            assertThat(one).hasSize(25);
            for (int i = 0; i < one.size(); i++) {
                assertThat(List.of(one.get(i).outcome(), other.get(i).outcome()))
                        .as(one.get(i).relativePath())
                        .containsExactlyInAnyOrder(Outcome.IMPORTED, Outcome.UNCHANGED);
            }
            assertThat(count(app, "SELECT COUNT(*) FROM patient")).isEqualTo(60);
            assertThat(count(app, "SELECT COUNT(*) FROM qpcr_value")).isEqualTo(264 * 12 + 231);
            assertThat(count(app, "SELECT COUNT(*) FROM imported_file")).isEqualTo(25);
        }
    }

    private static long count(TestApplication app, String sql) throws SQLException {
        try (Connection c = TestDatabases.connect(app.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String sha256Of(TestApplication app, String relativePath) throws SQLException {
        try (Connection c = TestDatabases.connect(app.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery(
                        "SELECT sha256 FROM imported_file WHERE relative_path = '" + relativePath + "'")) {
            assertThat(row.next()).as("%s recorded", relativePath).isTrue();
            return row.getString(1);
        }
    }
}
