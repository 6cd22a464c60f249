package org.thyrobank.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;

/**
 * The pages in Debian's headless Chromium: the lab uploads a zipped run and follows its job, a researcher runs an
 * association query and looks at the Kaplan-Meier charts. Skipped, saying how to enable them, without Chromium.
 * The cohort's clinical files and its other run are imported first; run R01 comes through the upload page.
 */
class BrowserTests {

    private static final String PASSWORD = "a long enough browser password";
    private static final boolean CHROMIUM_INSTALLED =
            Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);
    private static final String SKIPPED = "browser tests skipped: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
            + " is missing; enable them with `apt-get install chromium chromium-driver` (Debian; .ci/run does it when apt can)";

    private static ChromeDriverService chromedriver;
    private static TestApplication app;
    private static Path bundle;
    private Browser browser;

    @BeforeAll
    static void serveACohortAndStartChromedriver() throws IOException {
        if (!CHROMIUM_INSTALLED) {
            System.err.println(SKIPPED);
            return;
        }
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of(
                        "server.port",
                        0,
                        "thyrobank.uploads.dir",
                        Files.createTempDirectory("thyrobank-browser-uploads").toString()));
        Users users = app.bean(Users.class);
        users.add("bench", Role.LAB, PASSWORD);
        users.add("reader", Role.RESEARCHER, PASSWORD);
        users.add("chief", Role.ADMIN, PASSWORD);
        bundle = Files.createTempDirectory("thyrobank-browser-bundle");
        SyntheticCohort.write(bundle, 11);
        Path allButR01 = Files.createTempDirectory("thyrobank-browser-study");
        copyFolder(bundle.resolve("clinical"), allButR01.resolve("clinical"));
        writeConsent(allButR01.resolve("clinical"));
        try (var runs = Files.list(bundle.resolve("sequencing"))) {
            for (Path run :
                    runs.filter(r -> !r.getFileName().toString().equals("R01")).toList()) {
                copyFolder(run, allButR01.resolve("sequencing").resolve(run.getFileName()));
            }
        }
        // every file imported, but a run's covered-regions BED, which is read with its VCFs
        assertThat(app.bean(StudyImport.class).importStudy(allButR01))
                .allSatisfy(o -> assertThat(o.outcome())
                        .as(o.line())
                        .isEqualTo(
                                o.relativePath().endsWith(".bed")
                                        ? FileOutcome.Outcome.SKIPPED
                                        : FileOutcome.Outcome.IMPORTED));
        chromedriver = Browser.startChromedriver();
    }

    @AfterAll
    static void stop() {
        if (chromedriver != null) {
            chromedriver.stop();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openAWindow() throws IOException {
        Assumptions.assumeTrue(CHROMIUM_INSTALLED, SKIPPED);
        browser = new Browser(
                chromedriver,
                ((WebServerApplicationContext) app.context()).getWebServer().getPort());
    }

    @AfterEach
    void closeIt() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLabUploadsAZippedRunAndItsJobPageEndsCompletedWithOneImportedLinePerFile() throws IOException {
        browser.signIn("bench", PASSWORD);
        browser.screenshot("01-lab-signed-in");
        browser.open("/uploads");
        browser.visible(By.cssSelector("input[type=file][name=file]"))
                .sendKeys(zippedRun("R01").toString());
        browser.screenshot("02-lab-upload-form");
        browser.driver()
                .findElement(By.cssSelector("form.upload button[type=submit]"))
                .click();

        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/uploads/[^/]+$"));
        browser.waitUpTo(Duration.ofSeconds(120))
                .until(d ->
                        !d.findElement(By.cssSelector("strong.state")).getText().equals("RUNNING"));
        browser.screenshot("03-lab-job-completed");
        assertThat(browser.driver().findElement(By.cssSelector("strong.state")).getText())
                .isEqualTo("COMPLETED");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("main table tbody tr"));
        assertThat(rows)
                .extracting(r -> r.findElement(By.cssSelector("td code")).getText())
                .contains("sequencing/R01/manifest.csv", "sequencing/R01/T-MI-001.vcf");
        assertThat(rows)
                .filteredOn(r -> r.getText().contains(".vcf"))
                .isNotEmpty()
                .allSatisfy(
                        r -> assertThat(r.findElements(By.tagName("td")).get(1).getText())
                                .isEqualTo("imported"));
    }

    @Test
    void theLabChoosesARunFolderAndItIsImportedAsTheRunNamedAfterIt() throws IOException {
        Path folder = Files.createTempDirectory("thyrobank-browser-folder").resolve("R02B");
        copyFolder(bundle.resolve("sequencing/R02"), folder);
        browser.signIn("bench", PASSWORD);
        browser.open("/uploads");
        browser.visible(By.cssSelector("input[type=file][webkitdirectory]")).sendKeys(folder.toString());
        browser.driver()
                .findElement(By.cssSelector("form.upload button[type=submit]"))
                .click();

        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/uploads/[^/]+$"));
        browser.waitUpTo(Duration.ofSeconds(120))
                .until(d ->
                        !d.findElement(By.cssSelector("strong.state")).getText().equals("RUNNING"));
        browser.screenshot("03b-lab-run-folder-completed");
        assertThat(browser.driver().findElement(By.cssSelector("strong.state")).getText())
                .isEqualTo("COMPLETED");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).matches("Upload R02B/ \\(\\d+ files\\)");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("main table tbody tr"));
        assertThat(rows)
                .extracting(r -> r.findElement(By.cssSelector("td code")).getText())
                .contains("sequencing/R02B/manifest.csv", "sequencing/R02B/T-VR-001.vcf");
        assertThat(rows)
                .filteredOn(r -> r.getText().contains(".vcf"))
                .isNotEmpty()
                .allSatisfy(
                        r -> assertThat(r.findElements(By.tagName("td")).get(1).getText())
                                .isEqualTo("imported"));
    }

    @Test
    void theLabChoosesARunFolderOf96SamplesWithTheirIndexesAndItIsTakenAsOneUpload() throws IOException {
        Path folder = Files.createTempDirectory("thyrobank-browser-96").resolve("R96");
        Files.createDirectories(folder);
        String vcf = Files.readString(bundle.resolve("sequencing/R01/T-MI-001.vcf"));
        StringBuilder manifest = new StringBuilder("vcf,vcf_sample,specimen_id\n");
        for (int sample = 1; sample <= 96; sample++) {
            String name = String.format("S%03d.vcf.gz", sample);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(name)))) {
                out.write(vcf.getBytes(StandardCharsets.UTF_8));
            }
            Files.writeString(folder.resolve(name + ".tbi"), "TBI index " + sample);
            // specimens the study does not know: the manifest rejects the run quickly, which is not what is tested
            manifest.append(name)
                    .append(",TUMOR,")
                    .append(String.format("P-XX-%03d-T", sample))
                    .append('\n');
        }
        Files.writeString(folder.resolve("manifest.csv"), manifest);
        browser.signIn("bench", PASSWORD);
        browser.open("/uploads");
        browser.visible(By.cssSelector("input[type=file][webkitdirectory]")).sendKeys(folder.toString());
        browser.driver()
                .findElement(By.cssSelector("form.upload button[type=submit]"))
                .click();

        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().matches(".*/uploads/[^/]+$"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Upload R96/ (193 files)");
        browser.waitUpTo(Duration.ofSeconds(120))
                .until(d ->
                        !d.findElement(By.cssSelector("strong.state")).getText().equals("RUNNING"));
        browser.screenshot("03c-lab-96-sample-folder");
        assertThat(browser.driver().findElement(By.cssSelector("strong.state")).getText())
                .isEqualTo("COMPLETED");
        assertThat(browser.driver().findElements(By.cssSelector("main table tbody tr code")))
                .extracting(WebElement::getText)
                .contains("sequencing/R96/manifest.csv");
    }

    @Test
    void aResearcherQueriesAnAssociationAndSeesTheTwoByTwoTableAndItsP() {
        browser.signIn("reader", PASSWORD);
        browser.open("/research/associations");
        WebElement factor = browser.visible(By.name("factor"));
        factor.clear();
        factor.sendKeys("BRAF_V600E|TERT_PROMOTER");
        new Select(browser.driver().findElement(By.name("outcome"))).selectByValue("SOFT_TISSUE_CR");
        // nobody signed the cohort's runs out: without this box every hotspot call would be left out
        browser.driver().findElement(By.name("includePreliminary")).click();
        browser.screenshot("04-researcher-association-form");
        browser.driver()
                .findElement(By.cssSelector("form.filters button[type=submit]"))
                .click();

        WebElement table = browser.visible(By.cssSelector("table.two-by-two"));
        browser.screenshot("05-researcher-association-answer");
        assertThat(browser.driver().findElement(By.cssSelector("main h2")).getText())
                .isEqualTo("BRAF_V600E|TERT_PROMOTER × SOFT_TISSUE_CR");
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.findElements(By.cssSelector("td.number")))
                        .hasSize(2)
                        .allSatisfy(cell -> assertThat(cell.getText()).matches("\\d+")));
        int n = rows.stream()
                .flatMap(r -> r.findElements(By.cssSelector("td.number")).stream())
                .mapToInt(cell -> Integer.parseInt(cell.getText()))
                .sum();
        assertThat(n).isPositive();
        WebElement p =
                browser.driver().findElement(By.xpath("//table[@class='counts']//tr[th[starts-with(., 'Fisher')]]/td"));
        assertThat(Double.parseDouble(p.getText())).isBetween(0.0, 1.0);
    }

    @Test
    void theSurvivalPageDrawsPfsAndOsKaplanMeierCurvesAsSvg() {
        browser.signIn("reader", PASSWORD);
        browser.open("/research/survival");
        WebElement factor = browser.visible(By.name("factor"));
        factor.clear();
        factor.sendKeys("TERT_PROMOTER");
        browser.driver().findElement(By.name("includePreliminary")).click();
        browser.driver()
                .findElement(By.cssSelector("form.filters button[type=submit]"))
                .click();
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("section.chart svg")).size() == 2);
        browser.screenshot("06-researcher-survival");

        List<WebElement> sections = browser.driver().findElements(By.cssSelector("section.chart"));
        assertThat(sections)
                .extracting(s -> s.findElement(By.tagName("h2")).getText())
                .containsExactly("PFS by TERT_PROMOTER", "OS by TERT_PROMOTER");
        for (WebElement section : sections) {
            WebElement svg = section.findElement(By.tagName("svg"));
            assertThat(svg.getAttribute("aria-label")).startsWith("Kaplan-Meier");
            assertThat(svg.getSize().getWidth()).isPositive();
            assertThat(svg.getSize().getHeight()).isPositive();
            List<WebElement> curves = svg.findElements(By.cssSelector("path[fill=none]"));
            assertThat(curves).as("one step curve per group").hasSize(2).allSatisfy(curve -> {
                assertThat(curve.getDomAttribute("d")).startsWith("M").contains(" H");
                Object width = ((JavascriptExecutor) browser.driver())
                        .executeScript("return arguments[0].getBBox().width;", curve);
                assertThat(((Number) width).doubleValue())
                        .as("drawn width of the curve")
                        .isPositive();
            });
            assertThat(svg.getText()).contains("Number at risk", "MUTANT", "WILD_TYPE");
        }
        assertThat(browser.driver().findElements(By.xpath("//tr[th='Left out']/td")))
                .as("left out by reason in words")
                .allSatisfy(cell -> assertThat(cell.getText()).doesNotContain("="));

        browser.open("/research/cohort");
        browser.visible(By.cssSelector("table"));
        browser.screenshot("07-researcher-cohort");
    }

    @Test
    void aResearcherLandsOnTheStudyDashboard() {
        browser.signIn("reader", PASSWORD);
        WebElement primary = browser.visible(By.cssSelector("section.primary-endpoint"));
        browser.screenshot("08-researcher-dashboard");
        assertThat(primary.getText()).contains("Primary endpoint", "95 % CI", "One-sided exact p");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("section.imported"))
                        .getText())
                .contains("Sequencing runs", "qPCR plates");
        assertThat(browser.driver().findElements(By.cssSelector("section.last-imports tbody tr")))
                .isNotEmpty();
        WebElement flow = browser.driver().findElement(By.cssSelector("section.flow svg"));
        assertThat(flow.getAttribute("aria-label")).isNotBlank();
        assertThat(flow.getSize().getHeight()).isPositive();
        assertThat(browser.driver().findElements(By.cssSelector("ul.tiles a")))
                .extracting(a -> a.getDomAttribute("href"))
                .contains(
                        "/research/populations",
                        "/research/cohort",
                        "/research/associations",
                        "/research/survival",
                        "/research/mirna",
                        "/research/dosimetry",
                        "/research/report");
    }

    @Test
    void theForestPlotsRowsOpenTheirTwoByTwoQuery() {
        browser.signIn("reader", PASSWORD);
        browser.open("/research/associations");
        WebElement forest = browser.visible(By.cssSelector("section.forest svg"));
        browser.screenshot("09-researcher-forest-plot");
        List<WebElement> rows = forest.findElements(By.tagName("a"));
        assertThat(rows).isNotEmpty();
        String label = rows.get(0).getAttribute("aria-label");
        String factorAndOutcome = label.substring(0, label.indexOf(':'));
        rows.get(0).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("factor="));
        browser.visible(By.cssSelector("table.two-by-two"));
        browser.screenshot("10-researcher-forest-click-through");
        assertThat(browser.driver().findElement(By.cssSelector("main h2")).getText())
                .isEqualTo(factorAndOutcome);
    }

    @Test
    void longTablesSortByAColumnAndKeepTheirHeaderInView() {
        browser.signIn("reader", PASSWORD);
        browser.open("/research/cohort");
        WebElement table = browser.visible(By.cssSelector("table.sortable"));
        WebElement mtaHeader = table.findElements(By.cssSelector("thead th")).stream()
                .filter(th -> th.getText().startsWith("MTA"))
                .findFirst()
                .orElseThrow();
        int column = table.findElements(By.cssSelector("thead th")).indexOf(mtaHeader);
        mtaHeader.findElement(By.cssSelector("button.sort")).click();
        assertThat(mtaHeader.getDomAttribute("aria-sort")).isEqualTo("ascending");
        List<Double> mtas = table.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(column).getText())
                .filter(t -> !t.isBlank())
                .map(Double::parseDouble)
                .toList();
        assertThat(mtas).hasSizeGreaterThan(2).isSorted();
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 1500);");
        Object headerTop = ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().top;", mtaHeader);
        browser.screenshot("11-researcher-cohort-sorted-scrolled");
        assertThat(((Number) headerTop).doubleValue())
                .as("the sticky header's top")
                .isBetween(-1.0, 1.0);
    }

    @Test
    void theKaplanMeierLegendsDoNotCrossACurveAndTheReportIsServed() {
        browser.signIn("reader", PASSWORD);
        browser.open("/research/survival?factor=BRAF_V600E&includePreliminary=true");
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("section.chart svg")).size() == 2);
        for (WebElement svg : browser.driver().findElements(By.cssSelector("section.chart svg"))) {
            List<WebElement> legends = svg.findElements(By.tagName("text")).stream()
                    .filter(t -> t.getText().contains("(n = "))
                    .toList();
            assertThat(legends).hasSize(2);
            for (WebElement curve : svg.findElements(By.cssSelector("path[fill=none]"))) {
                for (WebElement legend : legends) {
                    Object overlaps = ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "var a = arguments[0].getBBox(), b = arguments[1].getBBox();"
                                            + " return a.x < b.x + b.width && b.x < a.x + a.width"
                                            + " && a.y < b.y + b.height && b.y < a.y + a.height;",
                                    curve,
                                    legend);
                    assertThat((Boolean) overlaps).as(legend.getText()).isFalse();
                }
            }
        }
        browser.screenshot("12-researcher-survival-legends");
        browser.open("/research/report");
        browser.visible(By.cssSelector("div.report h1"));
        browser.screenshot("13-researcher-report");
        assertThat(browser.driver().findElements(By.cssSelector("div.report svg")))
                .hasSizeGreaterThan(3);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("a[href='/research/report.html']"))
                        .getText())
                .contains("download");
    }

    @Test
    void theAdministratorSeesConsentPerPatientAndScope() {
        browser.signIn("chief", PASSWORD);
        browser.open("/consent");
        browser.visible(By.cssSelector("table.consent"));
        browser.screenshot("14-admin-consent");

        assertThat(browser.driver().findElements(By.cssSelector("table.consent td.consent-refused")))
                .extracting(WebElement::getText)
                .containsExactly("no consent");
        assertThat(browser.driver().findElements(By.cssSelector("table.consent td.consent-partial")))
                .extracting(WebElement::getText)
                .containsExactly("withdrawn 2030-01-01 (STOP_NEW_DATA)");
    }

    @Test
    void theAdministratorFreezesTheDataAndItsReportIsOneChoiceAway() {
        browser.signIn("chief", PASSWORD);
        browser.driver().findElement(By.linkText("Freezes")).click();
        browser.visible(By.cssSelector("form.new-freeze"));
        browser.driver().findElement(By.id("freeze-name")).sendKeys("browser-1");
        browser.driver().findElement(By.id("freeze-note")).sendKeys("made in the browser");
        browser.driver()
                .findElement(By.cssSelector("form.new-freeze button[type=submit]"))
                .click();
        assertThat(browser.visible(By.cssSelector("p.message")).getText())
                .startsWith("Freeze browser-1 created at data version ");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("table.freezes tbody tr"))
                        .getText())
                .contains("browser-1", "chief", "made in the browser");
        browser.screenshot("15-admin-freezes");

        browser.driver().findElement(By.cssSelector("table.freezes a")).click();
        assertThat(browser.visible(By.cssSelector("p.frozen-report")).getText())
                .contains("The report of data freeze browser-1");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("select#freeze option[selected]"))
                        .getText())
                .startsWith("freeze browser-1 (data version ");
        assertThat(browser.driver().findElements(By.cssSelector("div.report svg")))
                .hasSizeGreaterThan(3);
        browser.screenshot("16-frozen-report");
    }

    @Test
    void theAdministratorPreviewsAReCallAndRunsIt() {
        browser.signIn("chief", PASSWORD);
        browser.driver().findElement(By.linkText("Re-call")).click();
        WebElement button = browser.visible(By.cssSelector("form.recall button[type=submit]"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Preview (nothing stored yet): 0 calls would change", "Thresholds in force: min-depth ");
        browser.screenshot("17-admin-recall-preview");
        button.click();
        assertThat(browser.visible(By.cssSelector("p.message")).getText())
                .startsWith("Re-called and stored: 0 calls changed");
        browser.screenshot("18-admin-recall-stored");
    }

    /**
     * Every patient consented to every scope, but the second, who did not consent to DATA_SHARING, and the third,
     * who withdrew MIRNA for data after a date later than any of theirs: nothing the other tests look at changes.
     */
    private static void writeConsent(Path clinical) throws IOException {
        List<String> patients;
        try (var lines = Files.lines(clinical.resolve("patients.csv"))) {
            patients = lines.skip(1).map(l -> l.split(",")[0]).toList();
        }
        StringBuilder consent = new StringBuilder("patient_id,scope,given_on,withdrawn_on,withdrawal\n");
        for (int i = 0; i < patients.size(); i++) {
            for (String scope : List.of("CLINICAL_RESEARCH", "GENOMICS", "MIRNA", "DATA_SHARING")) {
                if (i == 1 && scope.equals("DATA_SHARING")) {
                    continue;
                }
                String withdrawal = i == 2 && scope.equals("MIRNA") ? "2030-01-01,STOP_NEW_DATA" : ",";
                consent.append(patients.get(i))
                        .append(',')
                        .append(scope)
                        .append(",2015-01-01,")
                        .append(withdrawal)
                        .append('\n');
            }
        }
        Files.writeString(clinical.resolve("consent.csv"), consent);
    }

    private static Path zippedRun(String run) throws IOException {
        Path zip = Files.createTempDirectory("thyrobank-browser-zip").resolve(run + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.list(bundle.resolve("sequencing").resolve(run))) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(run + "/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
