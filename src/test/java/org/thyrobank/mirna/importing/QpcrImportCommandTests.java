package org.thyrobank.mirna.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.cli.CliRun;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;

/** {@code import STUDY_DIR} end to end on qpcr/: what it prints and how it exits. */
class QpcrImportCommandTests {

    @TempDir
    Path dir;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void importPrintsOneLinePerPlateAndExitsOneOnlyWhileAPlateIsRejected(TestDatabases.Server server) {
        try (TestApplication app = QpcrImporterTests.start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .withExamplePlates()
                    .write(
                            "qpcr/PL15.csv",
                            "specimen_id,assay,cq,well\nP-MI-001-PRE,hsa-miR-16-5p,Undetermined,A1\n"
                                    + "P-MI-001-PRE,hsa-miR-93-5p,twenty,B1\n");

            CliRun first = CliRun.of(
                    "import", dir.toString(), "--db-url", app.jdbcUrl(), "--db-password", app.databasePassword());

            assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
            List<String> expected = new ArrayList<>();
            ExampleStudy.PLATES.forEach(plate -> expected.add("qpcr/" + plate + ".csv: imported: plate " + plate
                    + " (thyrobank long CSV): " + 33 * ExampleStudy.specimensOn(plate) + " wells, "
                    + ExampleStudy.specimensOn(plate) + " specimens, 33 assays"));
            expected.add("qpcr/PL15.csv: rejected: line 3, column 'cq': found 'twenty', "
                    + "expected a number or 'Undetermined'");
            assertThat(first.out().lines()).containsExactlyElementsOf(expected);

            study.delete("qpcr/PL15.csv");
            CliRun second = CliRun.of(
                    "import", dir.toString(), "--db-url", app.jdbcUrl(), "--db-password", app.databasePassword());

            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(second.out().lines())
                    .hasSize(13)
                    .allSatisfy(line -> assertThat(line)
                            .matches("qpcr/PL\\d\\d\\.csv: unchanged: same SHA-256 as when it was imported"));
            assertThat(app.bean(QpcrQueries.class).valueCount()).isEqualTo(12 * 264 + 231);
        }
    }
}
