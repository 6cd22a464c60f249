package org.thyrobank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.rendering.HostileStudy;

/** The tidy export neutralises cells a spreadsheet would run and keeps a multi-line cell one quoted cell. */
class TidyCsvInjectionTests {

    @TempDir
    static Path work;

    private static TestApplication app;
    private static Path out;

    @BeforeAll
    static void exportAStudyWithHostileIds() throws Exception {
        app = TestApplication.start(TestDatabases.embeddedServer());
        HostileStudy.write(work.resolve("study"), 7);
        app.bean(StudyImport.class).importStudy(work.resolve("study"));
        out = work.resolve("csv");
        app.bean(TidyCsvExport.class).write(out, "tester");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void patientAndLesionIdsAreNeutralisedAndQuoted() throws Exception {
        for (String table : List.of("patients.csv", "lesions.csv")) {
            String text = Files.readString(out.resolve(table), StandardCharsets.UTF_8);
            assertThat(text)
                    .as(table)
                    .contains("\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
                    .contains("\n\"'-2+3\nsecond line\nthird line\",")
                    .doesNotContain("\n=", "\n-2+3");
            List<CSVRecord> records = records(table);
            assertThat(records.stream().skip(1).map(r -> r.get(0)))
                    .as(table)
                    .contains("'" + HostileStudy.FORMULA, "'" + HostileStudy.MULTI_LINE);
            assertThat(records)
                    .allSatisfy(
                            r -> assertThat(r.size()).isEqualTo(records.get(0).size()));
        }
    }

    @Test
    void negativeNumbersStayNumbers() throws Exception {
        List<CSVRecord> dcq = records("mirna_dcq.csv");
        int column = dcq.get(0).toList().indexOf("dcq");
        assertThat(dcq.stream().skip(1).map(r -> r.get(column)))
                .anyMatch(cell -> cell.startsWith("-"))
                .allMatch(cell -> cell.isEmpty() || cell.matches("-?[0-9.]+(E-?[0-9]+)?"));
    }

    private static List<CSVRecord> records(String table) throws Exception {
        try (Reader in = Files.newBufferedReader(out.resolve(table), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(in).getRecords();
        }
    }
}
