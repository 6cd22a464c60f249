package org.thyrobank.analysis;

import static org.thyrobank.analysis.Html.cell;
import static org.thyrobank.analysis.Html.escape;
import static org.thyrobank.analysis.Html.headerRow;
import static org.thyrobank.analysis.Html.interval;
import static org.thyrobank.analysis.Html.number;

import java.util.Map;
import java.util.stream.Collectors;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.Report.Correlation;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.analysis.Report.MirnaGroupComparison;
import org.thyrobank.analysis.Report.MirnaPairedComparison;
import org.thyrobank.analysis.Report.MirnaTest;
import org.thyrobank.analysis.Report.OverallSurvival;
import org.thyrobank.analysis.Report.SurvivalAnalysis;
import org.thyrobank.analysis.Report.SurvivalGroup;

/**
 * The report as one self-contained HTML page a researcher can send by email: tables, Kaplan-Meier curves by
 * BRAF_V600E and TERT_PROMOTER with numbers at risk, and a forest plot of the odds ratios, as inline SVG. No
 * script, no external resource; every text is escaped.
 */
public final class ReportHtml {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:70em}"
            + "table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #bbb;padding:2px 6px;"
            + "text-align:right}th{background:#eee}td:first-child,th:first-child{text-align:left}"
            + "figure{display:inline-block;margin:0 1em 1em 0}";

    private ReportHtml() {
    }

    public static String write(Report report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>thyrobank report</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>131I in metastatic differentiated thyroid cancer: trial report</h1>\n");
        var primary = report.primaryEndpoint();
        html.append("<h2>Cohort and primary endpoint</h2>\n<p>").append(escape(report.cohort().patients()))
                .append(" patients, ").append(escape(report.cohort().evaluable())).append(" evaluable.</p>\n<table>\n")
                .append(headerRow("outcome", "evaluable", "responders", "rate", "95 % CI", "null rate",
                        "one-sided p"))
                .append("<tr>").append(cell(primary.outcome())).append(cell(primary.evaluable()))
                .append(cell(primary.responders())).append(cell(number(primary.rate())))
                .append(cell(interval(primary.ci95()))).append(cell(number(primary.nullRate())))
                .append(cell(number(primary.pValue()))).append("</tr>\n</table>\n");
        associations(report, html);
        survival(report, html);
        mirna(report, html);
        descriptive(report, html);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void associations(Report report, StringBuilder html) {
        html.append("<h2>Associations (Fisher's exact test)</h2>\n<table>\n").append(headerRow("factor", "outcome",
                "present: yes", "present: no", "absent: yes", "absent: no", "odds ratio", "95 % CI", "p",
                "left out"));
        for (Association a : report.associations()) {
            html.append("<tr>").append(cell(a.factor() + " (" + a.levels().get(0) + " / " + a.levels().get(1) + ")"))
                    .append(cell(a.outcome()));
            a.table().forEach(row -> row.forEach(count -> html.append(cell(count))));
            html.append(cell(number(a.oddsRatio()))).append(cell(interval(a.oddsRatioCi95())))
                    .append(cell(number(a.pValue()))).append(cell(leftOut(a.leftOut()))).append("</tr>\n");
        }
        html.append("</table>\n<figure>").append(SvgCharts.forest(report.associations()))
                .append("<figcaption>Odds ratios with 95 % intervals (conditional MLE, as fisher.test)."
                        + "</figcaption></figure>\n");
    }

    private static void survival(Report report, StringBuilder html) {
        html.append("<h2>Survival</h2>\n<table>\n").append(headerRow("endpoint", "group", "n", "events",
                "median (months)", "95 % CI", "log-rank p", "hazard ratio", "95 % CI", "left out"));
        for (SurvivalAnalysis analysis : report.survival()) {
            if (analysis instanceof OverallSurvival o) {
                html.append("<tr>").append(cell(o.endpoint())).append(cell("all")).append(cell(o.n()))
                        .append(cell(o.events())).append(cell(number(o.medianMonths())))
                        .append(cell(interval(o.medianCi95()))).append("<td></td><td></td><td></td>")
                        .append(cell(leftOut(o.leftOut()))).append("</tr>\n");
            } else if (analysis instanceof GroupedSurvival g) {
                for (SurvivalGroup group : g.groups()) {
                    html.append("<tr>").append(cell(g.endpoint())).append(cell(g.groupBy() + " " + group.level()))
                            .append(cell(group.n())).append(cell(group.events()))
                            .append(cell(number(group.medianMonths()))).append(cell(interval(group.medianCi95())))
                            .append(cell(number(g.logrankP()))).append(cell(number(g.hazardRatio())))
                            .append(cell(interval(g.hazardRatioCi95()))).append(cell(leftOut(g.leftOut())))
                            .append("</tr>\n");
                }
            }
        }
        html.append("</table>\n");
        for (SurvivalAnalysis analysis : report.survival()) {
            if (analysis instanceof GroupedSurvival g) {
                html.append("<figure>").append(SvgCharts.kaplanMeier(g)).append("<figcaption>")
                        .append(escape(g.endpoint() + " by " + g.groupBy() + ": log-rank p " + number(g.logrankP())
                                + ", hazard ratio " + g.groups().get(0).level() + " vs " + g.groups().get(1).level()
                                + " " + number(g.hazardRatio()) + " " + interval(g.hazardRatioCi95())))
                        .append("</figcaption></figure>\n");
            }
        }
    }

    private static void mirna(Report report, StringBuilder html) {
        var qc = report.mirnaQc();
        html.append("<h2>Circulating miRNA</h2>\n<p>Normalisation: ").append(escape(qc.normalisation() == null
                ? "no qPCR" : qc.normalisation())).append("; flagged specimens ")
                .append(qc.flaggedExcluded() ? "left out" : "kept").append("; ").append(qc.flags().size())
                .append(" QC flags.</p>\n<table>\n")
                .append(headerRow("miRNA", "test", "n", "median ddCq", "p", "BH q", "flagged specimens used",
                        "left out"));
        for (MirnaTest test : report.mirna()) {
            html.append("<tr>").append(cell(test.mirna())).append(cell(test.test()));
            if (test instanceof MirnaGroupComparison g) {
                html.append(cell(g.n() + " (" + g.nCr() + " CR, " + g.nNonCr() + " non-CR)")).append("<td></td>")
                        .append(cell(number(g.pValue()))).append(cell(number(g.qValue())))
                        .append(cell(g.flaggedSpecimens())).append(cell(leftOut(g.leftOut())));
            } else if (test instanceof MirnaPairedComparison p) {
                html.append(cell(p.n())).append(cell(number(p.medianDdcq()))).append(cell(number(p.pValue())))
                        .append(cell(number(p.qValue()))).append(cell(p.flaggedSpecimens()))
                        .append(cell(leftOut(p.leftOut())));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<table>\n").append(headerRow("QC flag", "plate", "specimen", "detail"));
        qc.flags().forEach(f -> html.append("<tr>").append(cell(f.issue())).append(cell(f.plate()))
                .append(cell(f.specimenId())).append(cell(f.detail())).append("</tr>\n"));
        html.append("</table>\n<h2>Correlations (Spearman)</h2>\n<table>\n")
                .append(headerRow("correlation", "miRNA", "n", "rho", "p", "BH q"));
        for (Correlation c : report.correlations()) {
            html.append("<tr>").append(cell(c.name())).append(cell(c.mirna() == null ? "" : c.mirna()))
                    .append(cell(c.n())).append(cell(number(c.rho()))).append(cell(number(c.pValue())))
                    .append(cell(number(c.qValue()))).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void descriptive(Report report, StringBuilder html) {
        html.append("<h2>Toxicity (CTCAE v4.0)</h2>\n<table>\n")
                .append(headerRow("lab nadir", "patients", "grade 0", "grade 1", "grade 2", "grade 3", "grade 4",
                        "max grade"));
        report.toxicity().labNadirs().forEach(lab -> {
            html.append("<tr>").append(cell(lab.test())).append(cell(lab.patients()));
            lab.grades().values().forEach(count -> html.append(cell(count)));
            html.append(cell(lab.maxGrade())).append("</tr>\n");
        });
        html.append("</table>\n<h2>Dosimetry</h2>\n<table>\n").append(headerRow("patient", "MTA (GBq)",
                "recommended (GBq)", "lowest soft-tissue dose (Gy)", "exit to standard care", "iodine refractory",
                "radioresistant"));
        report.dosimetry().forEach(d -> html.append("<tr>").append(cell(d.patientId())).append(cell(d.mtaGbq()))
                .append(cell(d.recommendedActivityGbq())).append(cell(d.lowestSoftTissueDoseGy()))
                .append(cell(d.exitToStandardCare())).append(cell(d.iodineRefractory()))
                .append(cell(d.radioresistant())).append("</tr>\n"));
        html.append("</table>\n");
    }

    private static String leftOut(Map<String, Integer> leftOut) {
        return leftOut.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().replace('_', ' ') + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
