package org.thyrobank.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.DeltaCq;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.web.ServedCohort;

/**
 * The lab's plate pages in headless Chromium: the synthetic cohort and one more QuantStudio plate, QS-NTC, whose
 * NTC of a specimen's miRNA amplified. Screenshots under target/browser-screenshots/plates-*.
 */
class PlatePagesBrowserTests {

    private static final boolean CHROMIUM_INSTALLED =
            Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);

    @TempDir
    static Path study;

    private static ChromeDriverService chromedriver;
    private static TestApplication app;
    private static String specimen;

    @BeforeAll
    static void serveTheCohortWithAnNtcPlate() throws IOException {
        if (!CHROMIUM_INSTALLED) {
            System.err.println("plate page browser tests skipped: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                    + " is missing; enable them with `apt-get install chromium chromium-driver`");
            return;
        }
        app = ServedCohort.start(study);
        DeltaCq measured =
                app.bean(QpcrQueries.class).normalise(new NormalisationMethod.GlobalMean(), false).deltaCq().stream()
                        .filter(d -> d.cq() != null)
                        .findFirst()
                        .orElseThrow();
        specimen = measured.specimenId();
        Files.writeString(
                study.resolve("qpcr/QS-NTC.txt"),
                "* Experiment Name = QS-NTC\n* Instrument Type = QuantStudio(TM) 5 System\n\n[Results]\n"
                        + "Well\tSample Name\tTarget Name\tTask\tCT\n"
                        + "A1\t" + specimen + "\t" + measured.mirna() + "\tUNKNOWN\t27.10\n"
                        + "H11\tNTC\t" + measured.mirna() + "\tNTC\t30.25\n"
                        + "H12\tNTC\thsa-miR-16-5p\tNTC\tUndetermined\n");
        app.bean(StudyImport.class).importStudy(study);
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
    void theLabFindsThePlateFromTheNavigationWithItsAmplifiedNtcAndTheSpecimenItFlags() throws IOException {
        Assumptions.assumeTrue(CHROMIUM_INSTALLED, "Chromium is not installed");
        int port = ((WebServerApplicationContext) app.context()).getWebServer().getPort();
        try (Browser lab = new Browser(chromedriver, port)) {
            lab.signIn("lab", ServedCohort.PASSWORD);
            lab.open("/");
            lab.visible(By.linkText("Plates")).click();
            lab.visible(By.cssSelector("table.plates"));
            lab.screenshot("plates-01-plate-list");
            lab.visible(By.linkText("QS-NTC")).click();

            assertThat(lab.visible(By.cssSelector("h1")).getText()).isEqualTo("Plate QS-NTC");
            assertThat(lab.driver().findElements(By.cssSelector("table.ntc-wells .status")).stream()
                            .map(e -> e.getText())
                            .toList())
                    .containsExactly("AMPLIFIED", "CLEAN");
            assertThat(lab.visible(By.cssSelector("table.ntc-flags tbody")).getText())
                    .startsWith(specimen + " NTC well H11 of ");
            lab.screenshot("plates-02-plate-page");
        }
    }
}
