package org.thyrobank.clinical.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.clinical.ClinicalDerivations;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;

/**
 * A database whose derived rows were made under earlier rules: migration V14 removes them (the populations and the
 * lesion classes changed), and the clinical rows that stay are derived afresh when read, so the report, the pages and
 * the exports never serve stale populations nor an empty cohort before the next import.
 */
class DerivedClinicalUpgradeTests {

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void derivationsRemovedByAnUpgradeAreDerivedAfreshFromTheStoredRows(TestDatabases.Server server) {
        ClinicalFolders.copyExample(study);
        try (TestApplication app = TestApplication.start(server)) {
            app.bean(StudyImport.class).importStudy(study);
            JdbcTemplate jdbc = new JdbcTemplate(app.bean(DataSource.class));
            for (String table : List.of("patient_outcome", "lesion_dose", "visit_response", "lab_nadir")) {
                jdbc.update("DELETE FROM " + table);
            }
            ClinicalQueries queries = app.bean(ClinicalQueries.class);

            DerivedClinical expected = ClinicalDerivations.derive(ClinicalBundleReader.read(study.resolve("clinical")));
            ClinicalImportTests.assertSameData(queries.derived(), expected);
            ClinicalImportTests.assertSameData(queries.patientOutcomes(), expected.patients());
            assertThat(queries.patientOutcomes()).hasSize(60);
        }
    }
}
