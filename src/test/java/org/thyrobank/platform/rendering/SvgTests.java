package org.thyrobank.platform.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTests {

    @Test
    void everyTextAndTitleIsEscaped() {
        String svg = new Svg(1)
                .text(1, 2, "start", "<script>&'\"", "fill=\"#000\"")
                .circle(3, 4, "r=\"3.5\"", "a < b & c")
                .standalone(10, 20, "label \"x\" <y>", 11);
        assertThat(svg)
                .doesNotContain("<script>")
                .contains(
                        "<text x=\"1.0\" y=\"2.0\" text-anchor=\"start\" fill=\"#000\">&lt;script&gt;&amp;&#39;&quot;</text>")
                .contains("<circle cx=\"3.0\" cy=\"4.0\" r=\"3.5\"><title>a &lt; b &amp; c</title></circle>")
                .contains("aria-label=\"label &quot;x&quot; &lt;y&gt;\"");
    }

    @Test
    void aFileHasTheNamespaceAnInlineFigureNot() {
        assertThat(new Svg(2).line(0, 0, 1.004, 2, "#000").standalone(10, 20, "l", 11))
                .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\" role=\"img\""
                        + " aria-label=\"l\" font-family=\"sans-serif\" font-size=\"11\">\n"
                        + "<line x1=\"0.00\" y1=\"0.00\" x2=\"1.00\" y2=\"2.00\" stroke=\"#000\"/>\n</svg>\n");
        assertThat(new Svg(2).inline(10, "20.50", "l", 13))
                .isEqualTo("<svg width=\"10\" height=\"20.50\" role=\"img\" aria-label=\"l\" font-family=\"sans-serif\""
                        + " font-size=\"13\">\n</svg>\n");
    }

    @Test
    void verticalTextIsRotatedAboutItsAnchor() {
        assertThat(new Svg(1)
                        .verticalText(18, 160, "end", "P-001", "font-size=\"8\"")
                        .inline(1, 1, "l", 11))
                .contains("<text x=\"0\" y=\"0\" text-anchor=\"end\" font-size=\"8\" transform=\"translate(18.0,160.0)"
                        + " rotate(-90)\">P-001</text>\n");
    }
}
