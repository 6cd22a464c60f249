package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thyrobank.analysis.Report.DosePoint;
import org.thyrobank.analysis.Report.DoseResponse;
import org.thyrobank.analysis.Report.Logistic;
import org.thyrobank.analysis.Report.PopulationExit;
import org.thyrobank.analysis.Report.Toxicity;

/**
 * The HTML report's sections of the analysis plan, in a trial report's order, with the JSON's figures (the fixture
 * cohort's, as report-golden.tsv), and its two plan figures: the patient flow and the dose-response curve.
 */
class ReportHtmlTests {

    private static Report report;
    private static String html;

    @BeforeAll
    static void writeTheFixtureReport() {
        report = ReportBuilder.build(FixtureCohort.input());
        html = ReportHtml.write(report);
    }

    @Test
    void aReportWithoutConsentCsvSaysConsentIsNotRecordedAndOneWithItCountsWhoItLeavesOut() {
        assertThat(html).contains("<p class=\"consent\">Consent not recorded (no clinical/consent.csv).</p>");
        Report.ConsentCounts recorded = new Report.ConsentCounts(
                true,
                "consent recorded",
                new java.util.LinkedHashMap<>(java.util.Map.of("GENOMICS", 2)),
                java.util.Map.of(),
                java.util.Map.of());
        assertThat(ReportHtml.write(with(report, recorded)))
                .contains("<p class=\"consent\">Patients left out by consent: GENOMICS 2.</p>");
    }

    @Test
    void theSectionsComeInTheOrderOfATrialReport() {
        List<String> headings = List.of(
                "<h2>Analysis populations",
                "<h2>Primary endpoint",
                "<h2>Best overall response",
                "<h2>Safety",
                "<h2>Dose\u2013response",
                "<h2>Associations",
                "<h2>Survival and follow-up",
                "<h2>Circulating miRNA",
                "<h2>Scans at 6 months",
                "<h2>Dosimetry and activity");
        List<Integer> positions = headings.stream().map(html::indexOf).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(html.indexOf("patient flow through the analysis populations"))
                .isBetween(positions.get(0), positions.get(1));
        assertThat(html.indexOf("lesion dose-response")).isBetween(positions.get(4), positions.get(5));
    }

    @Test
    void populationsGiveTheCountsTheFlowAndEveryPatientLeftOut() {
        assertThat(html)
                .contains(
                        "<tr><td>enrolled</td><td>36</td>",
                        "<tr><td>dosimetry</td><td>35</td>",
                        "<tr><td>exited</td><td>8</td>",
                        "<tr><td>treated</td><td>26</td>",
                        "<tr><td>evaluable</td><td>23</td>",
                        "<tr><td>P12</td><td class=\"t\">enrolled</td><td class=\"t\">NO_DOSIMETRY</td></tr>",
                        "<tr><td>P33</td><td class=\"t\">dosimetry</td><td class=\"t\">NO_THERAPY</td></tr>",
                        "<tr><td>P05</td><td class=\"t\">treated</td><td class=\"t\">NO_VISIT_AT_6_MONTHS</td></tr>");
        assertThat(html.split("<td class=\"t\">EXIT_TO_STANDARD_CARE</td>", -1)).hasSize(1 + 8);
        String flow = svg(html, "patient flow");
        assertThat(flow)
                .contains(
                        ">n = 36<",
                        ">n = 35<",
                        ">n = 26<",
                        ">n = 23<",
                        ">Left out: n = 1<",
                        ">no dosimetry: 1<",
                        ">Left out: n = 9<",
                        ">exit to standard care: 8<",
                        ">no therapy: 1<",
                        ">Left out: n = 3<",
                        ">no visit at 6 months: 3<");
        assertThat(flow.indexOf("no dosimetry")).isLessThan(flow.indexOf("With dosimetry"));
        assertThat(flow.indexOf("exit to standard care"))
                .isBetween(flow.indexOf("With dosimetry"), flow.indexOf("Treated"));
        assertThat(flow.indexOf("no visit at 6 months")).isBetween(flow.indexOf("Treated"), flow.indexOf("Evaluable"));
    }

    @Test
    void thePrimaryEndpointGivesItsSensitivityAndCentres() {
        assertThat(html)
                .contains(
                        "<td>0.348</td><td>0.164 \u2013 0.573</td><td>0.2</td><td>0.0715</td>",
                        "<td>11 / 32 = 0.344 (95 % CI 0.186\u20130.532)</td>",
                        "<td>centre MILAN (evaluable)</td><td>4 / 10 = 0.4 (95 % CI 0.122\u20130.738)</td>",
                        "<td>centre NEGRAR (evaluable)</td><td>4 / 13 = 0.308 (95 % CI 0.0909\u20130.614)</td>",
                        "Fisher&#39;s exact p</td><td>0.685</td>");
    }

    @Test
    void responseRatesGiveEveryCategoryAndTheRates() {
        assertThat(html)
                .contains(
                        "<th>CR</th><th>PR</th><th>SD</th><th>PD</th><th>NE</th>",
                        "<td>patients</td><td>8</td><td>3</td><td>7</td><td>3</td><td>2</td>",
                        "<td>objective response (CR + PR)</td><td>11 / 23 = 0.478 (95 % CI 0.268\u20130.694)</td>",
                        "<td>disease control (CR + PR + SD)</td><td>18 / 23 = 0.783 (95 % CI 0.563\u20130.925)</td>");
    }

    @Test
    void safetyGivesTheRatesTheTermsByGradeAndTheWarnings() {
        assertThat(html)
                .contains(
                        "26 treated patients",
                        "<td>any grade</td><td>20 / 26 = 0.769 (95 % CI 0.564\u20130.91)</td>",
                        "<td>grade 3 or more</td><td>10 / 26 = 0.385 (95 % CI 0.202\u20130.594)</td>",
                        "14 / 26 = 0.538 (95 % CI 0.334\u20130.734)",
                        "<th>1</th><th>2</th><th>3</th><th>4</th><th>5</th>",
                        "<tr><td>Nausea</td><td>15</td><td>13</td><td>9</td><td>2</td><td>4</td><td>3</td><td>4</td><td>0</td>"
                                + "</tr>",
                        "<li>P08: &#39;Salivary duct inflammation&#39; has no onset_on: counted as treatment-emergent, not as"
                                + " acute</li>");
    }

    @Test
    void doseResponseGivesTheFitTheObservedControlAndTheCurve() {
        assertThat(html)
                .contains(
                        "<td>lesions</td><td>45</td>",
                        "<td>disappeared</td><td>30</td>",
                        "intercept</td><td>0.146</td>",
                        "<td>slope per log10 Gy</td><td>0.259</td>",
                        "<td>slope p (Wald)</td><td>0.781</td>",
                        "(Gy)</td><td>61641</td>",
                        "<td>22 / 33 = 0.667 (95 % CI 0.482\u20130.82)</td>");
        String curve = svg(html, "lesion dose-response");
        assertThat(curve.split("<circle", -1)).hasSize(1 + 45);
        assertThat(curve.split("fill=\"#2471a3\" fill-opacity", -1)).hasSize(1 + 30);
        assertThat(curve)
                .contains(
                        ">10</text>",
                        ">100</text>",
                        ">1000</text>",
                        ">threshold 80 Gy<",
                        "stroke-dasharray=\"5,4\"",
                        ">fitted logistic<",
                        "stroke-width=\"1.8\"",
                        ">D80 = 61641 Gy, beyond the axis \u2192<",
                        ">disappeared (30)<",
                        ">did not disappear (15)<");
    }

    @Test
    void associationsGiveTheirQValue() {
        assertThat(html)
                .contains(
                        "<th>p</th><th>BH q</th>",
                        "<td>0.0724</td><td>0.0012 \u2013 0.98</td><td>0.0408</td><td>0.53</td>");
    }

    @Test
    void followUpScansMirnaAndActivityHaveTheirRows() {
        assertThat(html)
                .contains(
                        "<td>reverse kaplan meier</td><td>26</td><td>72</td><td>62.2 \u2013 NA</td>",
                        "<td class=\"t\">pre_by_IODINE_REFRACTORY</td><td>33 (7 true, 26 false)</td>",
                        "<td class=\"t\">change_cr_vs_noncr</td><td>20 (7 CR, 13 non-CR)</td>",
                        "<td>14 patients</td><td>median -4.35</td><td>0.0023</td>",
                        "<td>37 lesions</td><td>rho -0.0761</td><td>0.654</td>",
                        "<tr><td>P05</td><td class=\"t\">ABOVE_MTA</td><td>26.5</td><td>25</td></tr>",
                        "<tr><td>P02</td><td class=\"t\">BELOW_RECOMMENDED</td><td>5</td><td>8.99</td></tr>",
                        "<tr><td>P11</td><td>2</td><td>8.7</td></tr>",
                        "<tr><td>P04</td><td>18.2</td><td>6.06</td><td>66</td>");
    }

    @Test
    void thePageStaysSelfContained() {
        assertThat(html)
                .doesNotContain("http")
                .doesNotContain("<script")
                .doesNotContain("src=")
                .doesNotContain("href=")
                .doesNotContain("url(")
                .doesNotContain("@import")
                .doesNotContain("<img")
                .doesNotContain("<link")
                .doesNotContain("<iframe")
                .doesNotContainPattern("\\son[a-z]+=");
        assertThat(html.split("<svg", -1)).hasSize(1 + 7);
    }

    @Test
    void anUndefinedFitRendersWithoutTheCurve() {
        var dr = report.doseResponse();
        var undefined = new DoseResponse(
                dr.lesions(),
                dr.disappeared(),
                new Logistic(null, null, null, null, "the doses separate the outcomes <&>"),
                dr.atThreshold(),
                dr.points());
        String page = ReportHtml.write(with(report, report.populations(), report.toxicity(), undefined));
        assertThat(page)
                .contains(
                        "<td>slope per log10 Gy</td><td>NA</td>",
                        "(Gy)</td><td>NA</td>",
                        "<td>note</td><td>the doses separate the outcomes &lt;&amp;&gt;</td>");
        String curve = svg(page, "lesion dose-response");
        assertThat(curve)
                .contains(">no fitted curve: the doses separate the outcomes &lt;&amp;&gt;<")
                .doesNotContain("fitted logistic")
                .doesNotContain("D80")
                .doesNotContain("<path");
        assertThat(curve.split("<circle", -1)).hasSize(1 + 45);
    }

    @Test
    void everyNewTextIsEscaped() {
        var p = report.populations();
        var leftOut = new ArrayList<>(p.leftOut());
        leftOut.add(new PopulationExit("P<99>", "treated", "<script>alert('x')</script>"));
        var populations =
                new Report.Populations(p.enrolled(), p.dosimetry(), p.exited(), p.treated(), p.evaluable(), leftOut);
        var t = report.toxicity();
        var toxicity = new Toxicity(
                t.treated(),
                t.relatedAny(),
                t.relatedGrade3plus(),
                t.acuteRelated(),
                t.terms(),
                t.labNadirs(),
                List.of("P\"1\": <b>bold</b> & more"));
        String page = ReportHtml.write(with(report, populations, toxicity, report.doseResponse()));
        assertThat(page)
                .doesNotContain("<script")
                .doesNotContain("<b>")
                .contains(
                        "<td>P&lt;99&gt;</td><td class=\"t\">treated</td>"
                                + "<td class=\"t\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>",
                        "<li>P&quot;1&quot;: &lt;b&gt;bold&lt;/b&gt; &amp; more</li>",
                        ">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;: 1<",
                        ">Left out: n = 4<");
    }

    @Test
    void theDoseResponseFigureMarksD80OnTheAxisAndLabelsItsDecades() {
        List<DosePoint> points = new ArrayList<>();
        double[] doses = {12, 35, 60, 90, 150, 300, 800, 1500};
        for (int i = 0; i < doses.length; i++) {
            points.add(new DosePoint(BigDecimal.valueOf(doses[i]), BigDecimal.valueOf(80), i % 2 == 1 || i > 4));
        }
        var fitted = new DoseResponse(8, 5, new Logistic(-6.0, 3.2, 0.01, 130.0, null), Rates.block(4, 6), points);
        String svg = SvgCharts.doseResponse(fitted);
        assertThat(svg)
                .startsWith("<svg")
                .contains(
                        ">10</text>",
                        ">100</text>",
                        ">1000</text>",
                        ">10000</text>",
                        ">D80 = 130 Gy<",
                        ">threshold 80 Gy<",
                        ">disappeared (5)<",
                        ">did not disappear (3)<");
        assertThat(svg.split("<circle", -1)).hasSize(1 + 8 + 1);
        assertThat(SvgCharts.doseResponse(fitted)).isEqualTo(svg);
        var falling = new DoseResponse(
                8,
                5,
                new Logistic(
                        0.9, -0.46, 0.6, null, "the slope is not above 0: no dose" + " reaches a probability of 0.8"),
                Rates.block(4, 6),
                points);
        assertThat(SvgCharts.doseResponse(falling))
                .contains(">no D80: the slope is not above 0<", ">fitted logistic<")
                .doesNotContain("D80 =");
        var none = new DoseResponse(
                0,
                0,
                new Logistic(null, null, null, null, "fewer than 3 lesions with a dose above" + " 0"),
                Rates.block(0, 0),
                List.of());
        assertThat(SvgCharts.doseResponse(none)).contains(">no lesions<").doesNotContain("<circle");
    }

    @Test
    void theFlowBoxesEveryStepEvenWhenNobodyLeaves() {
        String svg = SvgCharts.populationFlow(new Report.Populations(5, 5, 0, 5, 5, List.of()));
        assertThat(svg)
                .contains(
                        ">Enrolled<",
                        ">With dosimetry<",
                        ">Treated (first therapy)<",
                        ">Evaluable (visit at 6 months)<");
        assertThat(svg.split(">n = 5<", -1)).hasSize(1 + 4);
        assertThat(svg.split(">Left out: n = 0<", -1)).hasSize(1 + 3);
    }

    @Test
    void theChartsArePublicForTheWebPages() throws Exception {
        for (var method : List.of(
                SvgCharts.class.getMethod("populationFlow", Report.Populations.class),
                SvgCharts.class.getMethod("doseResponse", DoseResponse.class),
                SvgCharts.class.getMethod("forest", List.class),
                SvgCharts.class.getMethod("kaplanMeier", Report.GroupedSurvival.class))) {
            assertThat(Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers()))
                    .isTrue();
        }
    }

    @Test
    void theKaplanMeierLegendIsUnderThePlotWhereNoCurveRuns() {
        String km = svg(html, "Kaplan-Meier");
        java.util.regex.Matcher axis = java.util.regex.Pattern.compile(
                        "<line x1=\"[\\d.]+\" y1=\"([\\d.]+)\" x2=\"[\\d.]+\" y2=\"\\1\"")
                .matcher(km);
        assertThat(axis.find()).as("the x axis").isTrue();
        double plotBottom = Double.parseDouble(axis.group(1));
        java.util.regex.Matcher legend = java.util.regex.Pattern.compile(
                        "<text x=\"[\\d.]+\" y=\"([\\d.]+)\"[^>]*>[^<]+ \\(n = \\d+, events \\d+\\)</text>")
                .matcher(km);
        int entries = 0;
        while (legend.find()) {
            assertThat(Double.parseDouble(legend.group(1))).isGreaterThan(plotBottom + 20);
            entries++;
        }
        assertThat(entries).isEqualTo(2);
    }

    /** The {@code <svg>} element whose aria-label starts with the given words. */
    private static String svg(String page, String label) {
        int at = page.indexOf("aria-label=\"" + label);
        assertThat(at).isNotNegative();
        int start = page.lastIndexOf("<svg", at);
        return page.substring(start, page.indexOf("</svg>", at) + "</svg>".length());
    }

    private static Report with(Report r, Report.ConsentCounts consent) {
        Report same = with(r, r.populations(), r.toxicity(), r.doseResponse());
        return new Report(
                same.cohort(),
                same.populations(),
                same.primaryEndpoint(),
                same.responseRates(),
                same.associations(),
                same.survival(),
                same.followUp(),
                same.toxicity(),
                same.doseResponse(),
                same.deviations(),
                same.mirna(),
                same.mirnaQc(),
                same.correlations(),
                same.fdgChange(),
                same.iodinePet(),
                same.cumulativeActivity(),
                same.dosimetry(),
                same.hotspotCalls(),
                consent,
                same.provenance());
    }

    private static Report with(Report r, Report.Populations populations, Toxicity toxicity, DoseResponse doseResponse) {
        return new Report(
                r.cohort(),
                populations,
                r.primaryEndpoint(),
                r.responseRates(),
                r.associations(),
                r.survival(),
                r.followUp(),
                toxicity,
                doseResponse,
                r.deviations(),
                r.mirna(),
                r.mirnaQc(),
                r.correlations(),
                r.fdgChange(),
                r.iodinePet(),
                r.cumulativeActivity(),
                r.dosimetry(),
                r.hotspotCalls(),
                r.consent(),
                r.provenance());
    }
}
