package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.List;

/**
 * Bio-Rad CFX Manager "Quantification Cq Results" export: a comma-separated table whose header starts with an
 * empty column, {@code ,Well,Fluor,Target,Content,Sample,Biological Set Name,Cq,...}, its rows often parted by blank
 * lines. Wells are written {@code A01}; {@code Cq} is a number or {@code N/A} (nothing amplified). Controls and
 * standards ({@code Content} NTC, Neg Ctrl, Pos Ctrl, Std) are read as controls; other wells without a sample are
 * skipped.
 */
final class BioRadCfxFormat implements PlateFormat {

    @Override
    public String name() {
        return "biorad-cfx";
    }

    @Override
    public String expects() {
        return "a Bio-Rad CFX Quantification Cq Results export (a header with 'Well', 'Fluor', 'Target', 'Content', "
                + "'Sample' and 'Cq')";
    }

    @Override
    public boolean canRead(byte[] content) {
        return isHeader(TextHead.firstLine(content));
    }

    @Override
    public Rows read(String file, byte[] content) {
        String[] lines = ExportText.lines(content);
        int header = 0;
        while (lines[header].isBlank()) {
            header++;
        }
        char delimiter = ExportText.delimiterOf(lines[header]);
        List<String> headerCells = ExportText.cells(lines[header], delimiter);
        List<String> names = ExportText.names(headerCells);
        int well = names.indexOf("well");
        int target = names.indexOf("target");
        int contentColumn = names.indexOf("content");
        int sample = names.indexOf("sample");
        int cq = names.indexOf("cq");
        // canRead looked at the file's first line; the header read here (first non-blank, its own delimiter) must
        // still name every column
        for (String column : List.of("well", "target", "content", "sample", "cq")) {
            if (!names.contains(column)) {
                throw PlateFormatException.of(file, "line " + (header + 1) + ": column '" + column + "' is missing");
            }
        }
        List<PlateRow> rows = new ArrayList<>();
        int skipped = 0;
        for (int i = header + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = ExportText.cells(lines[i], delimiter);
            String name = ExportText.cell(cells, sample);
            WellTasks.Role role = WellTasks.role(ExportText.cell(cells, contentColumn));
            if (name == null && !role.control()) {
                skipped++;
                continue;
            }
            String value = ExportText.cell(cells, cq);
            rows.add(PlateRow.onLine(
                            i + 1,
                            name,
                            ExportText.cell(cells, target),
                            "N/A".equalsIgnoreCase(value) ? null : ExportText.cq(value),
                            ExportText.cell(cells, well),
                            null)
                    .as(role));
        }
        List<String> warnings =
                skipped == 0 ? List.of() : List.of(skipped + " wells skipped: neither a sample nor a control content");
        return new Rows(
                "Bio-Rad CFX Manager, Quantification Cq Results",
                rows,
                new ColumnNames(headerCells.get(sample), headerCells.get(target), headerCells.get(cq)),
                warnings);
    }

    private static boolean isHeader(String line) {
        List<String> names = ExportText.names(ExportText.cells(line, ExportText.delimiterOf(line)));
        return names.containsAll(List.of("well", "fluor", "target", "content", "sample", "cq"));
    }
}
