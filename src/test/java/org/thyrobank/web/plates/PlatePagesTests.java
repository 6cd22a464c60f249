package org.thyrobank.web.plates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.DeltaCq;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.QcFlag;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.web.ServedCohort;
import org.thyrobank.web.TestHttp;

/**
 * The synthetic cohort and two more QuantStudio plates of three of its specimens that no QC flag named: QS-NTC,
 * whose NTC of the specimens' miRNA amplified at Cq 30.25, and QS-CLEAN, whose NTC is Undetermined and whose
 * replicates lie 1.2 cycles apart (SD 0.849).
 */
class PlatePagesTests {

    private static final String PASSWORD = ServedCohort.PASSWORD;
    private static final String DETAIL_START = "NTC well H11 of ";

    @TempDir
    static Path study;

    private static TestApplication app;
    private static List<String> specimens;
    private static String mirna;

    @BeforeAll
    static void serveTheCohortWithTwoNtcPlates() throws Exception {
        app = ServedCohort.start(study);
        QpcrQueries qpcr = app.bean(QpcrQueries.class);
        Set<String> flagged = qpcr.qcFlags().stream().map(QcFlag::specimenId).collect(Collectors.toSet());
        List<DeltaCq> unflagged = qpcr.normalise(new NormalisationMethod.GlobalMean(), false).deltaCq().stream()
                .filter(d -> !flagged.contains(d.specimenId()) && d.cq() != null)
                .toList();
        mirna = unflagged.get(0).mirna();
        specimens = unflagged.stream()
                .filter(d -> d.mirna().equals(mirna))
                .map(DeltaCq::specimenId)
                .distinct()
                .limit(3)
                .toList();
        assertThat(specimens).hasSize(3);
        Files.writeString(
                study.resolve("qpcr/QS-NTC.txt"),
                quantStudio(
                        "QS-NTC",
                        "A1\t" + specimens.get(0) + "\t" + mirna + "\tUNKNOWN\t27.10",
                        "A2\t" + specimens.get(0) + "\t" + mirna + "\tUNKNOWN\t27.20",
                        "B1\t" + specimens.get(1) + "\t" + mirna + "\tUNKNOWN\t28.00",
                        "H11\tNTC\t" + mirna + "\tNTC\t30.25",
                        "H12\tNTC\thsa-miR-16-5p\tNTC\tUndetermined"));
        Files.writeString(
                study.resolve("qpcr/QS-CLEAN.txt"),
                quantStudio(
                        "QS-CLEAN",
                        "A1\t" + specimens.get(2) + "\t" + mirna + "\tUNKNOWN\t26.90",
                        "A2\t" + specimens.get(2) + "\t" + mirna + "\tUNKNOWN\t28.10",
                        "H12\tNTC\t" + mirna + "\tNTC\tUndetermined"));
        assertThat(app.bean(StudyImport.class).importStudy(study))
                .filteredOn(o -> o.line().startsWith("qpcr/QS-"))
                .extracting(FileOutcome::line)
                .allMatch(line -> line.contains(": imported: "));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theAmplifiedNtcFlagsItsPlatesSpecimensOfItsMirnaInTheReportAndTheCleanOneNobody() {
        Report report =
                app.bean(ReportService.class).report(ReportOptions.defaults()).orElseThrow();

        assertThat(report.mirnaQc().flags())
                .filteredOn(flag -> flag.issue().equals("NTC_AMPLIFIED"))
                .containsExactly(
                        new Report.QcFlagRow(
                                "QS-NTC",
                                specimens.get(0),
                                "NTC_AMPLIFIED",
                                DETAIL_START + mirna + " amplified at Cq 30.250 <= 35.0"),
                        new Report.QcFlagRow(
                                "QS-NTC",
                                specimens.get(1),
                                "NTC_AMPLIFIED",
                                DETAIL_START + mirna + " amplified at Cq 30.250 <= 35.0"));
        assertThat(report.mirnaQc().flags())
                .filteredOn(flag -> flag.plate().equals("QS-CLEAN"))
                .extracting(Report.QcFlagRow::specimenId, Report.QcFlagRow::issue)
                .containsExactly(tuple(specimens.get(2), "REPLICATE_SD"));
        assertThat(report.mirnaQc().flaggedExcluded()).isFalse();
    }

    @Test
    void theNtcFlaggedSpecimensAreLeftOutOnlyWhenFlaggedSpecimensAreExcluded() {
        QpcrQueries qpcr = app.bean(QpcrQueries.class);
        NormalisationMethod method = new NormalisationMethod.GlobalMean();

        assertThat(specimensOf(qpcr.normalise(method, false).deltaCq())).containsAll(specimens);
        assertThat(specimensOf(qpcr.normalise(method, true).deltaCq()))
                .doesNotContain(specimens.get(0), specimens.get(1));
        assertThat(app.bean(ReportService.class)
                        .report(ReportOptions.defaults().withExcludeFlagged(true))
                        .orElseThrow()
                        .mirnaQc()
                        .flaggedExcluded())
                .isTrue();
    }

    @Test
    void thePlateListShowsEveryPlateWithItsCountsAndFlags() throws Exception {
        String page = signedIn("lab").get("/lab/plates").body();

        assertThat(page)
                .contains("qPCR plates", "href=\"/lab/plates/QS-NTC\"", "qpcr/QS-NTC.txt", "qpcr/QS-CLEAN.txt")
                .contains("href=\"/lab/plates\">Plates</a>");
        String row = page.substring(page.indexOf("href=\"/lab/plates/QS-NTC\""));
        row = row.substring(0, row.indexOf("</tr>"));
        // wells, specimens, NTC wells, QC flags
        assertThat(text(row)).contains("QS-NTC qpcr/QS-NTC.txt QuantStudio 5, results only 3 2 2 2 ");
    }

    @Test
    void thePlatePageShowsItsNtcWellsWithTheirCqAndItsFlags() throws Exception {
        HttpResponse<String> response = signedIn("boss").get("/lab/plates/QS-NTC");

        assertThat(response.statusCode()).isEqualTo(200);
        String text = text(response.body());
        assertThat(text)
                .contains("H11 " + mirna + " 30.250 QS-NTC AMPLIFIED")
                .contains("H12 hsa-miR-16-5p Undetermined QS-NTC CLEAN")
                .contains(specimens.get(0) + " " + DETAIL_START + mirna + " amplified at Cq 30.250 <= 35.0")
                .contains(specimens.get(1) + " " + DETAIL_START + mirna);
        assertThat(text(signedIn("lab").get("/lab/plates/QS-CLEAN").body()))
                .contains("H12 " + mirna + " Undetermined QS-CLEAN CLEAN", "NTC flags None.");
    }

    @Test
    void aReplicateSdFlagIsOnItsPlatesPage() throws Exception {
        assertThat(text(signedIn("lab").get("/lab/plates/QS-CLEAN").body()))
                .contains("Replicate SD flags")
                .contains(specimens.get(2) + " " + mirna + " replicate Cq SD 0.849 over 2 amplified wells > 0.5");
    }

    @Test
    void anUnknownPlateIsNotFound() throws Exception {
        assertThat(signedIn("lab").get("/lab/plates/NO-SUCH-PLATE").statusCode())
                .isEqualTo(404);
    }

    @Test
    void researchersMayNotSeeThePlatePages() throws Exception {
        TestHttp researcher = signedIn("researcher");

        assertThat(researcher.get("/lab/plates").statusCode()).isEqualTo(403);
        assertThat(researcher.get("/lab/plates/QS-NTC").statusCode()).isEqualTo(403);
        assertThat(researcher.get("/research/report").body()).doesNotContain("href=\"/lab/plates\"");
    }

    private static TestHttp signedIn(String user) throws Exception {
        TestHttp http = TestHttp.of(app);
        http.signIn(user, PASSWORD);
        return http;
    }

    /** A page's text as read: tags as spaces, runs of white space as one, the entities &lt; &gt; &amp; decoded. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Set<String> specimensOf(List<DeltaCq> deltaCq) {
        return deltaCq.stream().map(DeltaCq::specimenId).collect(Collectors.toSet());
    }

    /** A QuantStudio 5 results export of experiment {@code run} with these well lines (Well, Sample, Target, Task, CT). */
    private static String quantStudio(String run, String... wells) {
        return "* Experiment Name = " + run + "\n* Instrument Type = QuantStudio(TM) 5 System\n\n[Results]\n"
                + "Well\tSample Name\tTarget Name\tTask\tCT\n" + String.join("\n", wells) + "\n";
    }
}
