package org.thyrobank.platform.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd", "-", "=", "-2e3x"})
    void textThatASpreadsheetWouldRunGetsAnApostrophe(String text) {
        assertThat(CsvWriter.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.5", "+2", "-0.000123", "-2e-05", "1.5E+10", "-.5", "MI-001", "a=b", "", "'quoted"})
    void numbersAndOrdinaryTextAreWrittenAsTheyAre(String text) {
        assertThat(CsvWriter.cell(text)).isEqualTo(text);
    }

    @Test
    void aBundleFileKeepsEveryIdAsStoredForTheImporterToReadBack() {
        StringBuilder out = new StringBuilder();
        CsvWriter.forBundle(out, List.of("vcf", "specimen_id")).row(Arrays.asList("=T1.vcf", "-S,1"));
        assertThat(out).hasToString("vcf,specimen_id\n=T1.vcf,\"-S,1\"\n");
    }

    @Test
    void numbersBooleansAndMissingValuesAreNotText() {
        assertThat(CsvWriter.cell(-1.5)).isEqualTo("-1.5");
        assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
        assertThat(CsvWriter.cell(new BigDecimal("-1E+2"))).isEqualTo("-100");
        assertThat(CsvWriter.cell(Boolean.TRUE)).isEqualTo("true");
        assertThat(CsvWriter.cell(null)).isNull();
    }

    @Test
    void multiLineValuesCommasAndQuotesAreQuoted() {
        String csv = CsvWriter.text(
                List.of("id", "note", "value"),
                List.of(
                        List.of("a", "line one\nline two\nline three", -2),
                        List.of("b", "x, \"y\"", 1),
                        Arrays.asList("c", null, null)));
        assertThat(csv)
                .isEqualTo("id,note,value\r\n"
                        + "a,\"line one\nline two\nline three\",-2\r\n"
                        + "b,\"x, \"\"y\"\"\",1\r\n"
                        + "c,,\r\n");
    }

    @Test
    void aFormulaHoldingACommaIsNeutralisedAndQuoted() {
        assertThat(CsvWriter.text(List.of("id"), List.of(List.of("=HYPERLINK(\"http://x\",\"y\")"))))
                .isEqualTo("id\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        StringBuilder out = new StringBuilder();
        CsvWriter writer = new CsvWriter(out, "\n", List.of("a", "b"));
        assertThatThrownBy(() -> writer.row(List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row of 1 cells under 2 columns");
        assertThat(out).hasToString("a,b\n");
    }
}
