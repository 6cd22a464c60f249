package org.thyrobank.web.mirna;

import static org.thyrobank.web.PageChart.LEFT;
import static org.thyrobank.web.PageChart.PLOT_HEIGHT;
import static org.thyrobank.web.PageChart.PLOT_WIDTH;
import static org.thyrobank.web.PageChart.TOP;
import static org.thyrobank.web.PageChart.dot;
import static org.thyrobank.web.PageChart.fill;
import static org.thyrobank.web.PageChart.number;

import java.util.List;
import org.thyrobank.analysis.Report.MirnaPairedComparison;
import org.thyrobank.platform.rendering.Svg;
import org.thyrobank.web.PageChart;

/**
 * The post-against-pre volcano: median ddCq (POST - PRE dCq) on x, -log10 q on y, a dashed line at q = 0.05;
 * miRNAs under it are drawn red and labelled. A miRNA without a q value is not drawn.
 */
final class VolcanoChart {

    static final double Q_LINE = 0.05;

    private VolcanoChart() {}

    static String svg(List<MirnaPairedComparison> tests) {
        List<MirnaPairedComparison> drawn = tests.stream()
                .filter(t -> t.qValue() != null && t.medianDdcq() != null)
                .toList();
        double xSpan = Math.max(
                1,
                drawn.stream().mapToDouble(t -> Math.abs(t.medianDdcq())).max().orElse(1));
        xSpan = Math.ceil(xSpan);
        double yMax = Math.max(
                2,
                Math.ceil(drawn.stream()
                        .mapToDouble(VolcanoChart::minusLog10Q)
                        .max()
                        .orElse(2)));
        Svg svg = PageChart.withAxes();
        for (int i = 0; i <= 4; i++) {
            double value = -xSpan + 2 * xSpan * i / 4;
            svg.text(x(value, xSpan), TOP + PLOT_HEIGHT + 14, "middle", number(value), fill("#000"));
            double yValue = yMax * i / 4;
            svg.text(LEFT - 6, y(yValue, yMax) + 4, "end", number(yValue), fill("#000"));
        }
        svg.text(
                LEFT + PLOT_WIDTH / 2.0,
                TOP + PLOT_HEIGHT + 32,
                "middle",
                "median ddCq (POST - PRE dCq)",
                fill("#000"));
        svg.verticalText(18, TOP + PLOT_HEIGHT / 2.0, "middle", "-log10 q (BH)", "");
        double qLine = y(-Math.log10(Q_LINE), yMax);
        svg.dashedLine(LEFT, qLine, LEFT + PLOT_WIDTH, qLine, "#888", "4 3")
                .text(LEFT + PLOT_WIDTH - 4, qLine - 4, "end", "q = 0.05", fill("#888"))
                .dashedLine(x(0, xSpan), TOP, x(0, xSpan), TOP + PLOT_HEIGHT, "#bbb", "4 3");
        for (MirnaPairedComparison test : drawn) {
            boolean significant = test.qValue() < Q_LINE;
            String colour = significant ? "#c0392b" : "#2471a3";
            double px = x(test.medianDdcq(), xSpan);
            double py = y(minusLog10Q(test), yMax);
            dot(
                    svg,
                    px,
                    py,
                    colour,
                    test.mirna() + ": median ddCq " + number(test.medianDdcq()) + ", q "
                            + PageChart.pValue(test.qValue()));
            if (significant) {
                svg.text(px + 5, py - 4, "start", test.mirna(), fill(colour));
            }
        }
        return svg.standalone(
                LEFT + PLOT_WIDTH + 30,
                TOP + PLOT_HEIGHT + 50,
                "Volcano plot: median ddCq against -log10 q, post against pre",
                PageChart.FONT_SIZE);
    }

    static double minusLog10Q(MirnaPairedComparison test) {
        return -Math.log10(Math.max(test.qValue(), 1e-300));
    }

    private static double x(double ddcq, double span) {
        return LEFT + PLOT_WIDTH * (ddcq + span) / (2 * span);
    }

    private static double y(double value, double max) {
        return TOP + PLOT_HEIGHT * (1 - value / max);
    }
}
