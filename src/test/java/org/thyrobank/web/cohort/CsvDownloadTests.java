package org.thyrobank.web.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.rendering.HostileStudy;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;

/** A CSV download over HTTP neutralises cells a spreadsheet would run and keeps a multi-line cell one cell. */
class CsvDownloadTests {

    private static final String PASSWORD = "a long enough test password";

    @TempDir
    static Path study;

    private static TestApplication app;

    @BeforeAll
    static void serveAStudyWithHostileIds() throws Exception {
        app = TestApplication.start(
                TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0));
        app.bean(Users.class).add("researcher", Role.RESEARCHER, PASSWORD);
        HostileStudy.write(study, 7);
        app.bean(StudyImport.class).importStudy(study);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void cohortCsvNeutralisesFormulasAndQuotesMultiLineIds() throws Exception {
        TestHttp researcher = TestHttp.of(app);
        researcher.signIn("researcher", PASSWORD);
        HttpResponse<String> csv = researcher.get("/research/cohort.csv");
        assertThat(csv.statusCode()).isEqualTo(200);

        assertThat(csv.body())
                .contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
                .contains("\r\n\"'-2+3\nsecond line\nthird line\",")
                .doesNotContain("\r\n=", "\r\n-");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(csv.body())).getRecords();
        List<String> ids = records.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(ids).contains("'" + HostileStudy.FORMULA, "'" + HostileStudy.MULTI_LINE);
        // every row has the header's width: the multi-line id did not split its row
        assertThat(records)
                .allSatisfy(r -> assertThat(r.size()).isEqualTo(records.get(0).size()));
        // numbers are not neutralised: a negative number is still a number
        assertThat(records.stream().skip(1).flatMap(r -> r.stream())).noneMatch(cell -> cell.matches("'[-+]?[0-9.]+"));
    }
}
