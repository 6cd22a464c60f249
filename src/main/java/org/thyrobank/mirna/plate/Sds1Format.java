package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.List;

/**
 * Applied Biosystems SDS 1.x results (the 7000, and the 7300/7500 on SDS v1.x): lines of {@code Key: value}
 * (Document Name, Plate Type, Instrument Type, then a line {@code SDS v1.3}), then a comma-separated table
 * {@code Well,Sample Name,Detector,Task,Ct,...} (older exports tab-separated). The table ends at a blank line.
 * {@code Ct} is a number or {@code Undetermined}; controls and standards (Task {@code NTC}, {@code Standard}) are
 * read as controls, wells with neither a sample name nor such a task are skipped.
 */
final class Sds1Format implements PlateFormat {

    @Override
    public String name() {
        return "sds-1";
    }

    @Override
    public String expects() {
        return "an SDS 1.x results export (a header with 'Well', 'Sample Name', 'Detector' and 'Ct')";
    }

    @Override
    public boolean canRead(byte[] content) {
        String[] lines = ExportText.lines(content);
        for (String line : lines) {
            if (isTableHeader(line)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Rows read(String file, byte[] content) {
        String[] lines = ExportText.lines(content);
        int header = 0;
        while (!isTableHeader(lines[header])) {
            header++;
        }
        char delimiter = ExportText.delimiterOf(lines[header]);
        List<String> headerCells = ExportText.cells(lines[header], delimiter);
        List<String> names = ExportText.names(headerCells);
        int well = names.indexOf("well");
        int sample = names.indexOf("sample name");
        int detector = names.indexOf("detector");
        int ct = names.indexOf("ct");
        int task = names.indexOf("task");
        String version = null;
        String instrument = null;
        for (int i = 0; i < header; i++) {
            String line = lines[i].strip();
            if (line.startsWith("SDS v")) {
                version = line;
            } else if (line.startsWith("Instrument Type:")) {
                instrument = line.substring("Instrument Type:".length()).strip();
            }
        }
        List<PlateRow> rows = new ArrayList<>();
        int skipped = 0;
        for (int i = header + 1; i < lines.length && !lines[i].isBlank(); i++) {
            List<String> cells = ExportText.cells(lines[i], delimiter);
            String name = ExportText.cell(cells, sample);
            WellTasks.Role role = WellTasks.role(ExportText.cell(cells, task));
            if (name == null && !role.control()) {
                skipped++;
                continue;
            }
            rows.add(PlateRow.onLine(
                            i + 1,
                            name,
                            ExportText.cell(cells, detector),
                            ExportText.cq(ExportText.cell(cells, ct)),
                            ExportText.cell(cells, well),
                            null)
                    .as(role));
        }
        String software = (instrument == null ? "Applied Biosystems" : instrument) + ", "
                + (version == null ? "SDS 1.x" : version);
        List<String> warnings = skipped == 0
                ? List.of()
                : List.of(skipped + " wells skipped: neither a sample name nor a control task");
        return new Rows(
                software,
                rows,
                new ColumnNames(headerCells.get(sample), headerCells.get(detector), headerCells.get(ct)),
                warnings);
    }

    private static boolean isTableHeader(String line) {
        List<String> names = ExportText.names(ExportText.cells(line, ExportText.delimiterOf(line)));
        return names.contains("well")
                && names.contains("sample name")
                && names.contains("detector")
                && names.contains("ct");
    }
}
