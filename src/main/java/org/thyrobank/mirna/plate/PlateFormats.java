package org.thyrobank.mirna.plate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.thyrobank.platform.InputLimits;

/**
 * The plate readers, asked in turn which one takes a file (as htsjdk picks a codec from a file's header): the first
 * that can read it reads it. A file none takes is refused saying what it looked like and what each reader missed;
 * formats deliberately not read (Excel workbooks, QuantStudio/StepOne {@code .eds} experiments, other binaries) are
 * refused saying so and why.
 */
final class PlateFormats {

    /** Order matters only where two readers could take a file; none of these overlap. */
    private static final List<PlateFormat> READERS = List.of(
            new RdmlFormat(),
            new LongCsvFormat(),
            new Sds2Format(),
            new LightCycler480Format(),
            new BioRadCfxFormat(),
            new Sds1Format(),
            new QuantStudioFormat());

    private PlateFormats() {}

    /** A file read by the reader that took it. */
    record Read(String format, String software, PlateFormat.Rows rows) {}

    static Read read(String file, byte[] content) {
        InputLimits limits = InputLimits.configured();
        if (content.length > limits.maxTableFileBytes()) {
            throw PlateFormatException.of(file, "the file is " + limits.tableFileLimit());
        }
        for (PlateFormat reader : READERS) {
            if (reader.canRead(content)) {
                PlateFormat.Rows rows = reader.read(file, content);
                return new Read(reader.name(), rows.software(), rows);
            }
        }
        throw PlateFormatException.of(file, refusal(content));
    }

    /** The names of the formats read, for documentation and messages. */
    static List<String> names() {
        return READERS.stream().map(PlateFormat::name).toList();
    }

    /** What the file looked like, and why no reader took it. */
    private static String refusal(byte[] content) {
        if (content.length == 0) {
            return "empty: not a qPCR plate";
        }
        if (SafeXml.isZip(content)) {
            List<String> entries = SafeXml.entryNames(content);
            if (entries.stream().anyMatch(e -> e.startsWith("xl/"))) {
                return "an Excel workbook (.xlsx): not read, because a workbook's cells hold what the sheet shows "
                        + "(rounded Cq, formulas) rather than the instrument's values; export the results as text "
                        + "(QuantStudio/StepOne: File > Export, format txt) or RDML";
            }
            if (entries.stream().anyMatch(e -> e.startsWith("apldbio/"))) {
                return "a QuantStudio/StepOne experiment file (.eds): not read, because it holds the raw run and "
                        + "settings, and its Cq are computed by the instrument software; export the results as text "
                        + "or RDML";
            }
            return "a zip whose entries ("
                    + String.join(", ", entries.stream().limit(8).toList()) + (entries.size() > 8 ? ", ..." : "")
                    + ") hold no RDML (<rdml> element)";
        }
        if (startsWith(content, (byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0)) {
            return "an Excel 97-2003 workbook (.xls) or other OLE2 file: not read, because a workbook's cells hold "
                    + "what the sheet shows rather than the instrument's values; export the results as text or RDML";
        }
        if (isBinary(content)) {
            return "binary content, not text: not a plate export this service reads";
        }
        String first = TextHead.firstLine(content);
        return "not a known qPCR plate format: its first line is '" + ExportText.shown(first, 80) + "'; expected "
                + READERS.stream().map(PlateFormat::expects).collect(Collectors.joining("; or "));
    }

    private static boolean isBinary(byte[] content) {
        int length = Math.min(content.length, 4096);
        for (int i = 0; i < length; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte... prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
