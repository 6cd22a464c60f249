package org.thyrobank.web.dosimetry;

import static org.thyrobank.web.PageChart.LEFT;
import static org.thyrobank.web.PageChart.PLOT_HEIGHT;
import static org.thyrobank.web.PageChart.PLOT_WIDTH;
import static org.thyrobank.web.PageChart.TOP;
import static org.thyrobank.web.PageChart.dot;
import static org.thyrobank.web.PageChart.fill;
import static org.thyrobank.web.PageChart.number;

import java.util.List;
import org.thyrobank.platform.rendering.Svg;
import org.thyrobank.web.PageChart;

/**
 * Lesion doses per patient on a log axis: a dot per lesion at the dose given (blue soft tissue, orange bone), a
 * grey tick at the dose the patient's MTA would give, dashed lines at the 80 Gy and 650 Gy thresholds.
 */
final class DoseChart {

    private static final double LOWEST = 1;
    private static final double HIGHEST = 10_000;
    private static final String SOFT_TISSUE = "#2471a3";
    private static final String BONE = "#d35400";

    private DoseChart() {}

    static String svg(List<DoseRow> rows) {
        List<String> patients = rows.stream().map(DoseRow::patientId).distinct().toList();
        Svg svg = PageChart.withAxes();
        for (double decade = LOWEST; decade <= HIGHEST; decade *= 10) {
            svg.text(LEFT - 6, y(decade) + 4, "end", number(decade), fill("#000"));
        }
        svg.verticalText(18, TOP + PLOT_HEIGHT / 2.0, "middle", "lesion dose (Gy, log scale)", "");
        threshold(svg, 80, "80 Gy (soft tissue)", SOFT_TISSUE);
        threshold(svg, 650, "650 Gy (bone)", BONE);
        double step = PLOT_WIDTH / (double) Math.max(1, patients.size());
        for (int i = 0; i < patients.size(); i++) {
            double x = LEFT + step * (i + 0.5);
            String patient = patients.get(i);
            svg.verticalText(x + 3, TOP + PLOT_HEIGHT + 8, "end", patient, "font-size=\"8\"");
            for (DoseRow row : rows) {
                if (!row.patientId().equals(patient)) {
                    continue;
                }
                String colour = row.site().equals("BONE") ? BONE : SOFT_TISSUE;
                if (row.doseAtMtaGy() != null) {
                    double atMta = y(row.doseAtMtaGy().doubleValue());
                    svg.line(x - 4, atMta, x + 4, atMta, "#555");
                }
                dot(
                        svg,
                        x,
                        y(row.doseGy().doubleValue()),
                        colour,
                        patient + " " + row.lesionId() + " (" + row.site()
                                + "): " + row.doseGy() + " Gy given"
                                + (row.doseAtMtaGy() == null ? "" : ", " + row.doseAtMtaGy() + " Gy at the MTA"));
            }
        }
        svg.text(LEFT, TOP + PLOT_HEIGHT + 100, "start", "dot: dose given · grey tick: dose at the MTA", fill("#555"));
        return svg.standalone(
                LEFT + PLOT_WIDTH + 30,
                TOP + PLOT_HEIGHT + 110,
                "Lesion doses per patient against 80 Gy and 650 Gy and the MTA",
                PageChart.FONT_SIZE);
    }

    private static void threshold(Svg svg, double gy, String label, String colour) {
        svg.dashedLine(LEFT, y(gy), LEFT + PLOT_WIDTH, y(gy), colour, "4 3")
                .text(LEFT + PLOT_WIDTH - 4, y(gy) - 4, "end", label, fill(colour));
    }

    private static double y(double gy) {
        double bounded = Math.min(HIGHEST, Math.max(LOWEST, gy));
        return TOP + PLOT_HEIGHT * (1 - Math.log10(bounded / LOWEST) / Math.log10(HIGHEST / LOWEST));
    }
}
