package org.thyrobank.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.Report.CurveStep;
import org.thyrobank.analysis.Report.DosePoint;
import org.thyrobank.analysis.Report.DoseResponse;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.analysis.Report.Logistic;
import org.thyrobank.analysis.Report.PopulationExit;
import org.thyrobank.analysis.Report.Populations;
import org.thyrobank.analysis.Report.SurvivalGroup;
import org.thyrobank.platform.rendering.Svg;

/**
 * The report's figures as inline SVG, each a self-contained {@code <svg>} element (no script, no external resource,
 * every text escaped) that a web page can embed as well: Kaplan-Meier step curves with numbers at risk, a forest
 * plot of odds ratios, the patient flow through the analysis populations, and the lesion dose-response.
 */
public final class SvgCharts {

    /** Coordinates are written with two decimals. */
    private static final int DECIMALS = 2;

    private static final String[] COLOURS = {"#c0392b", "#2471a3"};
    private static final int WIDTH = 600;
    private static final int LEFT = 100;
    private static final int PLOT_WIDTH = 460;
    private static final int TOP = 20;
    private static final int PLOT_HEIGHT = 220;
    private static final double LOWEST_RATIO = 1e-3;
    private static final double HIGHEST_RATIO = 1e3;
    private static final String[] FLOW_STEPS = {"enrolled", "dosimetry", "treated", "evaluable"};
    private static final String[] FLOW_LABELS = {
        "Enrolled", "With dosimetry", "Treated (first therapy)", "Evaluable (visit at 6 months)"
    };
    /** Where each known reason leaves the flow: after enrolled, after dosimetry, after treated. */
    private static final Map<String, Integer> REASON_STEP = Map.of(
            "CONSENT_WITHDRAWN",
            0,
            "NO_DOSIMETRY",
            0,
            "EXIT_TO_STANDARD_CARE",
            1,
            "NO_THERAPY",
            1,
            "NO_VISIT_AT_6_MONTHS",
            2);

    private static final List<String> REASON_ORDER =
            List.of("CONSENT_WITHDRAWN", "NO_DOSIMETRY", "EXIT_TO_STANDARD_CARE", "NO_THERAPY", "NO_VISIT_AT_6_MONTHS");
    private static final int DOSE_LEFT = 64;
    private static final int DOSE_PLOT_WIDTH = 440;
    private static final int DOSE_TOP = 26;
    private static final int DOSE_PLOT_HEIGHT = 250;
    private static final double DOSE_Y_LOW = -0.1;
    private static final double DOSE_Y_HIGH = 1.1;
    private static final double JITTER = 0.14;
    private static final double JITTER_PIXELS = 10;
    /** A white outline under a label, so that it stays readable where it crosses a line. */
    private static final String HALO = "stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\"";

    private static final String DISAPPEARED = "#2471a3";
    private static final String REMAINED = "#c0392b";

    private SvgCharts() {}

    /** Survival (y, 0 to 1) against months (x), one step curve per level, censoring ticks, numbers at risk below. */
    public static String kaplanMeier(GroupedSurvival survival) {
        double maxTime = survival.groups().stream()
                .flatMap(g -> g.curve().stream())
                .mapToDouble(CurveStep::time)
                .max()
                .orElse(12);
        double tick = maxTime <= 24 ? 6 : 12;
        double xMax = Math.max(tick, Math.ceil(maxTime / tick) * tick);
        int groups = survival.groups().size();
        // the legend sits under the axis title, outside the plot, so that no curve runs under it
        int legendTop = TOP + PLOT_HEIGHT + 46;
        int atRiskTop = legendTop + 16 * groups + 10;
        int height = atRiskTop + 20 + 18 * groups;
        Svg svg = new Svg(DECIMALS)
                .line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, "#000")
                .line(LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, "#000");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + PLOT_HEIGHT * (1 - i / 4.0);
            svg.text(LEFT - 6, y + 4, "end", Html.number(i / 4.0));
        }
        svg.verticalText("40", svg.coordinate(TOP + PLOT_HEIGHT / 2.0), "middle", "survival", "");
        svg.text(8, atRiskTop, "start", "Number at risk");
        for (double t = 0; t <= xMax + 1e-9; t += tick) {
            double x = x(t, xMax);
            svg.text(x, TOP + PLOT_HEIGHT + 14, "middle", Html.number(t));
        }
        svg.text(LEFT + PLOT_WIDTH / 2.0, TOP + PLOT_HEIGHT + 28, "middle", "months");
        for (int g = 0; g < groups; g++) {
            SurvivalGroup group = survival.groups().get(g);
            String colour = COLOURS[g % COLOURS.length];
            curve(svg, group.curve(), xMax, colour);
            double rowY = atRiskTop + 16 + 18 * g;
            svg.text("8", svg.coordinate(rowY), "start", group.level(), fill(colour));
            for (double t = 0; t <= xMax + 1e-9; t += tick) {
                svg.text(x(t, xMax), rowY, "middle", Integer.toString(atRisk(group.curve(), t)));
            }
            double legendY = legendTop + 16 * g;
            svg.rect(LEFT, legendY - 5, "width=\"24\" height=\"2\" fill=\"" + colour + "\"");
            svg.text(
                    LEFT + 30,
                    legendY,
                    "start",
                    group.level() + " (n = " + group.n() + ", events " + group.events() + ")",
                    fill(colour));
        }
        return svg.inline(WIDTH, height, "Kaplan-Meier " + survival.endpoint() + " by " + survival.groupBy(), 11);
    }

    /** Subjects at risk at t: those whose time is t or later, as {@code summary(fit, times = t)$n.risk}. */
    static int atRisk(List<CurveStep> curve, double t) {
        return curve.stream()
                .filter(s -> s.time() >= t)
                .findFirst()
                .map(CurveStep::atRisk)
                .orElse(0);
    }

    /** The step curve, then its censoring ticks. */
    private static void curve(Svg svg, List<CurveStep> steps, double xMax, String colour) {
        StringBuilder path = new StringBuilder("M")
                .append(svg.coordinate(x(0, xMax)))
                .append(',')
                .append(svg.coordinate(y(1)));
        List<double[]> ticks = new ArrayList<>();
        double survival = 1;
        for (CurveStep step : steps) {
            path.append(" H").append(svg.coordinate(x(step.time(), xMax)));
            if (step.events() > 0) {
                survival = step.survival();
                path.append(" V").append(svg.coordinate(y(survival)));
            }
            if (step.censored() > 0) {
                ticks.add(new double[] {x(step.time(), xMax), y(survival)});
            }
        }
        svg.path(path.toString(), "fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.6\"");
        ticks.forEach(t -> svg.line(t[0], t[1] - 4, t[0], t[1] + 4, colour));
    }

    /** Odds ratios on a log axis with their 95 % intervals; an interval running off the axis ends in an arrow. */
    public static String forest(List<Association> associations) {
        return forest(associations, null);
    }

    /**
     * As {@link #forest(List)}, each row (its label, interval and figures) a link to {@code link.apply(row)} when
     * {@code link} is not null: a page's way to open the row's own query.
     */
    public static String forest(List<Association> associations, Function<Association, String> link) {
        int rowHeight = 20;
        int labelWidth = 260;
        int plotWidth = 300;
        int figuresWidth = 280;
        int height = TOP + rowHeight * associations.size() + 40;
        Svg svg = new Svg(DECIMALS);
        double bottom = TOP + rowHeight * associations.size();
        double one = logX(1, labelWidth, plotWidth);
        svg.line(one, TOP - 6, one, bottom, "#888").line(labelWidth, bottom, labelWidth + plotWidth, bottom, "#000");
        for (double tick : new double[] {LOWEST_RATIO, 0.01, 0.1, 1, 10, 100, HIGHEST_RATIO}) {
            svg.text(logX(tick, labelWidth, plotWidth), bottom + 14, "middle", Html.number(tick));
        }
        svg.text(labelWidth + plotWidth / 2.0, bottom + 30, "middle", "odds ratio (log scale)");
        for (int i = 0; i < associations.size(); i++) {
            Association a = associations.get(i);
            double y = TOP + rowHeight * i + rowHeight / 2.0;
            String figures = a.n() == 0
                    ? "no patients in the table (n = 0)"
                    : "OR " + Html.number(a.oddsRatio()) + " (" + Html.interval(a.oddsRatioCi95()) + "), p "
                            + Html.pValue(a.pValue()) + ", q " + Html.pValue(a.qValue());
            if (link != null) {
                svg.beginLink(link.apply(a), a.factor() + " × " + a.outcome() + ": " + figures)
                        .rect(
                                0,
                                y - rowHeight / 2.0,
                                "width=\"" + (labelWidth + plotWidth + figuresWidth) + "\" height=\"" + rowHeight
                                        + "\" fill=\"transparent\"");
            }
            svg.text(labelWidth - 8, y + 4, "end", a.factor() + " : " + a.outcome());
            svg.text(labelWidth + plotWidth + 10, y + 4, "start", figures);
            if (a.n() > 0 && (a.oddsRatio() == null || a.oddsRatio() <= 0)) {
                svg.text(one + 6, y + 4, "start", "no ratio on a log scale");
            } else if (a.n() > 0) {
                interval(svg, a, y, labelWidth, plotWidth);
            }
            if (link != null) {
                svg.endLink();
            }
        }
        return svg.inline(labelWidth + plotWidth + figuresWidth, height, "forest plot of odds ratios", 11);
    }

    private static void interval(Svg svg, Association a, double y, int labelWidth, int plotWidth) {
        double lower = bounded(a.oddsRatioCi95().get(0));
        double upper = bounded(a.oddsRatioCi95().get(1));
        double x1 = logX(lower, labelWidth, plotWidth);
        double x2 = logX(upper, labelWidth, plotWidth);
        svg.line(x1, y, x2, y, "#000");
        if (lower == LOWEST_RATIO) {
            arrow(svg, x1, y, -1);
        }
        if (upper == HIGHEST_RATIO) {
            arrow(svg, x2, y, 1);
        }
        double x = logX(bounded(a.oddsRatio()), labelWidth, plotWidth);
        svg.rect(x - 3, y - 3, "width=\"6\" height=\"6\" fill=\"#2471a3\"");
    }

    /**
     * The patient flow as a CONSORT diagram: enrolled, with dosimetry, treated and evaluable, one box each with its
     * count and arrows down between them; beside each arrow, those who leave there ({@code left_out} by its step, or
     * by its reason when the step is unknown), counted by reason.
     */
    public static String populationFlow(Populations populations) {
        int[] counts = {populations.enrolled(), populations.dosimetry(), populations.treated(), populations.evaluable()
        };
        List<Map<String, Integer>> leaving = new ArrayList<>();
        for (int i = 0; i < FLOW_STEPS.length - 1; i++) {
            leaving.add(new LinkedHashMap<>());
        }
        List<PopulationExit> exits = new ArrayList<>(populations.leftOut());
        exits.sort((a, b) -> Integer.compare(reasonRank(a.reason()), reasonRank(b.reason())));
        for (PopulationExit exit : exits) {
            leaving.get(leavingStep(exit)).merge(exit.reason(), 1, Integer::sum);
        }
        int boxX = 20;
        int boxWidth = 250;
        int boxHeight = 46;
        int sideX = 330;
        int sideWidth = 250;
        int lineHeight = 17;
        double centre = boxX + boxWidth / 2.0;
        Svg svg = new Svg(DECIMALS);
        double y = 10;
        for (int i = 0; i < FLOW_STEPS.length; i++) {
            box(svg, boxX, y, boxWidth, boxHeight, "#eef3f8");
            svg.text(centre, y + 19, "middle", FLOW_LABELS[i], "font-weight=\"bold\"");
            svg.text(centre, y + 37, "middle", "n = " + counts[i], "");
            double bottom = y + boxHeight;
            if (i == FLOW_STEPS.length - 1) {
                y = bottom;
                break;
            }
            Map<String, Integer> reasons = leaving.get(i);
            int sideHeight = 12 + lineHeight * (1 + reasons.size());
            double gap = Math.max(64, sideHeight + 28);
            double sideY = bottom + (gap - sideHeight) / 2;
            double arrowY = sideY + sideHeight / 2.0;
            svg.line(centre, bottom, centre, bottom + gap - 7, "#000");
            arrowHead(svg, centre, bottom + gap, 0, 1);
            svg.line(centre, arrowY, sideX - 7, arrowY, "#000");
            arrowHead(svg, sideX, arrowY, 1, 0);
            box(svg, sideX, sideY, sideWidth, sideHeight, "#fbf3ec");
            int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
            svg.text(sideX + 10, sideY + 18, "start", "Left out: n = " + total, "font-weight=\"bold\"");
            int row = 1;
            for (Map.Entry<String, Integer> reason : reasons.entrySet()) {
                svg.text(
                        sideX + 10,
                        sideY + 18 + lineHeight * row++,
                        "start",
                        readable(reason.getKey()) + ": " + reason.getValue(),
                        "");
            }
            y = bottom + gap;
        }
        return svg.inline(
                sideX + sideWidth + 10, svg.coordinate(y + 10), "patient flow through the analysis populations", 13);
    }

    private static int leavingStep(PopulationExit exit) {
        for (int i = 0; i < FLOW_STEPS.length - 1; i++) {
            if (FLOW_STEPS[i].equals(exit.step())) {
                return i;
            }
        }
        return REASON_STEP.getOrDefault(exit.reason(), FLOW_STEPS.length - 2);
    }

    private static int reasonRank(String reason) {
        int rank = REASON_ORDER.indexOf(reason);
        return rank < 0 ? REASON_ORDER.size() : rank;
    }

    /** EXIT_TO_STANDARD_CARE as "exit to standard care". */
    private static String readable(String code) {
        return code == null ? Html.UNDEFINED : code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /**
     * Each lesion's outcome against its dose: x the dose on a log10 axis (Gy), y the probability of disappearing, each
     * lesion a point at 1 (disappeared) or 0 (did not), jittered by up to 0.07 up and down and 5 pixels sideways (by
     * its rank, so that the figure does not change between runs) so that overlapping lesions show; the fitted
     * logistic curve p = 1 / (1 + exp(-(a + b log10 D))) and D80 where they are defined, else the fit's note; a
     * dashed line at each lesion threshold (80 Gy).
     */
    public static String doseResponse(DoseResponse doseResponse) {
        List<DosePoint> points = doseResponse.points().stream()
                .filter(p -> p.doseGy().signum() > 0)
                .toList();
        TreeSet<BigDecimal> thresholds = new TreeSet<>();
        points.forEach(p -> thresholds.add(p.thresholdGy().stripTrailingZeros()));
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (DosePoint p : points) {
            low = Math.min(low, Math.log10(p.doseGy().doubleValue()));
            high = Math.max(high, Math.log10(p.doseGy().doubleValue()));
        }
        for (BigDecimal threshold : thresholds) {
            low = Math.min(low, Math.log10(threshold.doubleValue()));
            high = Math.max(high, Math.log10(threshold.doubleValue()));
        }
        double fromDecade = points.isEmpty() ? 1 : Math.floor(low);
        double toDecade = points.isEmpty() ? 3 : Math.max(fromDecade + 1, Math.ceil(high));
        DoseAxis axis = new DoseAxis(fromDecade, toDecade);
        int width = DOSE_LEFT + DOSE_PLOT_WIDTH + 150;
        int bottom = DOSE_TOP + DOSE_PLOT_HEIGHT;
        Svg svg = new Svg(DECIMALS)
                .line(DOSE_LEFT, DOSE_TOP, DOSE_LEFT, bottom, "#000")
                .line(DOSE_LEFT, bottom, DOSE_LEFT + DOSE_PLOT_WIDTH, bottom, "#000");
        for (int i = 0; i <= 5; i++) {
            double probability = i / 5.0;
            double y = doseY(probability);
            svg.line(DOSE_LEFT - 4, y, DOSE_LEFT, y, "#000")
                    .text(DOSE_LEFT - 7, y + 4, "end", Html.number(probability));
        }
        svg.dashedLine(DOSE_LEFT, doseY(0.8), DOSE_LEFT + DOSE_PLOT_WIDTH, doseY(0.8), "#bbb", "2,3");
        svg.verticalText(
                "20", svg.coordinate(DOSE_TOP + DOSE_PLOT_HEIGHT / 2.0), "middle", "probability of disappearing", "");
        int decades = (int) (toDecade - fromDecade);
        int labelEvery = decades > 6 ? 2 : 1;
        for (int decade = 0; decade <= decades; decade++) {
            double exponent = fromDecade + decade;
            double x = axis.x(exponent);
            svg.line(x, bottom, x, bottom + 5, "#000");
            if (decade % labelEvery == 0) {
                svg.text(x, bottom + 17, "middle", Html.number(Math.pow(10, exponent)));
            }
            for (int minor = 2; minor <= 9 && decade < decades; minor++) {
                double minorX = axis.x(exponent + Math.log10(minor));
                svg.line(minorX, bottom, minorX, bottom + 3, "#000");
                if (decades <= 2 && (minor == 2 || minor == 5)) {
                    svg.text(minorX, bottom + 17, "middle", Html.number(minor * Math.pow(10, exponent)));
                }
            }
        }
        svg.text(
                DOSE_LEFT + DOSE_PLOT_WIDTH / 2.0,
                bottom + 34,
                "middle",
                "lesion dose at the first therapy (Gy, log scale)");
        for (BigDecimal threshold : thresholds) {
            double x = axis.x(Math.log10(threshold.doubleValue()));
            svg.dashedLine(x, DOSE_TOP, x, bottom, "#555", "5,4")
                    .text(x, DOSE_TOP - 8, "middle", "threshold " + threshold.toPlainString() + " Gy");
        }
        for (int i = 0; i < points.size(); i++) {
            DosePoint p = points.get(i);
            // the R2 low-discrepancy sequence: neighbours by dose land apart in both directions
            double jitter = ((0.5 + i * 0.5698402909980532) % 1 - 0.5) * JITTER;
            double sideways = ((0.5 + i * 0.7548776662466927) % 1 - 0.5) * JITTER_PIXELS;
            String colour = p.disappeared() ? DISAPPEARED : REMAINED;
            svg.circle(
                    axis.x(Math.log10(p.doseGy().doubleValue())) + sideways,
                    doseY((p.disappeared() ? 1 : 0) + jitter),
                    "r=\"3.5\" fill=\"" + colour + "\" fill-opacity=\"0.45\" stroke=\"" + colour + "\"");
        }
        long disappeared = points.stream().filter(DosePoint::disappeared).count();
        int labelX = DOSE_LEFT + DOSE_PLOT_WIDTH + 10;
        svg.text(labelX, doseY(1) + 4, "start", "disappeared (" + disappeared + ")", fill(DISAPPEARED))
                .text(
                        labelX,
                        doseY(0) + 4,
                        "start",
                        "did not disappear (" + (points.size() - disappeared) + ")",
                        fill(REMAINED));
        Logistic fit = doseResponse.logistic();
        if (fit.intercept() != null && fit.slopeLog10Gy() != null) {
            logisticCurve(svg, fit.intercept(), fit.slopeLog10Gy(), axis);
            double atEnd = 1 / (1 + Math.exp(-(fit.intercept() + fit.slopeLog10Gy() * axis.toDecade())));
            double curveLabelY = Math.max(doseY(1) + 18, Math.min(doseY(0) - 10, doseY(atEnd) + 4));
            svg.text(labelX, curveLabelY, "start", "fitted logistic", fill("#333"));
            d80(svg, fit, axis);
        } else {
            svg.text(
                    DOSE_LEFT + DOSE_PLOT_WIDTH / 2.0,
                    doseY(0.5) + 4,
                    "middle",
                    points.isEmpty()
                            ? "no lesions"
                            : "no fitted curve: " + (fit.note() == null ? "undefined" : fit.note()),
                    HALO);
        }
        return svg.inline(width, bottom + 48, "lesion dose-response: disappeared against dose", 11);
    }

    private record DoseAxis(double fromDecade, double toDecade) {

        double x(double log10Dose) {
            return DOSE_LEFT + DOSE_PLOT_WIDTH * (log10Dose - fromDecade) / (toDecade - fromDecade);
        }
    }

    private static double doseY(double probability) {
        return DOSE_TOP + DOSE_PLOT_HEIGHT * (DOSE_Y_HIGH - probability) / (DOSE_Y_HIGH - DOSE_Y_LOW);
    }

    private static void logisticCurve(Svg svg, double intercept, double slope, DoseAxis axis) {
        StringBuilder path = new StringBuilder();
        int steps = 120;
        for (int i = 0; i <= steps; i++) {
            double log10Dose = axis.fromDecade() + (axis.toDecade() - axis.fromDecade()) * i / steps;
            double p = 1 / (1 + Math.exp(-(intercept + slope * log10Dose)));
            path.append(i == 0 ? "M" : " L")
                    .append(svg.coordinate(axis.x(log10Dose)))
                    .append(',')
                    .append(svg.coordinate(doseY(p)));
        }
        svg.path(path.toString(), "fill=\"none\" stroke=\"#333\" stroke-width=\"1.8\"");
    }

    /** D80 on the curve with a dotted guide to the dose axis, where it lies when it is off the axis, or why none. */
    private static void d80(Svg svg, Logistic fit, DoseAxis axis) {
        Double d80 = fit.d80Gy();
        if (d80 == null) {
            svg.text(DOSE_LEFT + DOSE_PLOT_WIDTH - 4, doseY(0.8) - 5, "end", "no D80: the slope is not above 0", HALO);
            return;
        }
        String label = "D80 = " + Html.number(d80) + " Gy";
        double log10 = Math.log10(d80);
        double y = doseY(0.8);
        if (log10 < axis.fromDecade() || log10 > axis.toDecade()) {
            boolean above = log10 > axis.toDecade();
            svg.text(
                    above ? DOSE_LEFT + DOSE_PLOT_WIDTH - 4 : DOSE_LEFT + 4,
                    y - 5,
                    above ? "end" : "start",
                    label + (above ? ", beyond the axis \u2192" : ", \u2190 below the axis"),
                    HALO);
            return;
        }
        double x = axis.x(log10);
        // the curve rises (D80 exists only for a positive slope): below right of D80 and above left of it are free
        boolean nearTheRight = x > DOSE_LEFT + DOSE_PLOT_WIDTH * 0.7;
        svg.dashedLine(x, y, x, DOSE_TOP + DOSE_PLOT_HEIGHT, "#333", "1,2")
                .circle(x, y, "r=\"4\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"");
        if (nearTheRight) {
            svg.text(x - 8, y - 8, "end", label, HALO);
        } else {
            svg.text(x + 12, y + 20, "start", label, HALO);
        }
    }

    private static void box(Svg svg, double x, double y, double width, double height, String fill) {
        svg.rect(
                x,
                y,
                "width=\"" + svg.coordinate(width) + "\" height=\"" + svg.coordinate(height) + "\" rx=\"3\" fill=\""
                        + fill + "\" stroke=\"#555\"");
    }

    /** A filled arrowhead whose tip is at (x, y), pointing along (dx, dy): right (1, 0) or down (0, 1). */
    private static void arrowHead(Svg svg, double x, double y, int dx, int dy) {
        double backX = x - 7 * dx;
        double backY = y - 7 * dy;
        svg.path(
                "M" + svg.coordinate(x) + "," + svg.coordinate(y) + " L" + svg.coordinate(backX - 4 * dy) + ","
                        + svg.coordinate(backY - 4 * dx) + " L" + svg.coordinate(backX + 4 * dy) + ","
                        + svg.coordinate(backY + 4 * dx) + " Z",
                "fill=\"#000\"");
    }

    private static String fill(String colour) {
        return "fill=\"" + colour + "\"";
    }

    /** A bound clamped to the axis; 0 and undefined (infinite) bounds go to its ends. */
    private static double bounded(Double value) {
        if (value == null) {
            return HIGHEST_RATIO;
        }
        return Math.max(LOWEST_RATIO, Math.min(HIGHEST_RATIO, value));
    }

    private static double logX(double ratio, int left, int width) {
        double span = Math.log10(HIGHEST_RATIO) - Math.log10(LOWEST_RATIO);
        return left + width * (Math.log10(ratio) - Math.log10(LOWEST_RATIO)) / span;
    }

    private static double x(double months, double xMax) {
        return LEFT + PLOT_WIDTH * months / xMax;
    }

    private static double y(double survival) {
        return TOP + PLOT_HEIGHT * (1 - survival);
    }

    private static void arrow(Svg svg, double x, double y, int direction) {
        svg.path(
                "M" + svg.coordinate(x + 5 * direction) + "," + svg.coordinate(y) + " L" + svg.coordinate(x) + ","
                        + svg.coordinate(y - 4) + " L" + svg.coordinate(x) + "," + svg.coordinate(y + 4) + " Z",
                "fill=\"#000\"");
    }
}
