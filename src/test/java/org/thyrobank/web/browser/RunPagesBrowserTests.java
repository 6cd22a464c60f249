package org.thyrobank.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
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
 * The lab's run pages in headless Chromium: {@code bench} uploads run R01 and finds it preliminary on the run list
 * and run page, with no sign-out button for itself; {@code second} signs it out, sorts the calls, reads the VCF
 * lines behind a call and the specimen's molecular report. Screenshots under target/browser-screenshots/lab-*.
 */
class RunPagesBrowserTests {

    private static final String PASSWORD = "a long enough browser password";
    private static final boolean CHROMIUM_INSTALLED =
            Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);

    private static ChromeDriverService chromedriver;
    private static TestApplication app;
    private static Path bundle;

    @BeforeAll
    static void serveTheClinicalDataAndStartChromedriver() throws IOException {
        if (!CHROMIUM_INSTALLED) {
            System.err.println("run page browser tests skipped: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                    + " is missing; enable them with `apt-get install chromium chromium-driver`");
            return;
        }
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of(
                        "server.port",
                        0,
                        "thyrobank.uploads.dir",
                        Files.createTempDirectory("thyrobank-run-pages-uploads").toString()));
        Users users = app.bean(Users.class);
        users.add("bench", Role.LAB, PASSWORD);
        users.add("second", Role.LAB, PASSWORD);
        bundle = Files.createTempDirectory("thyrobank-run-pages-bundle");
        SyntheticCohort.write(bundle, 11);
        Path clinical = Files.createTempDirectory("thyrobank-run-pages-clinical");
        copyFolder(bundle.resolve("clinical"), clinical.resolve("clinical"));
        assertThat(app.bean(StudyImport.class).importStudy(clinical))
                .allSatisfy(o -> assertThat(o.outcome()).as(o.line()).isEqualTo(FileOutcome.Outcome.IMPORTED));
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

    @Test
    void theUploaderSeesTheRunPreliminaryAndASecondLabMemberSignsItOut() throws IOException {
        Assumptions.assumeTrue(CHROMIUM_INSTALLED, "Chromium is not installed");
        int port = ((WebServerApplicationContext) app.context()).getWebServer().getPort();
        try (Browser bench = new Browser(chromedriver, port)) {
            bench.signIn("bench", PASSWORD);
            bench.open("/uploads");
            bench.visible(By.cssSelector("input[type=file][name=file]"))
                    .sendKeys(zippedRun("R01").toString());
            bench.driver()
                    .findElement(By.cssSelector("form.upload button[type=submit]"))
                    .click();
            bench.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/uploads/[^/]+$"));
            bench.waitUpTo(Duration.ofSeconds(120))
                    .until(d -> !d.findElement(By.cssSelector("strong.state"))
                            .getText()
                            .equals("RUNNING"));
            assertThat(bench.driver()
                            .findElement(By.cssSelector("strong.state"))
                            .getText())
                    .isEqualTo("COMPLETED");

            bench.driver().findElement(By.linkText("Runs")).click();
            WebElement row = bench.visible(By.xpath("//table[contains(@class,'runs')]//tr[td/a[text()='R01']]"));
            bench.screenshot("lab-01-run-list");
            assertThat(row.getText()).contains("PRELIMINARY");
            row.findElement(By.linkText("R01")).click();
            bench.visible(By.cssSelector("table.calls"));
            bench.screenshot("lab-02-run-page-uploader");
            assertThat(bench.driver().findElement(By.tagName("h1")).getText()).contains("R01", "PRELIMINARY");
            assertThat(bench.driver()
                            .findElement(By.cssSelector("section.sign-off"))
                            .getText())
                    .contains("Imported by bench", "You imported this run");
            assertThat(bench.driver().findElements(By.cssSelector("form.sign-out-run")))
                    .as("the uploader is offered no sign-out")
                    .isEmpty();
        }
        try (Browser second = new Browser(chromedriver, port)) {
            second.signIn("second", PASSWORD);
            second.open("/lab/runs/R01");
            second.visible(By.cssSelector("form.sign-out-run button")).click();
            second.visible(By.cssSelector("p.message"));
            assertThat(second.driver().findElement(By.tagName("h1")).getText()).contains("SIGNED_OUT");
            assertThat(second.driver()
                            .findElement(By.cssSelector("section.sign-off"))
                            .getText())
                    .contains("Signed out by second");
            second.screenshot("lab-03-run-signed-out");

            // the calls sort by VAF, a number: descending after two clicks, the highest first
            WebElement vafHeading = second.driver()
                    .findElement(By.xpath("//table[contains(@class,'calls')]//th[normalize-space(.)='VAF']"));
            vafHeading.findElement(By.cssSelector("button.sort")).click();
            vafHeading.findElement(By.cssSelector("button.sort")).click();
            assertThat(vafHeading.getAttribute("aria-sort")).isEqualTo("descending");
            List<Double> vafs =
                    second.driver().findElements(By.cssSelector("table.calls tbody tr td:nth-child(8)")).stream()
                            .map(td -> Double.parseDouble(td.getAttribute("data-sort")))
                            .toList();
            assertThat(vafs).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(second.driver()
                            .findElement(By.cssSelector("table.calls tbody tr td:nth-child(4)"))
                            .getText())
                    .isEqualTo("MUTANT");
            second.screenshot("lab-04-calls-sorted-by-vaf");

            WebElement mutant = second.driver().findElement(By.cssSelector("table.calls tbody tr.MUTANT"));
            String specimen = mutant.findElement(By.cssSelector("td a")).getText();
            String linesHref = mutant.findElement(By.cssSelector("a.vcf-lines")).getAttribute("href");
            second.driver().get(linesHref);
            String lines = second.driver().findElement(By.tagName("body")).getText();
            assertThat(lines).startsWith("# sequencing/R01/").containsPattern("\\n\\d+\\s+\\S+\\s+\\d+\\s");

            second.open("/lab/specimens/" + specimen + "/report");
            second.visible(By.cssSelector("table.results"));
            second.screenshot("lab-05-molecular-report");
            String report = second.driver().findElement(By.tagName("main")).getText();
            assertThat(report).contains("Molecular report", specimen, "Run R01", "Signed out by second", "MUTANT");
            // WebDriver reports the no-break space before % as a space
            assertThat(report).containsPattern("\\d+\\.\\d+ %");
        }
    }

    private static Path zippedRun(String run) throws IOException {
        Path zip = Files.createTempDirectory("thyrobank-run-pages-zip").resolve(run + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.list(bundle.resolve("sequencing").resolve(run))) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(run + "/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
