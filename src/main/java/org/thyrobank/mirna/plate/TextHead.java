package org.thyrobank.mirna.plate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A file as text, for sniffing: UTF-8, without a byte-order mark. */
final class TextHead {

    private static final int FIRST_LINE_BYTES = 4096;

    private TextHead() {}

    static String of(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The first non-blank line, stripped, looking no further than the first 4 KiB. */
    static String firstLine(byte[] bytes) {
        String text = of(Arrays.copyOf(bytes, Math.min(bytes.length, FIRST_LINE_BYTES)))
                .stripLeading();
        int end = text.indexOf('\n');
        int cr = text.indexOf('\r');
        if (cr >= 0 && (end < 0 || cr < end)) {
            end = cr;
        }
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
