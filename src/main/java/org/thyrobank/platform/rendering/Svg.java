package org.thyrobank.platform.rendering;

import java.util.Locale;

/**
 * The one SVG builder of the service, for the report's figures and the pages' charts: plain SVG 1.1 elements
 * appended in order, every text escaped, no script and no external resource. Coordinates are written with a fixed
 * number of decimals (the report's figures two, the pages' charts one). Attributes passed as text are constant
 * markup (a colour, a font weight), never data; data goes in through the escaped content and titles.
 */
public final class Svg {

    private final String coordinateFormat;
    private final StringBuilder body = new StringBuilder();

    /** @param decimals of every coordinate written */
    public Svg(int decimals) {
        this.coordinateFormat = "%." + decimals + "f";
    }

    /** A coordinate as this figure writes it. */
    public String coordinate(double value) {
        return String.format(Locale.ROOT, coordinateFormat, value);
    }

    /** XML's escapes (and {@code '} as a numeric reference), so that the text is safe inside HTML and SVG alike. */
    public static String escape(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public Svg line(double x1, double y1, double x2, double y2, String colour) {
        return lineWith(x1, y1, x2, y2, colour, "");
    }

    /** A dashed line; {@code pattern} as {@code stroke-dasharray}, e.g. {@code "4 3"}. */
    public Svg dashedLine(double x1, double y1, double x2, double y2, String colour, String pattern) {
        return lineWith(x1, y1, x2, y2, colour, " stroke-dasharray=\"" + pattern + "\"");
    }

    private Svg lineWith(double x1, double y1, double x2, double y2, String colour, String more) {
        body.append("<line x1=\"")
                .append(coordinate(x1))
                .append("\" y1=\"")
                .append(coordinate(y1))
                .append("\" x2=\"")
                .append(coordinate(x2))
                .append("\" y2=\"")
                .append(coordinate(y2))
                .append("\" stroke=\"")
                .append(colour)
                .append('"')
                .append(more)
                .append("/>\n");
        return this;
    }

    public Svg text(double x, double y, String anchor, String content) {
        return text(x, y, anchor, content, "");
    }

    /** A text with further attributes, such as {@code fill="#888"} or {@code font-weight="bold"}. */
    public Svg text(double x, double y, String anchor, String content, String attributes) {
        return text(coordinate(x), coordinate(y), anchor, content, attributes);
    }

    /** As {@link #text(double, double, String, String, String)}, at coordinates already written. */
    public Svg text(String x, String y, String anchor, String content, String attributes) {
        body.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append('"')
                .append(attributes.isEmpty() ? "" : " " + attributes)
                .append('>')
                .append(escape(content))
                .append("</text>\n");
        return this;
    }

    /** A text read bottom-up, anchored at (x, y): an axis title, labels under a crowded axis. */
    public Svg verticalText(double x, double y, String anchor, String content, String attributes) {
        return verticalText(coordinate(x), coordinate(y), anchor, content, attributes);
    }

    /** As {@link #verticalText(double, double, String, String, String)}, at coordinates already written. */
    public Svg verticalText(String x, String y, String anchor, String content, String attributes) {
        body.append("<text x=\"0\" y=\"0\" text-anchor=\"")
                .append(anchor)
                .append('"')
                .append(attributes.isEmpty() ? "" : " " + attributes)
                .append(" transform=\"translate(")
                .append(x)
                .append(',')
                .append(y)
                .append(") rotate(-90)\">")
                .append(escape(content))
                .append("</text>\n");
        return this;
    }

    /** A circle centred at (x, y); {@code attributes} give its radius and paint. */
    public Svg circle(double x, double y, String attributes) {
        circleStart(x, y, attributes).append("/>\n");
        return this;
    }

    /** A circle with a tooltip. */
    public Svg circle(double x, double y, String attributes, String title) {
        circleStart(x, y, attributes).append("><title>").append(escape(title)).append("</title></circle>\n");
        return this;
    }

    private StringBuilder circleStart(double x, double y, String attributes) {
        return body.append("<circle cx=\"")
                .append(coordinate(x))
                .append("\" cy=\"")
                .append(coordinate(y))
                .append("\" ")
                .append(attributes);
    }

    /** A rectangle whose corner is at (x, y); {@code attributes} give its size and paint. */
    public Svg rect(double x, double y, String attributes) {
        body.append("<rect x=\"")
                .append(coordinate(x))
                .append("\" y=\"")
                .append(coordinate(y))
                .append("\" ")
                .append(attributes)
                .append("/>\n");
        return this;
    }

    /** A path; {@code d} written with {@link #coordinate(double)}. */
    public Svg path(String d, String attributes) {
        body.append("<path d=\"").append(d).append("\" ").append(attributes).append("/>\n");
        return this;
    }

    /**
     * Opens a link: what follows up to {@link #endLink()} leads to {@code href} (a URL the caller built from escaped
     * parts; it is escaped again here as an attribute), with {@code title} as its accessible name and tooltip.
     */
    public Svg beginLink(String href, String title) {
        body.append("<a href=\"")
                .append(escape(href))
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title>\n");
        return this;
    }

    public Svg endLink() {
        body.append("</a>\n");
        return this;
    }

    /** The figure for inside an HTML page, without a namespace; width and height as written. */
    public String inline(Object width, Object height, String label, int fontSize) {
        return document("", width, height, label, fontSize);
    }

    /** The figure as a file of its own ({@code image/svg+xml}), with the SVG namespace. */
    public String standalone(Object width, Object height, String label, int fontSize) {
        return document("xmlns=\"http://www.w3.org/2000/svg\" ", width, height, label, fontSize);
    }

    private String document(String namespace, Object width, Object height, String label, int fontSize) {
        return "<svg " + namespace + "width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\""
                + escape(label) + "\" font-family=\"sans-serif\" font-size=\"" + fontSize + "\">\n" + body
                + "</svg>\n";
    }
}
