package org.thyrobank.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.analysis.Report.MirnaTest;
import org.thyrobank.analysis.Report.OverallSurvival;
import org.thyrobank.analysis.Report.PopulationExit;
import org.thyrobank.analysis.Report.RateBlock;
import org.thyrobank.analysis.Report.SurvivalAnalysis;
import org.thyrobank.analysis.Report.SurvivalGroup;
import org.thyrobank.analysis.TextTable.Align;

/**
 * The report as a short summary for a person at a terminal ({@code report --format text}, and what {@code demo}
 * prints): the population flow, the primary endpoint with its CI and p, the associations (OR, CI, p, q), the survival
 * medians and comparisons, the dose-response fit and the miRNA tests with q below 0.05, in aligned columns with
 * readable numbers (docs/interfaces.md, "report --format text"). The figures are the JSON's, rounded: p and q to 3
 * significant figures ("&lt; 0.001" below), rates as percentages to 1 decimal, months to 1 decimal, doses, ratios and
 * medians of dCq to 2 decimals, counts as integers, an undefined figure as {@code NA}; left-out counts in words.
 */
public final class ReportText {

    /** The miRNA tests shown are those below this q; the others are in the JSON, TSV and HTML reports. */
    static final double Q_SHOWN = 0.05;

    private static final String INDENT = "  ";
    private static final BigDecimal P_FLOOR = new BigDecimal("0.001");
    private static final int SIGNIFICANT = 3;
    /** The flow's steps in order: those left out are listed by the step they leave after. */
    private static final List<String> STEPS = List.of("enrolled", "dosimetry", "treated");

    private ReportText() {}

    public static String write(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("thyrobank report: ")
                .append(report.cohort().patients())
                .append(" patients, ")
                .append(report.cohort().evaluable())
                .append(" evaluable")
                .append(
                        report.mirnaQc() == null || report.mirnaQc().normalisation() == null
                                ? ""
                                : "; miRNA normalisation " + report.mirnaQc().normalisation())
                .append('\n');
        populations(report.populations(), out);
        primaryEndpoint(report.primaryEndpoint(), out);
        responseRates(report.responseRates(), out);
        out.append('\n').append(hotspotCalls(report.hotspotCalls()));
        if (report.hotspotCalls().callsLeftOut() > 0) {
            out.append(" report --include-preliminary uses them.");
        }
        out.append('\n');
        associations(report.associations(), out);
        survival(report.survival(), report.followUp(), out);
        safety(report.toxicity(), report.deviations(), out);
        doseResponse(report.doseResponse(), out);
        mirna(report.mirna(), out);
        out.append('\n')
                .append("Every figure, unrounded: report --format json, tsv or html.")
                .append('\n');
        return out.toString();
    }

    private static void populations(Report.Populations populations, StringBuilder out) {
        out.append("\nPopulations\n");
        out.append(INDENT)
                .append("enrolled ")
                .append(populations.enrolled())
                .append(" -> dosimetry ")
                .append(populations.dosimetry())
                .append(" -> treated ")
                .append(populations.treated())
                .append(" -> evaluable ")
                .append(populations.evaluable())
                .append('\n');
        Map<String, Map<String, Integer>> byStep = new LinkedHashMap<>();
        List<PopulationExit> inFlowOrder = populations.leftOut().stream()
                .sorted(Comparator.comparingInt(exit -> stepOrder(exit.step())))
                .toList();
        for (PopulationExit exit : inFlowOrder) {
            byStep.computeIfAbsent(exit.step(), s -> new LinkedHashMap<>()).merge(exit.reason(), 1, Integer::sum);
        }
        TextTable table = new TextTable("leave after", Align.LEFT, "why", Align.LEFT);
        byStep.forEach((step, reasons) -> {
            List<String> words = new ArrayList<>();
            reasons.forEach((reason, count) -> words.add(count + " " + exitReason(reason)));
            table.row(step.toLowerCase(Locale.ROOT), String.join(", ", words));
        });
        if (!byStep.isEmpty()) {
            out.append(table.render(INDENT));
        }
    }

    private static int stepOrder(String step) {
        int known = STEPS.indexOf(step.toLowerCase(Locale.ROOT));
        return known < 0 ? STEPS.size() : known;
    }

    private static String exitReason(String reason) {
        return switch (reason) {
            case "NO_DOSIMETRY" -> "without dosimetry";
            case "EXIT_TO_STANDARD_CARE" -> "exited to standard care";
            case "NO_THERAPY" -> "without therapy";
            case "NO_VISIT_AT_6_MONTHS" -> "without a visit at 6 months";
            default -> words(reason);
        };
    }

    private static void primaryEndpoint(Report.PrimaryEndpoint primary, StringBuilder out) {
        out.append("\nPrimary endpoint: ")
                .append(primary.outcome())
                .append(" (one-sided exact p against a rate of ")
                .append(percent(primary.nullRate()))
                .append(")\n");
        TextTable table = new TextTable(
                "population",
                Align.LEFT,
                "n",
                Align.RIGHT,
                "responders",
                Align.RIGHT,
                "rate",
                Align.RIGHT,
                "95 % CI",
                Align.RIGHT,
                "p",
                Align.RIGHT);
        table.row(
                "evaluable",
                count(primary.evaluable()),
                count(primary.responders()),
                percent(primary.rate()),
                percentInterval(primary.ci95()),
                p(primary.pValue()));
        RateBlock all = primary.sensitivityAllTreated();
        if (all != null) {
            table.row(
                    "all treated",
                    count(all.n()),
                    count(all.k()),
                    percent(all.rate()),
                    percentInterval(all.ci95()),
                    "");
        }
        for (Report.CentreRate centre : primary.byCentre()) {
            table.row(
                    centre.centre(),
                    count(centre.n()),
                    count(centre.k()),
                    percent(centre.rate()),
                    percentInterval(centre.ci95()),
                    "");
        }
        out.append(table.render(INDENT));
        out.append(INDENT)
                .append("centres compared: Fisher p ")
                .append(p(primary.centrePValue()))
                .append("; left out: ")
                .append(leftOut(primary.leftOut(), null))
                .append('\n');
    }

    /** Related adverse events among the treated, and the protocol deviations of the first activity, by kind. */
    private static void safety(Report.Toxicity toxicity, List<Report.Deviation> deviations, StringBuilder out) {
        if (toxicity == null) {
            return;
        }
        out.append("\nSafety of the treated (CTCAE v4.0)\n")
                .append(INDENT)
                .append("related adverse event, any grade: ")
                .append(rateWithInterval(toxicity.relatedAny()))
                .append('\n')
                .append(INDENT)
                .append("related, grade 3 or more: ")
                .append(rateWithInterval(toxicity.relatedGrade3plus()))
                .append('\n');
        Map<String, Long> byKind = new TreeMap<>();
        (deviations == null ? List.<Report.Deviation>of() : deviations)
                .forEach(d -> byKind.merge(d.kind(), 1L, Long::sum));
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, n) -> kinds.add(n + " " + kind));
        out.append(INDENT)
                .append("protocol deviations of the activity: ")
                .append(kinds.isEmpty() ? "none" : String.join(", ", kinds))
                .append('\n');
    }

    private static void responseRates(Report.ResponseRates rates, StringBuilder out) {
        if (rates == null) {
            return;
        }
        List<String> counts = new ArrayList<>();
        rates.bestResponse().forEach((response, n) -> counts.add(response + " " + n));
        out.append(INDENT)
                .append("best response: ")
                .append(String.join(", ", counts))
                .append("; ORR ")
                .append(rateWithInterval(rates.orr()))
                .append(", DCR ")
                .append(rateWithInterval(rates.dcr()))
                .append('\n');
    }

    /** Which hotspot calls the figures use, in words (docs/lab-pages.md). */
    public static String hotspotCalls(Report.HotspotCalls calls) {
        if (!calls.signedOutOnly()) {
            return "Hotspot calls: every stored call, signed out or not.";
        }
        if (calls.callsLeftOut() == 0) {
            return "Hotspot calls: signed-out runs only; none left out as preliminary.";
        }
        return "Hotspot calls: signed-out runs only; " + calls.callsLeftOut() + " preliminary "
                + (calls.callsLeftOut() == 1 ? "call" : "calls") + " left out, " + calls.patientsLeftOutCount()
                + (calls.patientsLeftOutCount() == 1 ? " patient" : " patients")
                + " with no signed-out call.";
    }

    private static void associations(List<Association> associations, StringBuilder out) {
        out.append("\nAssociations (Fisher's exact test; q: Benjamini-Hochberg over all rows)\n");
        TextTable table = new TextTable(
                "factor",
                Align.LEFT,
                "outcome",
                Align.LEFT,
                "n",
                Align.RIGHT,
                "OR",
                Align.RIGHT,
                "95 % CI",
                Align.RIGHT,
                "p",
                Align.RIGHT,
                "q",
                Align.RIGHT,
                "left out",
                Align.LEFT);
        for (Association a : associations) {
            table.row(
                    a.factor(),
                    a.outcome(),
                    count(a.n()),
                    decimals(a.oddsRatio(), 2),
                    interval(a.oddsRatioCi95(), 2),
                    p(a.pValue()),
                    p(a.qValue()),
                    leftOut(a.leftOut(), a.factor()));
        }
        out.append(table.render(INDENT));
    }

    private static void survival(List<SurvivalAnalysis> analyses, Report.FollowUp followUp, StringBuilder out) {
        out.append("\nSurvival of the treated (Kaplan-Meier medians in months; NA: not reached)\n");
        TextTable medians = new TextTable(
                "endpoint",
                Align.LEFT,
                "group",
                Align.LEFT,
                "n",
                Align.RIGHT,
                "events",
                Align.RIGHT,
                "median",
                Align.RIGHT,
                "95 % CI",
                Align.RIGHT);
        List<String> comparisons = new ArrayList<>();
        for (SurvivalAnalysis analysis : analyses) {
            if (analysis instanceof OverallSurvival overall) {
                medians.row(
                        overall.endpoint(),
                        "all",
                        count(overall.n()),
                        count(overall.events()),
                        decimals(overall.medianMonths(), 1),
                        interval(overall.medianCi95(), 1));
            } else if (analysis instanceof GroupedSurvival grouped) {
                for (SurvivalGroup group : grouped.groups()) {
                    medians.row(
                            grouped.endpoint(),
                            grouped.groupBy() + " " + group.level(),
                            count(group.n()),
                            count(group.events()),
                            decimals(group.medianMonths(), 1),
                            interval(group.medianCi95(), 1));
                }
                comparisons.add(grouped.endpoint() + " by " + grouped.groupBy() + ": log-rank p "
                        + p(grouped.logrankP()) + ", HR " + decimals(grouped.hazardRatio(), 2) + " (95 % CI "
                        + interval(grouped.hazardRatioCi95(), 2) + "); left out: "
                        + leftOut(grouped.leftOut(), grouped.groupBy()));
            }
        }
        out.append(medians.render(INDENT));
        comparisons.forEach(line -> out.append(INDENT).append(line).append('\n'));
        if (followUp != null) {
            out.append(INDENT)
                    .append("median follow-up (reverse Kaplan-Meier): ")
                    .append(decimals(followUp.medianMonths(), 1))
                    .append(" months (95 % CI ")
                    .append(interval(followUp.medianCi95(), 1))
                    .append(")\n");
        }
    }

    private static void doseResponse(Report.DoseResponse doseResponse, StringBuilder out) {
        if (doseResponse == null) {
            return;
        }
        out.append("\nDose-response of soft-tissue lesions: ")
                .append(doseResponse.disappeared())
                .append(" of ")
                .append(doseResponse.lesions())
                .append(" disappeared\n");
        Report.Logistic fit = doseResponse.logistic();
        out.append(INDENT);
        if (fit == null || fit.slopeLog10Gy() == null) {
            out.append("logistic fit: ").append(fit == null || fit.note() == null ? "NA" : fit.note());
        } else {
            out.append("slope per log10 Gy ")
                    .append(decimals(fit.slopeLog10Gy(), 2))
                    .append(" (p ")
                    .append(p(fit.slopePValue()))
                    .append("), D80 ")
                    .append(decimals(fit.d80Gy(), 2))
                    .append(" Gy");
        }
        if (doseResponse.atThreshold() != null) {
            out.append("; controlled at or above the threshold: ").append(rateWithInterval(doseResponse.atThreshold()));
        }
        out.append('\n');
    }

    private static void mirna(List<MirnaTest> tests, StringBuilder out) {
        List<MirnaTest> shown = tests.stream()
                .filter(t -> t.qValue() != null && t.qValue() < Q_SHOWN)
                .toList();
        out.append("\nmiRNA tests with q < 0.05 (q: Benjamini-Hochberg within each test): ")
                .append(shown.size())
                .append(" of ")
                .append(tests.size())
                .append('\n');
        if (shown.isEmpty()) {
            return;
        }
        TextTable table = new TextTable(
                "miRNA",
                Align.LEFT,
                "test",
                Align.LEFT,
                "n",
                Align.RIGHT,
                "p",
                Align.RIGHT,
                "q",
                Align.RIGHT,
                "left out",
                Align.LEFT);
        for (MirnaTest test : shown) {
            table.row(
                    test.mirna(),
                    test.test(),
                    count(test.n()),
                    p(test.pValue()),
                    p(test.qValue()),
                    leftOut(
                            test.leftOut(),
                            test.test().startsWith("pre_by_") ? test.test().substring(7) : null));
        }
        out.append(table.render(INDENT));
    }

    /**
     * A left-out map in words, its non-zero counts in the map's order: "6 not evaluable, 2 with no BRAF call";
     * "none" when nobody was left out. {@code factor} names what a {@code no_call} is missing (null: none).
     */
    static String leftOut(Map<String, Integer> counts, String factor) {
        if (counts == null) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((reason, n) -> {
            if (n != null && n > 0) {
                parts.add(n + " " + leftOutReason(reason, factor));
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String leftOutReason(String reason, String factor) {
        return switch (reason) {
            case LeftOut.NOT_EVALUABLE -> "not evaluable";
            case LeftOut.NOT_TREATED -> "not treated";
            case LeftOut.NO_CALL -> "with no " + calledBy(factor);
            case LeftOut.UNDEFINED_OUTCOME -> "with the outcome undefined";
            case LeftOut.NO_SURVIVAL_TIME -> "with no survival time";
            case LeftOut.MISSING_SAMPLE -> "with no sample";
            case LeftOut.PRELIMINARY_CALL -> "with calls not yet signed out";
            default -> words(reason);
        };
    }

    /** What a patient left out as {@code no_call} lacks, as a person names it: "BRAF call", "FDG PET reading". */
    private static String calledBy(String factor) {
        if (factor == null) {
            return "call";
        }
        if (factor.startsWith("FDG")) {
            return "FDG PET reading";
        }
        return factor.replace("_V600E", "").replace("_PROMOTER", "").replace("+", " or ") + " call";
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A p or q value to 3 significant figures, "&lt; 0.001" below 0.001, NA when undefined. */
    static String p(Double value) {
        if (value == null || value.isNaN()) {
            return "NA";
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        if (exact.compareTo(P_FLOOR) < 0) {
            return "< 0.001";
        }
        BigDecimal rounded = exact.round(new MathContext(SIGNIFICANT, RoundingMode.HALF_UP));
        // 1.0 has two significant digits as a BigDecimal: pad to three (1.00), as 0.500 is written.
        return rounded.setScale(Math.max(rounded.scale(), rounded.scale() + SIGNIFICANT - rounded.precision()))
                .toPlainString();
    }

    /** {@code places} decimals, NA when undefined (or infinite, which the JSON writes as null too). */
    static String decimals(Double value, int places) {
        if (value == null || !Double.isFinite(value)) {
            return "NA";
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    static String count(int value) {
        return Integer.toString(value);
    }

    /** A proportion as a percentage to 1 decimal: 0.4222 -> "42.2 %". */
    static String percent(Double proportion) {
        return proportion == null || !Double.isFinite(proportion) ? "NA" : decimals(proportion * 100, 1) + " %";
    }

    private static String percentInterval(List<Double> ci) {
        if (ci == null || ci.size() != 2) {
            return "NA";
        }
        return percentBound(ci.get(0)) + "-" + percent(ci.get(1));
    }

    private static String percentBound(Double proportion) {
        return proportion == null ? "NA" : decimals(proportion * 100, 1);
    }

    private static String interval(List<Double> ci, int places) {
        if (ci == null || ci.size() != 2) {
            return "NA";
        }
        return decimals(ci.get(0), places) + "-" + decimals(ci.get(1), places);
    }

    private static String rateWithInterval(RateBlock block) {
        return block.k() + "/" + block.n() + " = " + percent(block.rate()) + " (95 % CI "
                + percentInterval(block.ci95()) + ")";
    }
}
