package org.thyrobank.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.thyrobank.platform.rendering.Svg;

/**
 * The frame the pages' own charts share (drawn with {@link Svg}, one decimal per coordinate): a plot area of
 * {@link #PLOT_WIDTH} by {@link #PLOT_HEIGHT} at ({@link #LEFT}, {@link #TOP}), its axes, dots with a tooltip, and
 * tick labels to three significant digits.
 */
public final class PageChart {

    public static final int LEFT = 70;
    public static final int TOP = 20;
    public static final int PLOT_WIDTH = 500;
    public static final int PLOT_HEIGHT = 280;
    public static final int FONT_SIZE = 11;

    private static final int MOST_DECIMALS = 4;
    private static final Numbers NUMBERS = new Numbers();

    private PageChart() {}

    /** A new chart with its x and y axes drawn. */
    public static Svg withAxes() {
        return new Svg(1)
                .line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, "#000")
                .line(LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, "#000");
    }

    /** A data point with its tooltip. */
    public static void dot(Svg svg, double x, double y, String colour, String title) {
        svg.circle(x, y, "r=\"3.5\" fill=\"" + colour + "\" fill-opacity=\"0.8\"", title);
    }

    /** {@code fill="colour"}, for a coloured text. */
    public static String fill(String colour) {
        return "fill=\"" + colour + "\"";
    }

    /** Three significant digits, at most four decimals (as the pages' tables write numbers). */
    public static String number(double value) {
        BigDecimal rounded = new BigDecimal(String.format(Locale.ROOT, "%.3g", value));
        if (rounded.scale() > MOST_DECIMALS) {
            rounded = rounded.setScale(MOST_DECIMALS, RoundingMode.HALF_EVEN);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A p or q value in a tooltip, as the pages' tables write it ({@link Numbers#p(Double)}). */
    public static String pValue(Double value) {
        return NUMBERS.p(value);
    }
}
