package org.thyrobank.web.mirna;

import java.util.List;
import org.thyrobank.mirna.normalisation.DeltaDeltaCq;
import org.thyrobank.web.Svg;

/**
 * One miRNA before and after 131I: each patient's PRE and POST dCq joined by a line, red where dCq rose (less of
 * the miRNA after therapy), blue where it fell; the dCq axis spans the drawn values.
 */
final class PairedChart {

    private static final double PRE_X = Svg.LEFT + Svg.PLOT_WIDTH * 0.25;
    private static final double POST_X = Svg.LEFT + Svg.PLOT_WIDTH * 0.75;

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
        Svg svg = new Svg(
                        Svg.LEFT + Svg.PLOT_WIDTH + 30,
                        Svg.TOP + Svg.PLOT_HEIGHT + 50,
                        "Paired plot: " + mirna + " dCq before and after 131I, one line per patient")
                .axes();
        for (int i = 0; i <= 4; i++) {
            double value = min + (max - min) * i / 4;
            svg.text(Svg.LEFT - 6, y(value, min, max) + 4, "end", Svg.number(value), "#000");
        }
        svg.text(PRE_X, Svg.TOP + Svg.PLOT_HEIGHT + 14, "middle", "PRE", "#000")
                .text(POST_X, Svg.TOP + Svg.PLOT_HEIGHT + 14, "middle", "POST (6 months)", "#000")
                .text(
                        Svg.LEFT + Svg.PLOT_WIDTH / 2.0,
                        Svg.TOP + Svg.PLOT_HEIGHT + 32,
                        "middle",
                        mirna + " (" + pairs.size() + " patients; red: dCq rose, blue: dCq fell)",
                        "#000")
                .verticalText(18, Svg.TOP + Svg.PLOT_HEIGHT / 2.0, "dCq (Cq - normaliser)");
        for (DeltaDeltaCq pair : pairs) {
            String colour = pair.ddCq() > 0 ? "#c0392b" : "#2471a3";
            double pre = y(pair.dCqPre(), min, max);
            double post = y(pair.dCqPost(), min, max);
            svg.line(PRE_X, pre, POST_X, post, colour, false)
                    .dot(PRE_X, pre, colour, pair.patientId() + " PRE dCq " + Svg.number(pair.dCqPre()))
                    .dot(
                            POST_X,
                            post,
                            colour,
                            pair.patientId() + " POST dCq " + Svg.number(pair.dCqPost()) + ", ddCq "
                                    + Svg.number(pair.ddCq()));
        }
        return svg.end();
    }

    private static double y(double value, double min, double max) {
        return Svg.TOP + Svg.PLOT_HEIGHT * (1 - (value - min) / (max - min));
    }
}
