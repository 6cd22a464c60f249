package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTests {

    static List<String> lines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ByteLines in = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 8 << 20)) {
            while (in.next()) {
                lines.add(in.text());
            }
        }
        return lines;
    }

    @Test
    void linesEndWithNewlineCarriageReturnNewlineOrTheEndOfInput() throws IOException {
        assertThat(lines("a\tb\r\nc\n\nd")).containsExactly("a\tb", "c", "", "d");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void linesLongerThanTheBufferAndLinesAcrossRefillsAreWhole() throws IOException {
        String longLine = "x".repeat(3 << 20);
        String shortLines = "chr7\t140753336\n".repeat(200_000);
        assertThat(lines(longLine + "\nnext\n")).containsExactly(longLine, "next");
        assertThat(lines(shortLines)).hasSize(200_000).containsOnly("chr7\t140753336");
    }

    @Test
    void textIsDecodedAsUtf8() throws IOException {
        assertThat(lines("##sample=Müller\n")).containsExactly("##sample=Müller");
    }
}
