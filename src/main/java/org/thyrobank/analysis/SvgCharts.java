package org.thyrobank.analysis;

import static org.thyrobank.analysis.Html.coordinate;
import static org.thyrobank.analysis.Html.escape;

import java.util.List;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.Report.CurveStep;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.analysis.Report.SurvivalGroup;

/** The report's figures as inline SVG: Kaplan-Meier step curves with numbers at risk, and a forest plot. */
public final class SvgCharts {

    private static final String[] COLOURS = {"#c0392b", "#2471a3"};
    private static final int WIDTH = 600;
    private static final int LEFT = 100;
    private static final int PLOT_WIDTH = 460;
    private static final int TOP = 20;
    private static final int PLOT_HEIGHT = 220;
    private static final double LOWEST_RATIO = 1e-3;
    private static final double HIGHEST_RATIO = 1e3;

    private SvgCharts() {
    }

    /** Survival (y, 0 to 1) against months (x), one step curve per level, censoring ticks, numbers at risk below. */
    public static String kaplanMeier(GroupedSurvival survival) {
        double maxTime = survival.groups().stream().flatMap(g -> g.curve().stream()).mapToDouble(CurveStep::time)
                .max().orElse(12);
        double tick = maxTime <= 24 ? 6 : 12;
        double xMax = Math.max(tick, Math.ceil(maxTime / tick) * tick);
        int groups = survival.groups().size();
        int height = TOP + PLOT_HEIGHT + 60 + 18 * groups;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape("Kaplan-Meier " + survival.endpoint()
                        + " by " + survival.groupBy())).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append(line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, "#000"))
                .append(line(LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, "#000"));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + PLOT_HEIGHT * (1 - i / 4.0);
            svg.append(text(LEFT - 6, y + 4, "end", Html.number(i / 4.0)));
        }
        svg.append("<text x=\"0\" y=\"0\" text-anchor=\"middle\" transform=\"translate(40,")
                .append(coordinate(TOP + PLOT_HEIGHT / 2.0)).append(") rotate(-90)\">survival</text>\n");
        int atRiskTop = TOP + PLOT_HEIGHT + 40;
        svg.append(text(8, atRiskTop, "start", "Number at risk"));
        for (double t = 0; t <= xMax + 1e-9; t += tick) {
            double x = x(t, xMax);
            svg.append(text(x, TOP + PLOT_HEIGHT + 14, "middle", Html.number(t)));
        }
        svg.append(text(LEFT + PLOT_WIDTH / 2.0, TOP + PLOT_HEIGHT + 28, "middle", "months"));
        for (int g = 0; g < groups; g++) {
            SurvivalGroup group = survival.groups().get(g);
            String colour = COLOURS[g % COLOURS.length];
            svg.append(curve(group.curve(), xMax, colour));
            double rowY = atRiskTop + 16 + 18 * g;
            svg.append("<text x=\"8\" y=\"").append(coordinate(rowY))
                    .append("\" text-anchor=\"start\" fill=\"").append(colour).append("\">").append(escape(group.level()))
                    .append("</text>\n");
            for (double t = 0; t <= xMax + 1e-9; t += tick) {
                svg.append(text(x(t, xMax), rowY, "middle", Integer.toString(atRisk(group.curve(), t))));
            }
            svg.append("<text x=\"").append(LEFT + PLOT_WIDTH - 4).append("\" y=\"").append(TOP + 14 + 14 * g)
                    .append("\" text-anchor=\"end\" fill=\"").append(colour).append("\">")
                    .append(escape(group.level() + " (n = " + group.n() + ", events " + group.events() + ")"))
                    .append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Subjects at risk at t: those whose time is t or later, as {@code summary(fit, times = t)$n.risk}. */
    static int atRisk(List<CurveStep> curve, double t) {
        return curve.stream().filter(s -> s.time() >= t).findFirst().map(CurveStep::atRisk).orElse(0);
    }

    private static String curve(List<CurveStep> steps, double xMax, String colour) {
        StringBuilder path = new StringBuilder("M").append(coordinate(x(0, xMax))).append(',')
                .append(coordinate(y(1)));
        StringBuilder ticks = new StringBuilder();
        double survival = 1;
        for (CurveStep step : steps) {
            path.append(" H").append(coordinate(x(step.time(), xMax)));
            if (step.events() > 0) {
                survival = step.survival();
                path.append(" V").append(coordinate(y(survival)));
            }
            if (step.censored() > 0) {
                double x = x(step.time(), xMax);
                ticks.append(line(x, y(survival) - 4, x, y(survival) + 4, colour));
            }
        }
        return "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.6\"/>\n" + ticks;
    }

    /** Odds ratios on a log axis with their 95 % intervals; an interval running off the axis ends in an arrow. */
    static String forest(List<Association> associations) {
        int rowHeight = 20;
        int labelWidth = 260;
        int plotWidth = 300;
        int height = TOP + rowHeight * associations.size() + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg width=\"").append(labelWidth + plotWidth + 220)
                .append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"forest plot of odds ratios\" font-family=\"sans-serif\""
                        + " font-size=\"11\">\n");
        double bottom = TOP + rowHeight * associations.size();
        double one = logX(1, labelWidth, plotWidth);
        svg.append(line(one, TOP - 6, one, bottom, "#888"));
        svg.append(line(labelWidth, bottom, labelWidth + plotWidth, bottom, "#000"));
        for (double tick : new double[] {LOWEST_RATIO, 0.01, 0.1, 1, 10, 100, HIGHEST_RATIO}) {
            svg.append(text(logX(tick, labelWidth, plotWidth), bottom + 14, "middle", Html.number(tick)));
        }
        svg.append(text(labelWidth + plotWidth / 2.0, bottom + 30, "middle", "odds ratio (log scale)"));
        for (int i = 0; i < associations.size(); i++) {
            Association a = associations.get(i);
            double y = TOP + rowHeight * i + rowHeight / 2.0;
            svg.append(text(labelWidth - 8, y + 4, "end", a.factor() + " : " + a.outcome()));
            svg.append(text(labelWidth + plotWidth + 10, y + 4, "start", "OR " + Html.number(a.oddsRatio()) + " "
                    + Html.interval(a.oddsRatioCi95()) + ", p " + Html.number(a.pValue())));
            if (a.oddsRatio() == null || a.oddsRatio() <= 0) {
                svg.append(text(one + 6, y + 4, "start", "no ratio on a log scale"));
                continue;
            }
            double lower = bounded(a.oddsRatioCi95().get(0));
            double upper = bounded(a.oddsRatioCi95().get(1));
            double x1 = logX(lower, labelWidth, plotWidth);
            double x2 = logX(upper, labelWidth, plotWidth);
            svg.append(line(x1, y, x2, y, "#000"));
            if (lower == LOWEST_RATIO) {
                svg.append(arrow(x1, y, -1));
            }
            if (upper == HIGHEST_RATIO) {
                svg.append(arrow(x2, y, 1));
            }
            double x = logX(bounded(a.oddsRatio()), labelWidth, plotWidth);
            svg.append("<rect x=\"").append(coordinate(x - 3)).append("\" y=\"").append(coordinate(y - 3))
                    .append("\" width=\"6\" height=\"6\" fill=\"#2471a3\"/>\n");
        }
        return svg.append("</svg>\n").toString();
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

    private static String arrow(double x, double y, int direction) {
        return "<path d=\"M" + coordinate(x + 5 * direction) + "," + coordinate(y) + " L" + coordinate(x) + ","
                + coordinate(y - 4) + " L" + coordinate(x) + "," + coordinate(y + 4) + " Z\" fill=\"#000\"/>\n";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" + coordinate(x2) + "\" y2=\""
                + coordinate(y2) + "\" stroke=\"" + colour + "\"/>\n";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor + "\">"
                + escape(content) + "</text>\n";
    }
}
