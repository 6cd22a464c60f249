package org.thyrobank.web.dosimetry;

import java.util.List;
import org.thyrobank.web.Svg;

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
        Svg svg = new Svg(
                        Svg.LEFT + Svg.PLOT_WIDTH + 30,
                        Svg.TOP + Svg.PLOT_HEIGHT + 110,
                        "Lesion doses per patient against 80 Gy and 650 Gy and the MTA")
                .axes();
        for (double decade = LOWEST; decade <= HIGHEST; decade *= 10) {
            svg.text(Svg.LEFT - 6, y(decade) + 4, "end", Svg.number(decade), "#000");
        }
        svg.verticalText(18, Svg.TOP + Svg.PLOT_HEIGHT / 2.0, "lesion dose (Gy, log scale)");
        threshold(svg, 80, "80 Gy (soft tissue)", SOFT_TISSUE);
        threshold(svg, 650, "650 Gy (bone)", BONE);
        double step = Svg.PLOT_WIDTH / (double) Math.max(1, patients.size());
        for (int i = 0; i < patients.size(); i++) {
            double x = Svg.LEFT + step * (i + 0.5);
            String patient = patients.get(i);
            svg.rotatedLabel(x + 3, Svg.TOP + Svg.PLOT_HEIGHT + 8, patient);
            for (DoseRow row : rows) {
                if (!row.patientId().equals(patient)) {
                    continue;
                }
                String colour = row.site().equals("BONE") ? BONE : SOFT_TISSUE;
                if (row.doseAtMtaGy() != null) {
                    double atMta = y(row.doseAtMtaGy().doubleValue());
                    svg.line(x - 4, atMta, x + 4, atMta, "#555", false);
                }
                svg.dot(
                        x,
                        y(row.doseGy().doubleValue()),
                        colour,
                        patient + " " + row.lesionId() + " (" + row.site()
                                + "): " + row.doseGy() + " Gy given"
                                + (row.doseAtMtaGy() == null ? "" : ", " + row.doseAtMtaGy() + " Gy at the MTA"));
            }
        }
        svg.text(
                Svg.LEFT,
                Svg.TOP + Svg.PLOT_HEIGHT + 100,
                "start",
                "dot: dose given · grey tick: dose at the MTA",
                "#555");
        return svg.end();
    }

    private static void threshold(Svg svg, double gy, String label, String colour) {
        svg.line(Svg.LEFT, y(gy), Svg.LEFT + Svg.PLOT_WIDTH, y(gy), colour, true)
                .text(Svg.LEFT + Svg.PLOT_WIDTH - 4, y(gy) - 4, "end", label, colour);
    }

    private static double y(double gy) {
        double bounded = Math.min(HIGHEST, Math.max(LOWEST, gy));
        return Svg.TOP + Svg.PLOT_HEIGHT * (1 - Math.log10(bounded / LOWEST) / Math.log10(HIGHEST / LOWEST));
    }
}
