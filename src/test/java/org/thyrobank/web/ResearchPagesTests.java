package org.thyrobank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.DeltaDeltaCq;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.platform.database.TestApplication;

class ResearchPagesTests {

    private static final String PASSWORD = ServedCohort.PASSWORD;

    @TempDir
    static Path study;

    private static TestApplication app;
    private static TestHttp researcher;
    private static TestHttp admin;
    private static TestHttp lab;
    private static List<PatientOutcome> patients;

    @BeforeAll
    static void serveAnImportedCohort() throws Exception {
        app = ServedCohort.start(study);
        patients = app.bean(ClinicalQueries.class).patientOutcomes();
        researcher = signedIn("researcher");
        admin = signedIn("boss");
        lab = signedIn("lab");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/research/cohort",
                "/research/cohort.csv",
                "/research/associations",
                "/research/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR",
                "/research/associations.csv?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR",
                "/research/survival",
                "/research/survival?factor=NRAS_Q61R",
                "/research/survival.svg?endpoint=OS&factor=TERT_PROMOTER",
                "/research/survival.csv?endpoint=PFS&factor=BRAF_V600E",
                "/research/mirna",
                "/research/mirna-volcano.svg",
                "/research/mirna-volcano.csv",
                "/research/mirna?mirna=hsa-miR-21-5p",
                "/research/mirna-paired.svg?mirna=hsa-miR-21-5p",
                "/research/mirna-paired.csv?mirna=hsa-miR-21-5p",
                "/research/dosimetry",
                "/research/dosimetry.svg",
                "/research/dosimetry.csv",
                "/research/populations",
                "/research/populations.svg",
                "/research/dose-response.svg"
            })
    void researchersAndAdministratorsMayOpenItAndTheLabMayNot(String page) throws Exception {
        assertThat(researcher.get(page).statusCode()).isEqualTo(200);
        assertThat(admin.get(page).statusCode()).isEqualTo(200);
        assertThat(lab.get(page).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = TestHttp.of(app).get(page);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theCohortListsEveryPatientOfTheChosenCentreWithTheirStatusAndSurvival() throws Exception {
        PatientOutcome first = patients.get(0);
        String all = researcher.get("/research/cohort").body();
        assertThat(all)
                .contains(
                        ">" + patients.size() + "</span> patients",
                        first.patientId(),
                        "MUTANT",
                        "WILD_TYPE",
                        "/research/cohort.csv");
        assertThat(all).as("numbers to at most 2 decimals").doesNotContainPattern(">-?\\d+\\.\\d{3,}</td>");
        String negrar = researcher.get("/research/cohort?centre=NEGRAR").body();
        patients.forEach(p -> {
            if (p.centre().name().equals("NEGRAR")) {
                assertThat(negrar).contains(">" + p.patientId() + "<");
            } else {
                assertThat(negrar).doesNotContain(">" + p.patientId() + "<");
            }
        });
        HttpResponse<String> csv = researcher.get("/research/cohort.csv?centre=NEGRAR");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("cohort.csv"));
        assertThat(csv.body().lines())
                .first()
                .asString()
                .startsWith("patient_id,population,left_out_reason,centre,histology,braf_v600e,tert_promoter");
        assertThat(csv.body().lines().skip(1))
                .allSatisfy(line -> assertThat(line.split(",")[3]).isEqualTo("NEGRAR"))
                .hasSize((int) patients.stream()
                        .filter(p -> p.centre().name().equals("NEGRAR"))
                        .count());
        assertThat(researcher.get("/research/cohort?centre=ROME").statusCode()).isEqualTo(400);
        assertThat(all).contains("/research/cohort/cbioportal.zip");
        // the population column: the demo's exited patients left at dosimetry, the evaluable ones reached the end
        assertThat(all).contains(">dosimetry (exit to standard care)<", ">evaluable<");
    }

    @Test
    void theCohortFiltersCombineOnThePageAndInTheCsv() throws Exception {
        List<String[]> all = researcher
                .get("/research/cohort.csv")
                .body()
                .lines()
                .skip(1)
                .map(l -> l.split(",", -1))
                .toList();
        String query = "histology=PAPILLARY&braf=MUTANT&tert=WILD_TYPE&best_response=PR";
        List<String> expected = all.stream()
                .filter(r -> r[4].equals("PAPILLARY")
                        && r[5].equals("MUTANT")
                        && r[6].equals("WILD_TYPE")
                        && r[12].equals("PR"))
                .map(r -> r[0])
                .toList();
        List<String> filtered = researcher
                .get("/research/cohort.csv?" + query)
                .body()
                .lines()
                .skip(1)
                .map(l -> l.split(",", -1)[0])
                .toList();
        assertThat(filtered).isEqualTo(expected);
        String page = researcher.get("/research/cohort?" + query).body();
        assertThat(page).contains(">" + expected.size() + "</span> patients");
        all.stream().map(r -> r[0]).forEach(id -> {
            if (expected.contains(id)) {
                assertThat(page).contains(">" + id + "<");
            } else {
                assertThat(page).doesNotContain(">" + id + "<");
            }
        });
        assertThat(page).contains("<option value=\"PAPILLARY\" selected=\"selected\">");
        // the synthetic cohort has each of them; a filter that admits everybody is no test
        assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
        for (String bad : List.of("histology=ANAPLASTIC", "braf=mutant", "tert=YES", "best_response=VGPR")) {
            HttpResponse<String> response = researcher.get("/research/cohort?" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(researcher.get("/research/cohort.csv?" + bad).statusCode())
                    .as(bad)
                    .isEqualTo(400);
        }
    }

    @Test
    void byDefaultThePagesLeaveOutCallsNobodySignedOutAndSaySo() throws Exception {
        String forest = researcher.get("/research/associations").body();
        assertThat(forest).contains("Hotspot calls: signed-out runs only;", "preliminary calls left out");
        assertThat(forest).contains("name=\"includePreliminary\" value=\"true\">");
        String query = researcher
                .get("/research/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR")
                .body();
        assertThat(query).contains("with calls not yet signed out");
        String included = researcher
                .get("/research/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR&includePreliminary=true")
                .body();
        assertThat(included)
                .doesNotContain("with calls not yet signed out")
                .contains("name=\"includePreliminary\" value=\"true\" checked=\"checked\">");
    }

    @Test
    void theDownloadLinksOfACombinationCarryItIntact() throws Exception {
        for (String page : List.of(
                "/research/associations?factor=BRAF_V600E%2BTERT_PROMOTER&outcome=SOFT_TISSUE_CR&includePreliminary=true",
                "/research/survival?factor=BRAF_V600E%7CTERT_PROMOTER&includePreliminary=true")) {
            String body = researcher.get(page).body();
            java.util.regex.Matcher links = java.util.regex.Pattern.compile(
                            "href=\"(/research/[a-z]+\\.(csv|svg)\\?[^\"]+)\"")
                    .matcher(body);
            int followed = 0;
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                HttpResponse<String> download = researcher.get(link);
                assertThat(download.statusCode()).as(link).isEqualTo(200);
                assertThat(download.body())
                        .as(link)
                        .contains(page.contains("%2B") ? "BRAF_V600E+TERT_PROMOTER" : "BRAF_V600E|TERT_PROMOTER");
                followed++;
            }
            assertThat(followed).as(page).isPositive();
        }
    }

    @Test
    void theCbioportalDownloadIsTheExportsStudyFolderZipped() throws Exception {
        var response = researcher.send(
                researcher.request("/research/cohort/cbioportal.zip").GET(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> entries = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries)
                .contains(
                        "thyroid_131i_dosimetry/meta_study.txt",
                        "thyroid_131i_dosimetry/data_mutations.txt",
                        "thyroid_131i_dosimetry/data_clinical_patient.txt",
                        "thyroid_131i_dosimetry/case_lists/cases_sequenced.txt",
                        "thyroid_131i_dosimetry/provenance.json");
        assertThat(lab.get("/research/cohort/cbioportal.zip").statusCode()).isEqualTo(403);
    }

    @Test
    void theAssociationPageShowsTheTableTheTestAndThePatientsOfEachCell() throws Exception {
        String page = researcher
                .get("/research/associations?factor=BRAF_V600E&outcome=IODINE_REFRACTORY&centre=MILAN"
                        + "&includePreliminary=true")
                .body();
        assertThat(page)
                .contains(
                        "BRAF_V600E × IODINE_REFRACTORY",
                        "Subgroup",
                        "MILAN",
                        "Odds ratio",
                        "Fisher",
                        "Patients per cell",
                        "Left out",
                        "/research/associations.csv",
                        "includePreliminary=true");
        String csv = researcher
                .get("/research/associations.csv?factor=BRAF_V600E&outcome=IODINE_REFRACTORY&centre=MILAN"
                        + "&includePreliminary=true")
                .body();
        assertThat(csv.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).containsPattern("^[A-Z]+-MI-|^MI-|,BRAF_V600E,"));
        HttpResponse<String> bad = researcher.get("/research/associations?factor=NOPE&outcome=SOFT_TISSUE_CR");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("factor: &#39;NOPE&#39; is not one of");
    }

    @Test
    void theSurvivalPageDrawsPfsAndOsByTheFactorWithTheTestsAndDownloads() throws Exception {
        String page = researcher
                .get("/research/survival?factor=TERT_PROMOTER&includePreliminary=true")
                .body();
        assertThat(page)
                .contains(
                        "PFS by TERT_PROMOTER",
                        "OS by TERT_PROMOTER",
                        "<svg",
                        "Number at risk",
                        "Log-rank p",
                        "Hazard ratio MUTANT vs WILD_TYPE",
                        "/research/survival.svg?endpoint=PFS&amp;factor=TERT_PROMOTER&amp;includePreliminary=true",
                        "/research/survival.csv?endpoint=OS&amp;factor=TERT_PROMOTER&amp;includePreliminary=true");
        assertThat(page)
                .as("left out by reason, in words")
                .contains("Left out")
                .doesNotContain("no_call=", "no_survival_time=");
        HttpResponse<String> svg =
                researcher.get("/research/survival.svg?endpoint=PFS&factor=TERT_PROMOTER&includePreliminary=true");
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(svg.body()).startsWith("<svg").contains("Kaplan-Meier PFS by TERT_PROMOTER");
        keep("km-pfs-tert.svg", svg.body());
        String csv = researcher
                .get("/research/survival.csv?endpoint=PFS&factor=TERT_PROMOTER&includePreliminary=true")
                .body();
        assertThat(csv.lines()).first().isEqualTo("endpoint,factor,level,time_months,at_risk,events,censored,survival");
        assertThat(csv).contains("PFS,TERT_PROMOTER,MUTANT,", "PFS,TERT_PROMOTER,WILD_TYPE,");
        assertThat(researcher
                        .get("/research/survival.csv?endpoint=DFS&factor=TERT_PROMOTER")
                        .statusCode())
                .isEqualTo(400);
        assertThat(researcher.get("/research/survival?factor=NOPE").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theMirnaPageDrawsTheVolcanoAndListsTheQcFlagsPerPlate() throws Exception {
        String page = researcher.get("/research/mirna").body();
        assertThat(page)
                .contains(
                        "<svg",
                        "median ddCq (POST - PRE dCq)",
                        "-log10 q (BH)",
                        "q = 0.05",
                        "/research/mirna-volcano.svg",
                        "/research/mirna-volcano.csv",
                        "QC flags per plate",
                        "hsa-miR-");
        String csv = researcher.get("/research/mirna-volcano.csv").body();
        assertThat(csv.lines())
                .first()
                .isEqualTo("mirna,test,n,median_ddcq,p_value,q_value,minus_log10_q,flagged_specimens");
        assertThat(csv.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("hsa-").contains(",post_vs_pre,"));
        String volcano = researcher.get("/research/mirna-volcano.svg").body();
        assertThat(volcano).startsWith("<svg").contains("<circle");
        keep("mirna-volcano.svg", volcano);
    }

    @Test
    void theMirnaPageJoinsEachPatientsPreAndPostDcqForTheChosenMirna() throws Exception {
        QpcrQueries qpcr = app.bean(QpcrQueries.class);
        List<DeltaDeltaCq> pairs = qpcr
                .normalise(
                        NormalisationMethod.parse(ReportOptions.defaults().normalisation(), qpcr.panel()),
                        ReportOptions.defaults().excludeFlagged())
                .deltaDeltaCq()
                .stream()
                .filter(p -> p.mirna().equals("hsa-miR-21-5p"))
                .toList();
        assertThat(pairs).isNotEmpty();
        String page = researcher.get("/research/mirna?mirna=hsa-miR-21-5p").body();
        assertThat(page)
                .contains(
                        "Paired PRE and POST",
                        "dCq (Cq - normaliser)",
                        "POST (6 months)",
                        "/research/mirna-paired.svg?mirna=hsa-miR-21-5p",
                        "/research/mirna-paired.csv?mirna=hsa-miR-21-5p",
                        pairs.get(0).patientId() + " PRE dCq ");
        String svg =
                researcher.get("/research/mirna-paired.svg?mirna=hsa-miR-21-5p").body();
        assertThat(svg).startsWith("<svg");
        // one line per patient besides the two axes, a dot at each end
        assertThat(svg.split("<line ", -1)).hasSize(1 + 2 + pairs.size());
        assertThat(svg.split("<circle ", -1)).hasSize(1 + 2 * pairs.size());
        keep("mirna-paired.svg", svg);
        String csv =
                researcher.get("/research/mirna-paired.csv?mirna=hsa-miR-21-5p").body();
        assertThat(csv.lines()).first().isEqualTo("patient_id,mirna,dcq_pre,dcq_post,ddcq");
        assertThat(csv.lines().skip(1))
                .hasSize(pairs.size())
                .allSatisfy(l -> assertThat(l).contains(",hsa-miR-21-5p,"));
        assertThat(researcher.get("/research/mirna?mirna=hsa-miR-NOPE").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theDosimetryPageShowsEveryLesionAgainstItsThresholdAndTheMta() throws Exception {
        String page = researcher.get("/research/dosimetry").body();
        assertThat(page)
                .contains(
                        "<svg",
                        "80 Gy (soft tissue)",
                        "650 Gy (bone)",
                        "Dose at MTA (Gy)",
                        "/research/dosimetry.svg",
                        "/research/dosimetry.csv");
        keep("lesion-doses.svg", researcher.get("/research/dosimetry.svg").body());
        String csv = researcher.get("/research/dosimetry.csv").body();
        assertThat(csv.lines()).first().asString().startsWith("patient_id,lesion_id,site,gy_per_gbq");
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> {
            String[] cells = line.split(",", -1);
            assertThat(cells[8]).isIn(cells[2].equals("BONE") ? "650" : "80");
            assertThat(Boolean.parseBoolean(cells[9]))
                    .isEqualTo(Double.parseDouble(cells[5]) >= Double.parseDouble(cells[8]));
        });
    }

    @Test
    void thePopulationsPageDrawsTheFlowListsWhoLeavesAndDrawsTheDoseResponse() throws Exception {
        String page = researcher.get("/research/populations").body();
        // the demo cohort's protocol quotas: 60 enrolled, 5 exit to standard care, 9 treated without a 6-month visit
        long exited = patients.stream()
                .filter(p -> Boolean.TRUE.equals(p.exitToStandardCare()))
                .count();
        long evaluable = patients.stream().filter(PatientOutcome::evaluable).count();
        assertThat(exited).isEqualTo(5);
        assertThat(evaluable).isEqualTo(46);
        assertThat(page)
                .contains(
                        "<svg",
                        "Population flow",
                        "Lesion dose–response",
                        "/research/populations.svg",
                        "/research/dose-response.svg",
                        ">exit to standard care<",
                        ">no visit at 6 months<");
        long responders = patients.stream()
                .filter(p -> Boolean.TRUE.equals(p.softTissueCr()))
                .count();
        assertThat(page).contains(">" + responders + " / 46<");
        patients.stream()
                .filter(p -> Boolean.TRUE.equals(p.exitToStandardCare()))
                .forEach(p -> assertThat(page).contains(">" + p.patientId() + "<"));
        String flow = researcher.get("/research/populations.svg").body();
        assertThat(flow).startsWith("<svg").contains("60", "46");
        keep("population-flow.svg", flow);
        keep("dose-response.svg", researcher.get("/research/dose-response.svg").body());
    }

    /** The charts as downloaded, under target/research-charts/ for a look. */
    private static void keep(String name, String svg) throws java.io.IOException {
        Path dir = Path.of("target", "research-charts");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(name), svg);
    }

    private static TestHttp signedIn(String user) throws Exception {
        TestHttp browser = TestHttp.of(app);
        browser.signIn(user, PASSWORD);
        return browser;
    }
}
