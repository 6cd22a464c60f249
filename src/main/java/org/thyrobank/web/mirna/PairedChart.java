package org.thyrobank.web.mirna;

import static org.thyrobank.web.PageChart.LEFT;
import static org.thyrobank.web.PageChart.PLOT_HEIGHT;
import static org.thyrobank.web.PageChart.PLOT_WIDTH;
import static org.thyrobank.web.PageChart.TOP;
import static org.thyrobank.web.PageChart.dot;
import static org.thyrobank.web.PageChart.fill;
import static org.thyrobank.web.PageChart.number;

import java.util.List;
import org.thyrobank.mirna.normalisation.DeltaDeltaCq;
import org.thyrobank.platform.rendering.Svg;
import org.thyrobank.web.PageChart;

/**
 * One miRNA before and after 131I: each patient's PRE and POST dCq joined by a line, red where dCq rose (less of
 * the miRNA after therapy), blue where it fell; the dCq axis spans the drawn values.
 */
final class PairedChart {

    private static final double PRE_X = LEFT + PLOT_WIDTH * 0.25;
    private static final double POST_X = LEFT + PLOT_WIDTH * 0.75;

    private PairedChart() {}

    static String svg(String mirna, List<DeltaDeltaCq> pairs) {
        double min = Math.floor(pairs.stream()
                .mapToDouble(p -> Math.min(p.dCqPre(), p.dCqPost()))
                .min()
                .orElse(0));
        double max = Math.ceil(pairs.stream()
                .mapToDouble(p -> Math.max(p.dCqPre(), p.dCqPost()))
                .max()
                .orElse(1));
        if (max <= min) {
            max = min + 1;
        }
        Svg svg = PageChart.withAxes();
        for (int i = 0; i <= 4; i++) {
            double value = min + (max - min) * i / 4;
            svg.text(LEFT - 6, y(value, min, max) + 4, "end", number(value), fill("#000"));
        }
        svg.text(PRE_X, TOP + PLOT_HEIGHT + 14, "middle", "PRE", fill("#000"))
                .text(POST_X, TOP + PLOT_HEIGHT + 14, "middle", "POST (6 months)", fill("#000"))
                .text(
                        LEFT + PLOT_WIDTH / 2.0,
                        TOP + PLOT_HEIGHT + 32,
                        "middle",
                        mirna + " (" + pairs.size() + " patients; red: dCq rose, blue: dCq fell)",
                        fill("#000"))
                .verticalText(18, TOP + PLOT_HEIGHT / 2.0, "middle", "dCq (Cq - normaliser)", "");
        for (DeltaDeltaCq pair : pairs) {
            String colour = pair.ddCq() > 0 ? "#c0392b" : "#2471a3";
            double pre = y(pair.dCqPre(), min, max);
            double post = y(pair.dCqPost(), min, max);
            svg.line(PRE_X, pre, POST_X, post, colour);
            dot(svg, PRE_X, pre, colour, pair.patientId() + " PRE dCq " + number(pair.dCqPre()));
            dot(
                    svg,
                    POST_X,
                    post,
                    colour,
                    pair.patientId() + " POST dCq " + number(pair.dCqPost()) + ", ddCq " + number(pair.ddCq()));
        }
        return svg.standalone(
                LEFT + PLOT_WIDTH + 30,
                TOP + PLOT_HEIGHT + 50,
                "Paired plot: " + mirna + " dCq before and after 131I, one line per patient",
                PageChart.FONT_SIZE);
    }

    private static double y(double value, double min, double max) {
        return TOP + PLOT_HEIGHT * (1 - (value - min) / (max - min));
    }
}
