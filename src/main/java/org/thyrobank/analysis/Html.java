package org.thyrobank.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.thyrobank.analysis.Report.CentreRate;
import org.thyrobank.analysis.Report.RateBlock;
import org.thyrobank.platform.rendering.Svg;

/** Text and number formatting shared by the HTML page and its SVG charts (drawn with platform.rendering.Svg). */
final class Html {

    static final String UNDEFINED = "NA";

    private Html() {}

    static String escape(Object value) {
        return Svg.escape(value);
    }

    /**
     * Three significant digits (whole numbers from 100) and never more than four decimals; NA when undefined; below
     * 0.001 in scientific notation.
     */
    static String number(Double value) {
        if (value == null) {
            return UNDEFINED;
        }
        if (value != 0 && Math.abs(value) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        String format = Math.abs(value) < 0.01 ? "%.4f" : "%.3g";
        return String.format(Locale.ROOT, format, value)
                .replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }

    /** A p or q value: as {@link #number(Double)} from 0.001, "< 0.001" below. */
    static String pValue(Double value) {
        return value != null && value < 1e-3 ? "< 0.001" : number(value);
    }

    /** An exact decimal (a dose, an activity) as {@link #number(Double)}; NA when undefined. */
    static String number(BigDecimal value) {
        return number(value == null ? null : value.doubleValue());
    }

    /** A rate block as {@code k / n = rate (95 % CI lower–upper)}; {@code k / n = NA} when n = 0. */
    static String rate(RateBlock block) {
        return rate(block.k(), block.n(), block.rate(), block.ci95());
    }

    static String rate(CentreRate block) {
        return rate(block.k(), block.n(), block.rate(), block.ci95());
    }

    private static String rate(int k, int n, Double rate, List<Double> ci95) {
        String fraction = k + " / " + n + " = " + number(rate);
        if (rate == null) {
            return fraction;
        }
        return fraction + " (95 % CI " + number(ci95.get(0)) + "\u2013" + number(ci95.get(1)) + ")";
    }

    /** {@code lower – upper} of a 95 % interval, NA for an undefined bound. */
    static String interval(List<Double> ci) {
        return number(ci.get(0)) + " \u2013 " + number(ci.get(1));
    }

    static String cell(Object value) {
        return "<td>" + escape(value == null ? UNDEFINED : value) + "</td>";
    }

    /** A cell of words (a name, a code, a note), aligned left where numbers align right. */
    static String textCell(Object value) {
        return "<td class=\"t\">" + escape(value == null ? UNDEFINED : value) + "</td>";
    }

    static String headerRow(String... names) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String name : names) {
            row.append("<th>").append(escape(name)).append("</th>");
        }
        return row.append("</tr>\n").toString();
    }
}
