package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thyrobank.platform.BundleFileException;

/**
 * Thermo Fisher QuantStudio and 7500 "Results" text exports: a block of {@code * Key = value} lines, then
 * (after an optional {@code [Results]} line) a tab-separated table with {@code Well}, {@code Sample Name},
 * {@code Target Name} (7500: {@code Detector Name}) and {@code CT} or {@code Cq}. The table ends at a blank line or
 * at the next {@code [Section]}. Unused wells (no sample name), no-template controls (task {@code NTC}) and wells
 * the operator omitted ({@code Omit = true}) are not specimen measurements and are skipped.
 */
final class QuantStudioFormat implements PlateFormat {

    @Override
    public String name() {
        return "quantstudio";
    }

    @Override
    public boolean canRead(byte[] head) {
        String first = TextHead.firstLine(head);
        return first.startsWith("*") || first.startsWith("[Results]") || isTableHeader(first);
    }

    @Override
    public Rows read(String file, byte[] content) {
        String[] lines = TextHead.of(content).split("\r?\n", -1);
        String runId = null;
        int index = 0;
        for (; index < lines.length && !isTableHeader(lines[index]); index++) {
            String line = lines[index].strip();
            if (line.startsWith("*") && line.contains("=")) {
                String key = line.substring(1, line.indexOf('=')).strip();
                if (key.equalsIgnoreCase("Experiment Name")) {
                    runId = line.substring(line.indexOf('=') + 1).strip();
                }
            }
        }
        if (index == lines.length) {
            throw BundleFileException.of(
                    file,
                    "no results table: expected a tab-separated header with "
                            + "'Well', 'Sample Name', 'Target Name' and 'CT' or 'Cq'");
        }
        Columns columns = Columns.of(file, index + 1, lines[index].split("\t", -1));
        List<PlateRow> rows = new ArrayList<>();
        for (int i = index + 1; i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("["); i++) {
            String[] cells = lines[i].split("\t", -1);
            String sample = cell(cells, columns.sample);
            if (sample == null
                    || "NTC".equalsIgnoreCase(cell(cells, columns.task))
                    || "true".equalsIgnoreCase(cell(cells, columns.omit))) {
                continue;
            }
            rows.add(PlateRow.onLine(
                    i + 1,
                    sample,
                    cell(cells, columns.target),
                    cell(cells, columns.cq),
                    cell(cells, columns.well),
                    runId));
        }
        return new Rows(rows, columns.names, List.of());
    }

    private static boolean isTableHeader(String line) {
        List<String> cells = List.of(line.strip().toLowerCase(Locale.ROOT).split("\t"));
        return cells.contains("well") && cells.contains("sample name");
    }

    private static String cell(String[] cells, int column) {
        if (column < 0 || column >= cells.length || cells[column].isBlank()) {
            return null;
        }
        return cells[column].strip();
    }

    /** Where the needed columns are; {@code -1} for an optional column that is absent. */
    private record Columns(int well, int sample, int target, int cq, int task, int omit, ColumnNames names) {

        static Columns of(String file, int line, String[] header) {
            List<String> names = new ArrayList<>();
            for (String name : header) {
                names.add(name.strip().toLowerCase(Locale.ROOT));
            }
            int position = names.indexOf("well position");
            int well = position >= 0 ? position : names.indexOf("well");
            int target = first(names, "target name", "detector name", "detector");
            int cq = first(names, "ct", "cq");
            List<String> problems = new ArrayList<>();
            if (target < 0) {
                problems.add("line " + line + ": column 'Target Name' is missing");
            }
            if (cq < 0) {
                problems.add("line " + line + ": column 'CT' (or 'Cq') is missing");
            }
            if (!problems.isEmpty()) {
                throw new BundleFileException(file, problems);
            }
            int sample = names.indexOf("sample name");
            return new Columns(
                    well,
                    sample,
                    target,
                    cq,
                    names.indexOf("task"),
                    names.indexOf("omit"),
                    new ColumnNames(header[sample].strip(), header[target].strip(), header[cq].strip()));
        }

        private static int first(List<String> names, String... candidates) {
            for (String candidate : candidates) {
                if (names.contains(candidate)) {
                    return names.indexOf(candidate);
                }
            }
            return -1;
        }
    }
}
