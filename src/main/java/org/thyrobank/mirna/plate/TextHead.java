package org.thyrobank.mirna.plate;

import java.nio.charset.StandardCharsets;

/** The start of a file as text, for sniffing: UTF-8, without a byte-order mark. */
final class TextHead {

    private TextHead() {}

    static String of(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String firstLine(byte[] bytes) {
        String text = of(bytes).stripLeading();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
