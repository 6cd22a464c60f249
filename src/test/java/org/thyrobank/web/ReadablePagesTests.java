package org.thyrobank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.platform.database.TestApplication;

/**
 * The pages as a reader sees them, the demo's synthetic study imported: every page reachable from the home page shows
 * readable numbers and no Java {@code toString}; the researchers' home page is the study dashboard; the associations
 * open as a forest plot whose rows open their query; the report is served inside the site and as a download.
 */
class ReadablePagesTests {

    private static final String PASSWORD = ServedCohort.PASSWORD;
    private static final int MOST_PAGES = 400;

    /** What a page must never show, each with what it would be. */
    private static final Map<String, Pattern> UNREADABLE = Map.of(
            "a number with more than 4 decimals", Pattern.compile("(?<![\\w.])-?\\d+\\.\\d{5,}"),
            "a map's toString", Pattern.compile("\\{\\w+="),
            "a list's toString", Pattern.compile("\\[[^\\[\\]<>]*, [^\\[\\]<>]*]"),
            "an Optional", Pattern.compile("Optional(\\.empty|\\[)"),
            "a record's toString", Pattern.compile("\\b[A-Z]\\w*\\[\\w+="),
            "an object's identity", Pattern.compile("\\b[\\w.$]+@[0-9a-f]{5,}\\b"),
            "an undefined number", Pattern.compile("\\b(NaN|Infinity)\\b|\\bnull\\b(?! rate|-rate)"));

    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]*)\"");

    @TempDir
    static Path study;

    private static TestApplication app;
    private static Report report;

    /** A table of more rows than this is long: it must sort (class "sortable", static/js/tables.js). */
    private static final int LONG_TABLE_ROWS = 10;

    private static final Pattern TABLE = Pattern.compile("<table([^>]*)>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr[\\s>]");

    @BeforeAll
    static void serveAnImportedCohort() {
        app = ServedCohort.start(study);
        report = app.bean(ReportService.class).report(ReportOptions.defaults()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void noPageReachableFromHomeShowsAnUnreadableNumberOrAJavaToString() throws Exception {
        TestHttp admin = signedIn("boss");
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(
                List.of("/", "/research/survival?factor=BRAF_V600E", "/research/mirna?mirna=hsa-miR-21-5p"));
        List<String> problems = new ArrayList<>();
        while (!toVisit.isEmpty() && seen.size() < MOST_PAGES) {
            String page = toVisit.poll();
            if (!seen.add(page)) {
                continue;
            }
            HttpResponse<String> response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            String text = visibleText(response.body());
            UNREADABLE.forEach((what, pattern) -> {
                Matcher found = pattern.matcher(text);
                if (found.find()) {
                    problems.add(page + " shows " + what + ": '" + around(text, found) + "'");
                }
            });
            // the report and the molecular report are documents to print and file: their tables keep their order
            boolean document = page.startsWith("/research/report") || page.matches("/lab/specimens/[^/]+/report");
            Matcher table = TABLE.matcher(document ? "" : response.body());
            while (table.find()) {
                long rows = ROW.matcher(table.group(2)).results().count();
                if (rows > LONG_TABLE_ROWS && !table.group(1).contains("sortable")) {
                    problems.add(page + " has a table of " + rows + " rows that does not sort: <table" + table.group(1)
                            + ">");
                }
            }
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (isPage(link) && !seen.contains(link)) {
                    toVisit.add(link);
                }
            }
        }
        assertThat(problems).isEmpty();
        // the crawl reached every kind of page, the forest plot's queries included
        assertThat(seen)
                .contains(
                        "/research/populations",
                        "/research/cohort",
                        "/research/associations",
                        "/research/survival",
                        "/research/mirna",
                        "/research/dosimetry",
                        "/research/report",
                        "/status",
                        "/audit",
                        "/uploads",
                        "/lab/plates")
                .anyMatch(p -> p.startsWith("/research/associations?factor="));
    }

    @Test
    void theDetectorFindsWhatItLooksFor() {
        for (String bad : List.of(
                "MTA 8.368200836820084 GBq",
                "Left out {no_survival_time=0, no_call=2}",
                "levels [MUTANT, WILD_TYPE]",
                "Optional[0.3]",
                "CentreRate[centre=MILAN, n=3]",
                "org.thyrobank.Foo@1a2b3c4",
                "p NaN",
                "rate null")) {
            assertThat(UNREADABLE.values().stream().anyMatch(p -> p.matcher(bad).find()))
                    .as(bad)
                    .isTrue();
        }
        assertThat(UNREADABLE.values().stream()
                        .anyMatch(p -> p.matcher(
                                        "8.37 GBq, p < 0.001 against the null rate 0.2, 0.0786, 2 with no BRAF V600E call, 0.20 – 0.49")
                                .find()))
                .isFalse();
    }

    @Test
    void researchersLandOnTheStudyDashboard() throws Exception {
        String home = signedIn("researcher").get("/").body();
        Report.PrimaryEndpoint primary = report.primaryEndpoint();
        Numbers num = new Numbers();
        assertThat(home)
                .contains(
                        "Primary endpoint",
                        primary.responders() + " / " + primary.evaluable(),
                        num.rate(primary.rate()),
                        num.rateInterval(primary.ci95()),
                        num.p(primary.pValue()).replace("<", "&lt;"),
                        "Population flow",
                        "<svg",
                        "Last imports",
                        "/research/associations",
                        "/research/report");
        assertThat(home).contains(">" + runs() + "</td>", ">" + plates() + "</td>");
        assertThat(home.indexOf("Sequencing runs")).isLessThan(home.indexOf(">" + runs() + "</td>"));
        String lab = signedIn("lab").get("/").body();
        assertThat(lab).contains("/uploads").doesNotContain("Primary endpoint", "Population flow", "/research/");
    }

    @Test
    void theAssociationPageOpensOnTheForestPlotWhoseRowsOpenTheirQuery() throws Exception {
        TestHttp researcher = signedIn("researcher");
        String page = researcher.get("/research/associations").body();
        assertThat(page).contains("Every factor against every outcome", "forest plot of odds ratios");
        for (Report.Association a : report.associations()) {
            String link = AssociationPageLinks.of(a.factor(), a.outcome());
            assertThat(page)
                    .as(a.factor() + " x " + a.outcome())
                    .contains("<a href=\"" + link.replace("&", "&amp;") + "\"");
        }
        Report.Association first = report.associations().get(0);
        String query = researcher
                .get(AssociationPageLinks.of(first.factor(), first.outcome()))
                .body();
        assertThat(query)
                .contains(first.factor() + " × " + first.outcome(), "Patients per cell")
                .doesNotContain("Every factor against every outcome");
        // opened bare, the form already holds a factor and the list of factors is offered
        String firstFactor = app.bean(ReportService.class).factorNames().get(0);
        assertThat(page)
                .contains("name=\"factor\" list=\"factor-names\" value=\"" + firstFactor + "\"")
                .contains("<option value=\"SOFT_TISSUE_CR\" selected=\"selected\">")
                .containsPattern("Factors: <a\\s+href=\"/research/associations\\?factor=" + firstFactor
                        + "&amp;outcome=SOFT_TISSUE_CR\"");
        Files.createDirectories(Path.of("target", "research-charts"));
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(page);
        assertThat(svg.find()).isTrue();
        Files.writeString(
                Path.of("target", "research-charts", "forest.svg"),
                svg.group().replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" "));
    }

    @Test
    void theReportIsServedInsideTheSiteAndAsADownload() throws Exception {
        TestHttp researcher = signedIn("researcher");
        HttpResponse<String> page = researcher.get("/research/report");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "trial report", "odds ratio (log scale)", "Number at risk", "Sign out", "/research/report.html")
                .doesNotContain("<style>");
        HttpResponse<String> download = researcher.get("/research/report.html");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("thyrobank-report.html"));
        assertThat(download.body()).startsWith("<!DOCTYPE html>").contains("<style>", "odds ratio (log scale)");
        TestHttp lab = signedIn("lab");
        assertThat(lab.get("/research/report").statusCode()).isEqualTo(403);
        assertThat(lab.get("/research/report.html").statusCode()).isEqualTo(403);
    }

    private static long runs() throws IOException {
        try (Stream<Path> runs = Files.list(study.resolve("sequencing"))) {
            return runs.filter(Files::isDirectory).count();
        }
    }

    private static long plates() throws IOException {
        try (Stream<Path> plates = Files.list(study.resolve("qpcr"))) {
            return plates.filter(p -> !p.getFileName().toString().equals("sample-map.csv"))
                    .count();
        }
    }

    /** A page of the site to crawl: not a download, the API, its documentation or signing out. */
    private static boolean isPage(String link) {
        return link.startsWith("/")
                && !link.matches(".*\\.(csv|svg|zip|html|css|js)(\\?.*)?$")
                && !link.startsWith("/api/")
                && !link.startsWith("/swagger-ui")
                && !link.startsWith("/v3/")
                && !link.startsWith("/actuator")
                && !link.startsWith("/logout");
    }

    /** What a reader sees: the body's text (SVG labels and tooltips included), tags and scripts removed. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }

    private static String around(String text, Matcher found) {
        return text.substring(Math.max(0, found.start() - 40), Math.min(text.length(), found.end() + 40));
    }

    private static TestHttp signedIn(String user) throws Exception {
        TestHttp http = TestHttp.of(app);
        assertThat(http.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
        return http;
    }

    /** The association page's own link to a query, as its forest plot and table write it. */
    private static final class AssociationPageLinks {
        static String of(String factor, String outcome) {
            return "/research/associations?factor="
                    + java.net.URLEncoder.encode(factor, java.nio.charset.StandardCharsets.UTF_8) + "&outcome="
                    + java.net.URLEncoder.encode(outcome, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
