package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.List;

/**
 * Applied Biosystems SDS 2.x results of the 7900HT (SDS 2.2-2.4, "RQ Results" and "Results" text exports): a first
 * line {@code SDS 2.3 RQ Results<TAB>1.2}, settings lines, then a tab-separated table {@code #, Plate, Pos (or
 * Well), Flag, Sample (or Sample Name), Detector, Task, Ct, ..., Omit}; lines end with a lone CR. A study may hold
 * several plates: their wells are told apart by the {@code Plate} column, taken as the run. {@code Ct} is a number
 * or {@code Undetermined}; controls are read as such, omitted wells and wells without a sample are skipped.
 */
final class Sds2Format implements PlateFormat {

    @Override
    public String name() {
        return "sds-2";
    }

    @Override
    public String expects() {
        return "a 7900HT SDS 2.x results export (a first line 'SDS 2.x ...' and a header with 'Sample', 'Detector' "
                + "and 'Ct')";
    }

    @Override
    public boolean canRead(byte[] content) {
        return TextHead.firstLine(content).startsWith("SDS 2.");
    }

    @Override
    public Rows read(String file, byte[] content) {
        String[] lines = ExportText.lines(content);
        int header = -1;
        for (int i = 0; i < lines.length && header < 0; i++) {
            List<String> names = ExportText.names(ExportText.cells(lines[i], '\t'));
            if (names.contains("detector") && names.contains("ct")) {
                header = i;
            }
        }
        if (header < 0) {
            throw PlateFormatException.of(
                    file, "no results table: expected a tab-separated header with 'Sample', 'Detector' and 'Ct'");
        }
        List<String> headerCells = ExportText.cells(lines[header], '\t');
        List<String> names = ExportText.names(headerCells);
        int sample = ExportText.column(names, "sample", "sample name");
        int well = ExportText.column(names, "pos", "well");
        if (sample < 0 || well < 0) {
            throw PlateFormatException.of(
                    file, "line " + (header + 1) + ": column 'Sample' or 'Pos' (the well) is missing");
        }
        int detector = names.indexOf("detector");
        int ct = names.indexOf("ct");
        int plate = names.indexOf("plate");
        int task = names.indexOf("task");
        int omit = names.indexOf("omit");
        List<PlateRow> rows = new ArrayList<>();
        int skipped = 0;
        for (int i = header + 1; i < lines.length && !lines[i].isBlank(); i++) {
            List<String> cells = ExportText.cells(lines[i], '\t');
            String name = ExportText.cell(cells, sample);
            WellTasks.Role role = WellTasks.role(ExportText.cell(cells, task));
            if ((name == null && !role.control()) || "true".equalsIgnoreCase(ExportText.cell(cells, omit))) {
                skipped++;
                continue;
            }
            rows.add(PlateRow.onLine(
                            i + 1,
                            name,
                            ExportText.cell(cells, detector),
                            ExportText.cq(ExportText.cell(cells, ct)),
                            ExportText.cell(cells, well),
                            ExportText.cell(cells, plate))
                    .as(role));
        }
        String software = "7900HT, " + ExportText.cells(lines[0], '\t').get(0);
        List<String> warnings = skipped == 0
                ? List.of()
                : List.of(skipped + " wells skipped: omitted, or neither a sample name nor a control task");
        return new Rows(
                software,
                rows,
                new ColumnNames(headerCells.get(sample), headerCells.get(detector), headerCells.get(ct)),
                warnings);
    }
}
