package org.thyrobank.analysis;

import static org.thyrobank.analysis.Html.cell;
import static org.thyrobank.analysis.Html.escape;
import static org.thyrobank.analysis.Html.headerRow;
import static org.thyrobank.analysis.Html.interval;
import static org.thyrobank.analysis.Html.number;
import static org.thyrobank.analysis.Html.pValue;
import static org.thyrobank.analysis.Html.rate;
import static org.thyrobank.analysis.Html.textCell;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.Report.CentreRate;
import org.thyrobank.analysis.Report.Correlation;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.analysis.Report.MirnaFactorComparison;
import org.thyrobank.analysis.Report.MirnaGroupComparison;
import org.thyrobank.analysis.Report.MirnaPairedComparison;
import org.thyrobank.analysis.Report.MirnaTest;
import org.thyrobank.analysis.Report.OverallSurvival;
import org.thyrobank.analysis.Report.SurvivalAnalysis;
import org.thyrobank.analysis.Report.SurvivalGroup;
import org.thyrobank.platform.provenance.Provenance;

/**
 * The report as one self-contained HTML page a researcher can send by email, in the order a trial report reads:
 * populations (with the patient flow), the primary endpoint, response, safety, dose-response (with its curve),
 * associations (with a forest plot of the odds ratios), survival and follow-up (Kaplan-Meier curves by BRAF_V600E and
 * TERT_PROMOTER with numbers at risk), miRNA, the 6-month scans, dosimetry. The figures are those of the JSON, as
 * inline SVG and tables. No script, no external resource; every text is escaped.
 */
public final class ReportHtml {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #bbb;padding:2px 6px;"
            + "text-align:right;white-space:nowrap}th{background:#eee;text-align:center}"
            + "td:first-child,th:first-child,td.t{text-align:left}td.t{white-space:normal;min-width:9em}"
            + ".side>*{display:inline-block;vertical-align:top;margin-right:2em}"
            + "figure{display:inline-block;margin:0 1em 1em 0;vertical-align:top}figcaption{max-width:40em}"
            + "h2{border-bottom:1px solid #bbb;margin-top:1.6em}.note{color:#555}";
    private static final List<String> GRADES = List.of("1", "2", "3", "4", "5");

    private ReportHtml() {}

    public static String write(Report report) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>thyrobank report</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
                + body(report) + "</body>\n</html>\n";
    }

    /** The report's content without the document around it, for a page of the site (whose stylesheet styles it). */
    public static String body(Report report) {
        StringBuilder html =
                new StringBuilder("<h1>131I in metastatic differentiated thyroid cancer: trial report</h1>\n");
        populations(report, html);
        primaryEndpoint(report, html);
        response(report, html);
        safety(report, html);
        doseResponse(report, html);
        associations(report, html);
        survival(report, html);
        mirna(report, html);
        scans(report, html);
        dosimetry(report, html);
        if (report.provenance() != null) {
            provenance(report.provenance(), html);
        }
        return html.toString();
    }

    /** The options as a reader reads them: {@code key = value; ...}, a nested map (the thresholds) as its entries. */
    private static String options(Map<String, Object> options) {
        return options.entrySet().stream()
                .map(e -> e.getValue() instanceof Map<?, ?> nested
                        ? e.getKey() + ": "
                                + nested.entrySet().stream()
                                        .map(n -> n.getKey() + " = " + n.getValue())
                                        .collect(Collectors.joining(", "))
                        : e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A timestamp as a reader cites it, to the second (the JSON keeps the stored microseconds). */
    private static String toTheSecond(String timestamp) {
        return timestamp == null ? null : timestamp.replaceFirst("(T\\d\\d:\\d\\d:\\d\\d)\\.\\d+", "$1");
    }

    /** The footer a reader cites: software, data version (and freeze), who and when, options, files and their hashes. */
    private static void provenance(Provenance p, StringBuilder html) {
        html.append("<footer>\n<h2>Provenance</h2>\n<p class=\"cite\">thyrobank ")
                .append(escape(p.software().version()))
                .append(" (commit ")
                .append(escape(p.software().commit()))
                .append("), data version ")
                .append(escape(p.dataVersion()));
        html.append(", generated ")
                .append(escape(toTheSecond(p.generatedAt())))
                .append(" by ")
                .append(escape(p.generatedBy()))
                .append(".</p>\n<p>Options: ")
                .append(escape(options(p.options())))
                .append("</p>\n<table>\n")
                .append(headerRow("input file", "SHA-256", "imported at", "outcome"));
        for (Provenance.Input input : p.inputs()) {
            html.append("<tr>")
                    .append(textCell(input.path()))
                    .append(textCell(input.sha256()))
                    .append(textCell(toTheSecond(input.importedAt())))
                    .append(textCell(input.outcome()))
                    .append("</tr>\n");
        }
        html.append("</table>\n<table>\n").append(headerRow("reference file", "SHA-256"));
        for (Provenance.ReferenceFile file : p.referenceFiles()) {
            html.append("<tr>")
                    .append(textCell(file.path()))
                    .append(textCell(file.sha256()))
                    .append("</tr>\n");
        }
        html.append("</table>\n</footer>\n");
    }

    private static void populations(Report report, StringBuilder html) {
        var p = report.populations();
        html.append("<h2>Analysis populations</h2>\n<p>")
                .append(escape(report.cohort().patients()))
                .append(" patients, ")
                .append(escape(report.cohort().evaluable()))
                .append(" evaluable.</p>\n")
                .append(consent(report.consent()))
                .append("<div class=\"side\">\n<figure>")
                .append(SvgCharts.populationFlow(p))
                .append("<figcaption>Patient flow: each box the patients of a population, beside each arrow those"
                        + " who leave there, by reason.</figcaption></figure>\n");
        leftOut(p, html);
        html.append("</div>\n<table>\n")
                .append(headerRow("population", "patients", "who"))
                .append(population("enrolled", p.enrolled(), "every patient in patients.csv"))
                .append(population(
                        "dosimetry",
                        p.dosimetry(),
                        "enrolled, with blood dosimetry and at least one soft-tissue lesion dosimetry"))
                .append(population(
                        "exited",
                        p.exited(),
                        "in dosimetry, EXIT_TO_STANDARD_CARE: off protocol, left out of every step below"))
                .append(population("treated", p.treated(), "in dosimetry, not exited, with a therapy"))
                .append(population(
                        "evaluable",
                        p.evaluable(),
                        "treated, with an assessment visit at least 182 days after the first therapy"))
                .append("</table>\n");
    }

    /** docs/consent.md: "consent not recorded", or how many patients each scope leaves out. */
    private static String consent(Report.ConsentCounts consent) {
        if (!consent.recorded()) {
            return "<p class=\"consent\">" + escape("Consent not recorded (no clinical/consent.csv).") + "</p>\n";
        }
        StringBuilder counts = new StringBuilder();
        consent.excludedCounts()
                .forEach((scope, n) -> counts.append(counts.isEmpty() ? "" : ", ")
                        .append(scope)
                        .append(' ')
                        .append(n));
        return "<p class=\"consent\">" + escape("Patients left out by consent: " + counts + ".") + "</p>\n";
    }

    private static void leftOut(Report.Populations p, StringBuilder html) {
        if (p.leftOut().isEmpty()) {
            html.append("<p>Nobody left the flow.</p>\n");
            return;
        }
        html.append("<table>\n").append(headerRow("patient left out", "last step reached", "reason"));
        p.leftOut()
                .forEach(exit -> html.append("<tr>")
                        .append(cell(exit.patientId()))
                        .append(textCell(exit.step()))
                        .append(textCell(exit.reason()))
                        .append("</tr>\n"));
        html.append("</table>\n");
    }

    private static String population(String name, int patients, String who) {
        return "<tr>" + cell(name) + cell(patients) + textCell(who) + "</tr>\n";
    }

    private static void primaryEndpoint(Report report, StringBuilder html) {
        var primary = report.primaryEndpoint();
        html.append("<h2>Primary endpoint</h2>\n<table>\n")
                .append(headerRow(
                        "outcome",
                        "evaluable",
                        "responders",
                        "rate",
                        "95 % CI",
                        "null rate",
                        "one-sided p",
                        "left out"))
                .append("<tr>")
                .append(cell(primary.outcome()))
                .append(cell(primary.evaluable()))
                .append(cell(primary.responders()))
                .append(cell(number(primary.rate())))
                .append(cell(interval(primary.ci95())))
                .append(cell(number(primary.nullRate())))
                .append(cell(pValue(primary.pValue())))
                .append(textCell(leftOut(primary.leftOut())))
                .append("</tr>\n</table>\n<table>\n")
                .append(headerRow("analysis", "responders / patients = rate"))
                .append(row(
                        "sensitivity: every patient with a therapy and a 6-month visit, whatever their"
                                + " dosimetry or exit",
                        rate(primary.sensitivityAllTreated())));
        for (CentreRate centre : primary.byCentre()) {
            html.append(row("centre " + centre.centre() + " (evaluable)", rate(centre)));
        }
        html.append(row(
                        "centre x " + primary.outcome() + " among the evaluable: Fisher's exact p",
                        pValue(primary.centrePValue())))
                .append("</table>\n");
    }

    private static void response(Report report, StringBuilder html) {
        var rates = report.responseRates();
        html.append("<h2>Best overall response (RECIST 1.1, evaluable)</h2>\n<table>\n<tr><th>best response</th>");
        rates.bestResponse()
                .keySet()
                .forEach(
                        category -> html.append("<th>").append(escape(category)).append("</th>"));
        html.append("</tr>\n<tr>").append(cell("patients"));
        rates.bestResponse().values().forEach(count -> html.append(cell(count)));
        html.append("</tr>\n</table>\n<table>\n")
                .append(headerRow("rate", "patients / evaluable = rate"))
                .append(row("objective response (CR + PR)", rate(rates.orr())))
                .append(row("disease control (CR + PR + SD)", rate(rates.dcr())))
                .append("</table>\n");
    }

    private static void safety(Report report, StringBuilder html) {
        var toxicity = report.toxicity();
        html.append("<h2>Safety (treatment-emergent adverse events, CTCAE v4.0)</h2>\n<p>")
                .append(escape(toxicity.treated()))
                .append(" treated patients.</p>\n<table>\n")
                .append(headerRow(
                        "participants with a treatment-related adverse event", "participants / treated = rate"))
                .append(row("any grade", rate(toxicity.relatedAny())))
                .append(row("grade 3 or more", rate(toxicity.relatedGrade3plus())))
                .append(row(
                        "acute (onset within the acute window after the first therapy: 90 days in the analysis"
                                + " plan)",
                        rate(toxicity.acuteRelated())))
                .append("</table>\n");
        if (toxicity.terms().isEmpty()) {
            html.append("<p>No treatment-emergent adverse events.</p>\n");
        } else {
            html.append("<table>\n<tr><th rowspan=\"2\">CTCAE term</th><th rowspan=\"2\">events</th>"
                    + "<th rowspan=\"2\">participants</th><th rowspan=\"2\">with a related event</th>"
                    + "<th colspan=\"5\">participants by highest grade</th></tr>\n<tr>");
            GRADES.forEach(grade -> html.append("<th>").append(grade).append("</th>"));
            html.append("</tr>\n");
            toxicity.terms().forEach(term -> {
                html.append("<tr>")
                        .append(cell(term.term()))
                        .append(cell(term.events()))
                        .append(cell(term.participants()))
                        .append(cell(term.relatedParticipants()));
                GRADES.forEach(grade -> html.append(cell(term.byMaxGrade().getOrDefault(grade, 0))));
                html.append("</tr>\n");
            });
            html.append("</table>\n");
        }
        if (!toxicity.warnings().isEmpty()) {
            html.append("<p>Warnings:</p>\n<ul class=\"note\">\n");
            toxicity.warnings()
                    .forEach(w -> html.append("<li>").append(escape(w)).append("</li>\n"));
            html.append("</ul>\n");
        }
        if (toxicity.labNadirs().isEmpty()) {
            html.append("<p>No haematological nadirs.</p>\n");
            return;
        }
        html.append("<table>\n")
                .append(headerRow(
                        "lab nadir", "patients", "grade 0", "grade 1", "grade 2", "grade 3", "grade 4", "max grade"));
        toxicity.labNadirs().forEach(lab -> {
            html.append("<tr>").append(cell(lab.test())).append(cell(lab.patients()));
            lab.grades().values().forEach(count -> html.append(cell(count)));
            html.append(cell(lab.maxGrade())).append("</tr>\n");
        });
        html.append("</table>\n");
    }

    private static void doseResponse(Report report, StringBuilder html) {
        var dr = report.doseResponse();
        var fit = dr.logistic();
        html.append("<h2>Dose\u2013response (soft-tissue lesions of evaluable patients)</h2>\n<table>\n")
                .append(headerRow("figure", "value"))
                .append(row("lesions", Integer.toString(dr.lesions())))
                .append(row("disappeared", Integer.toString(dr.disappeared())))
                .append(row("logistic fit, glm(disappeared ~ log10(D), binomial): intercept", number(fit.intercept())))
                .append(row("slope per log10 Gy", number(fit.slopeLog10Gy())))
                .append(row("slope p (Wald)", pValue(fit.slopePValue())))
                .append(row("D80, the dose of a fitted probability 0.8 (Gy)", number(fit.d80Gy())));
        if (fit.note() != null) {
            html.append(row("note", fit.note()));
        }
        html.append(row(
                        "disappeared among the lesions at or above their threshold (Jentzen: > 80 %)",
                        rate(dr.atThreshold())))
                .append("</table>\n<figure>")
                .append(SvgCharts.doseResponse(dr))
                .append("<figcaption>Each lesion at 1 (disappeared) or 0 (did not), spread a little up and down so"
                        + " that overlapping lesions show, against its dose at the first therapy; the fitted"
                        + " logistic curve and D80 where defined.</figcaption></figure>\n");
    }

    private static void associations(Report report, StringBuilder html) {
        html.append("<h2>Associations (Fisher's exact test)</h2>\n")
                .append("<p class=\"calls\">")
                .append(escape(ReportText.hotspotCalls(report.hotspotCalls())))
                .append("</p>\n<table>\n")
                .append(headerRow(
                        "factor",
                        "outcome",
                        "present: yes",
                        "present: no",
                        "absent: yes",
                        "absent: no",
                        "odds ratio",
                        "95 % CI",
                        "p",
                        "BH q",
                        "left out"));
        for (Association a : report.associations()) {
            html.append("<tr>")
                    .append(textCell(a.factor() + " (" + a.levels().get(0) + " / "
                            + a.levels().get(1) + ")"))
                    .append(textCell(a.outcome()));
            a.table().forEach(row -> row.forEach(count -> html.append(cell(count))));
            html.append(cell(number(a.oddsRatio())))
                    .append(cell(interval(a.oddsRatioCi95())))
                    .append(cell(pValue(a.pValue())))
                    .append(cell(pValue(a.qValue())))
                    .append(textCell(leftOut(a.leftOut())))
                    .append("</tr>\n");
        }
        html.append("</table>\n<p class=\"note\">BH q: Benjamini-Hochberg over every factor x outcome row.</p>\n")
                .append("<figure>")
                .append(SvgCharts.forest(report.associations()))
                .append("<figcaption>Odds ratios with 95 % intervals (conditional MLE, as fisher.test)."
                        + "</figcaption></figure>\n");
    }

    private static void survival(Report report, StringBuilder html) {
        html.append("<h2>Survival and follow-up (treated)</h2>\n<table>\n")
                .append(headerRow(
                        "endpoint",
                        "group",
                        "n",
                        "events",
                        "median (months)",
                        "95 % CI",
                        "log-rank p",
                        "hazard ratio",
                        "95 % CI",
                        "left out"));
        for (SurvivalAnalysis analysis : report.survival()) {
            if (analysis instanceof OverallSurvival o) {
                html.append("<tr>")
                        .append(cell(o.endpoint()))
                        .append(textCell("all"))
                        .append(cell(o.n()))
                        .append(cell(o.events()))
                        .append(cell(number(o.medianMonths())))
                        .append(cell(interval(o.medianCi95())))
                        .append("<td></td><td></td><td></td>")
                        .append(textCell(leftOut(o.leftOut())))
                        .append("</tr>\n");
            } else if (analysis instanceof GroupedSurvival g) {
                for (SurvivalGroup group : g.groups()) {
                    html.append("<tr>")
                            .append(cell(g.endpoint()))
                            .append(textCell(g.groupBy() + " " + group.level()))
                            .append(cell(group.n()))
                            .append(cell(group.events()))
                            .append(cell(number(group.medianMonths())))
                            .append(cell(interval(group.medianCi95())))
                            .append(cell(pValue(g.logrankP())))
                            .append(cell(number(g.hazardRatio())))
                            .append(cell(interval(g.hazardRatioCi95())))
                            .append(textCell(leftOut(g.leftOut())))
                            .append("</tr>\n");
                }
            }
        }
        var followUp = report.followUp();
        html.append("</table>\n<table>\n")
                .append(headerRow("follow-up", "n", "median (months)", "95 % CI"))
                .append("<tr>")
                .append(cell(followUp.method().replace('_', ' ')))
                .append(cell(followUp.n()))
                .append(cell(number(followUp.medianMonths())))
                .append(cell(interval(followUp.medianCi95())))
                .append("</tr>\n</table>\n");
        for (SurvivalAnalysis analysis : report.survival()) {
            if (analysis instanceof GroupedSurvival g) {
                html.append("<figure>")
                        .append(SvgCharts.kaplanMeier(g))
                        .append("<figcaption>")
                        .append(escape(g.endpoint() + " by " + g.groupBy() + ": log-rank p " + pValue(g.logrankP())
                                + ", hazard ratio " + g.groups().get(0).level() + " vs "
                                + g.groups().get(1).level()
                                + " " + number(g.hazardRatio()) + " " + interval(g.hazardRatioCi95())))
                        .append("</figcaption></figure>\n");
            }
        }
    }

    private static void mirna(Report report, StringBuilder html) {
        var qc = report.mirnaQc();
        html.append("<h2>Circulating miRNA</h2>\n<p>Normalisation: ")
                .append(escape(qc.normalisation() == null ? "no qPCR" : qc.normalisation()))
                .append("; flagged specimens ")
                .append(qc.flaggedExcluded() ? "left out" : "kept")
                .append("; ")
                .append(qc.flags().size())
                .append(" QC flags.</p>\n<table>\n")
                .append(headerRow(
                        "miRNA", "test", "n", "median ddCq", "p", "BH q", "flagged specimens used", "left out"));
        for (MirnaTest test : report.mirna()) {
            html.append("<tr>").append(cell(test.mirna())).append(textCell(test.test()));
            if (test instanceof MirnaGroupComparison g) {
                html.append(cell(g.n() + " (" + g.nCr() + " CR, " + g.nNonCr() + " non-CR)"))
                        .append("<td></td>")
                        .append(cell(pValue(g.pValue())))
                        .append(cell(pValue(g.qValue())))
                        .append(cell(g.flaggedSpecimens()))
                        .append(textCell(leftOut(g.leftOut())));
            } else if (test instanceof MirnaPairedComparison p) {
                html.append(cell(p.n()))
                        .append(cell(number(p.medianDdcq())))
                        .append(cell(pValue(p.pValue())))
                        .append(cell(pValue(p.qValue())))
                        .append(cell(p.flaggedSpecimens()))
                        .append(textCell(leftOut(p.leftOut())));
            } else if (test instanceof MirnaFactorComparison f) {
                html.append(cell(f.n() + " (" + f.nTrue() + " true, " + f.nFalse() + " false)"))
                        .append("<td></td>")
                        .append(cell(pValue(f.pValue())))
                        .append(cell(pValue(f.qValue())))
                        .append(cell(f.flaggedSpecimens()))
                        .append(textCell(leftOut(f.leftOut())));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        if (!qc.flags().isEmpty()) {
            html.append("<table>\n").append(headerRow("QC flag", "plate", "specimen", "detail"));
            qc.flags()
                    .forEach(f -> html.append("<tr>")
                            .append(cell(f.issue()))
                            .append(textCell(f.plate()))
                            .append(textCell(f.specimenId()))
                            .append(textCell(f.detail()))
                            .append("</tr>\n"));
            html.append("</table>\n");
        }
        html.append("<h2>Correlations (Spearman)</h2>\n<table>\n")
                .append(headerRow("correlation", "miRNA", "n", "rho", "p", "BH q"));
        for (Correlation c : report.correlations()) {
            html.append("<tr>")
                    .append(cell(c.name()))
                    .append(textCell(c.mirna() == null ? "" : c.mirna()))
                    .append(cell(c.n()))
                    .append(cell(number(c.rho())))
                    .append(cell(pValue(c.pValue())))
                    .append(cell(pValue(c.qValue())))
                    .append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void scans(Report report, StringBuilder html) {
        var fdg = report.fdgChange();
        var pet = report.iodinePet();
        html.append("<h2>Scans at 6 months</h2>\n<table>\n")
                .append(headerRow("analysis", "n", "estimate", "p"))
                .append("<tr>")
                .append(cell("FDG PET: change of each treated patient's highest SUVmax, POST - PRE"
                        + " (Wilcoxon signed-rank)"))
                .append(cell(fdg.n() + " patients"))
                .append(cell("median " + number(fdg.medianChange())))
                .append(cell(pValue(fdg.pValue())))
                .append("</tr>\n<tr>")
                .append(cell("124I PET: post / pre uptake ratio against the lesion dose" + " (Spearman)"))
                .append(cell(pet.lesions() + " lesions"))
                .append(cell("rho " + number(pet.spearmanRho())))
                .append(cell(pValue(pet.pValue())))
                .append("</tr>\n</table>\n");
    }

    private static void dosimetry(Report report, StringBuilder html) {
        html.append("<h2>Dosimetry and activity</h2>\n<table>\n")
                .append(headerRow(
                        "patient",
                        "MTA (GBq)",
                        "recommended (GBq)",
                        "lowest soft-tissue dose (Gy)",
                        "exit to standard care",
                        "iodine refractory",
                        "radioresistant"));
        report.dosimetry()
                .forEach(d -> html.append("<tr>")
                        .append(cell(d.patientId()))
                        .append(cell(number(d.mtaGbq())))
                        .append(cell(number(d.recommendedActivityGbq())))
                        .append(cell(number(d.lowestSoftTissueDoseGy())))
                        .append(cell(d.exitToStandardCare()))
                        .append(cell(d.iodineRefractory()))
                        .append(cell(d.radioresistant()))
                        .append("</tr>\n"));
        html.append("</table>\n<div class=\"side\">\n<div>\n"
                + "<h3>Deviations from the protocol's activity (first therapy)</h3>\n");
        if (report.deviations().isEmpty()) {
            html.append("<p>None.</p>\n");
        } else {
            html.append("<table>\n").append(headerRow("patient", "deviation", "administered (GBq)", "limit (GBq)"));
            report.deviations()
                    .forEach(d -> html.append("<tr>")
                            .append(cell(d.patientId()))
                            .append(textCell(d.kind()))
                            .append(cell(number(d.administeredGbq())))
                            .append(cell(number(d.limitGbq())))
                            .append("</tr>\n"));
            html.append("</table>\n");
        }
        html.append("</div>\n<div>\n<h3>Cumulative activity (every cycle)</h3>\n<table>\n")
                .append(headerRow("patient", "cycles", "activity (GBq)"));
        report.cumulativeActivity()
                .forEach(c -> html.append("<tr>")
                        .append(cell(c.patientId()))
                        .append(cell(c.cycles()))
                        .append(cell(number(c.gbq())))
                        .append("</tr>\n"));
        html.append("</table>\n</div>\n</div>\n");
    }

    private static String row(String label, String value) {
        return "<tr>" + cell(label) + cell(value) + "</tr>\n";
    }

    private static String leftOut(Map<String, Integer> leftOut) {
        return leftOut.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().replace('_', ' ') + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
