package org.thyrobank.web;

import java.util.Locale;

/** The pieces the page charts draw with: a plot frame, lines, text and dots, in plain SVG 1.1. */
public final class Svg {

    public static final int LEFT = 70;
    public static final int TOP = 20;
    public static final int PLOT_WIDTH = 500;
    public static final int PLOT_HEIGHT = 280;

    private final StringBuilder svg = new StringBuilder();

    public Svg(int width, int height, String label) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(xml(label))
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    }

    public Svg line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        svg.append("<line x1=\"")
                .append(c(x1))
                .append("\" y1=\"")
                .append(c(y1))
                .append("\" x2=\"")
                .append(c(x2))
                .append("\" y2=\"")
                .append(c(y2))
                .append("\" stroke=\"")
                .append(colour)
                .append('"')
                .append(dashed ? " stroke-dasharray=\"4 3\"" : "")
                .append("/>\n");
        return this;
    }

    public Svg text(double x, double y, String anchor, String content, String colour) {
        svg.append("<text x=\"")
                .append(c(x))
                .append("\" y=\"")
                .append(c(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"")
                .append(colour)
                .append("\">")
                .append(xml(content))
                .append("</text>\n");
        return this;
    }

    public Svg verticalText(double x, double y, String content) {
        svg.append("<text x=\"0\" y=\"0\" text-anchor=\"middle\" transform=\"translate(")
                .append(c(x))
                .append(',')
                .append(c(y))
                .append(") rotate(-90)\">")
                .append(xml(content))
                .append("</text>\n");
        return this;
    }

    /** A small label read bottom-up, ending at (x, y): patient ids under a crowded axis. */
    public Svg rotatedLabel(double x, double y, String content) {
        svg.append("<text x=\"0\" y=\"0\" text-anchor=\"end\" font-size=\"8\" transform=\"translate(")
                .append(c(x))
                .append(',')
                .append(c(y))
                .append(") rotate(-90)\">")
                .append(xml(content))
                .append("</text>\n");
        return this;
    }

    public Svg dot(double x, double y, String colour, String title) {
        svg.append("<circle cx=\"")
                .append(c(x))
                .append("\" cy=\"")
                .append(c(y))
                .append("\" r=\"3.5\" fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"0.8\"><title>")
                .append(xml(title))
                .append("</title></circle>\n");
        return this;
    }

    /** The x and y axes of the plot area. */
    public Svg axes() {
        return line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, "#000", false)
                .line(LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, "#000", false);
    }

    public static String number(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", value))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** XML's own escapes only: an SVG file is XML, where HTML's named entities are undefined. */
    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String c(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public String end() {
        return svg.append("</svg>\n").toString();
    }
}
