package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thermo Fisher "Results" text exports of QuantStudio Real-Time PCR Software (QuantStudio 6/7 Flex), QuantStudio
 * Design &amp; Analysis (QuantStudio 3/5), StepOne Software v2 and 7500 Software v2. A block of settings ({@code *
 * Key = value}, or {@code Key,value} in the comma-separated export), then either the results table alone (after an
 * optional {@code [Results]} line) or every section ({@code [Sample Setup]}, {@code [Amplification Data]}, ...) of
 * which only {@code [Results]} is read. Cells are tab- or comma-separated; the Cq column is {@code CT}, {@code Cq} or
 * (StepOne and 7500 Software v2) {@code Cт} with a Cyrillic te; the target column is {@code Target Name}
 * ({@code Detector Name} in 7500 Software v2.0 exports); a French or German locale writes decimal commas.
 * Unused wells (no sample name) and wells the operator omitted ({@code Omit} true) are skipped; controls and
 * standards (task {@code NTC}, {@code NAC}, {@code STANDARD}, {@code BlockedIPC}) are read as controls.
 */
final class QuantStudioFormat implements PlateFormat {

    static final String RESULTS = "[Results]";

    @Override
    public String name() {
        return "quantstudio";
    }

    @Override
    public String expects() {
        return "a QuantStudio, StepOne or 7500 Software v2 results export (a header with 'Well', 'Sample Name', "
                + "'Target Name' and 'CT', 'Cq' or 'Cт')";
    }

    @Override
    public boolean canRead(byte[] content) {
        for (String line : ExportText.lines(content)) {
            if (isTableHeader(line)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Rows read(String file, byte[] content) {
        String[] lines = ExportText.lines(content);
        List<String> sections = new ArrayList<>();
        int header = -1;
        int resultsSection = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                sections.add(line);
                if (line.equalsIgnoreCase(RESULTS)) {
                    resultsSection = i;
                }
            }
        }
        if (!sections.isEmpty() && resultsSection < 0) {
            throw PlateFormatException.of(
                    file,
                    "sections " + sections + " but no " + RESULTS + ": export the experiment with its Results section");
        }
        for (int i = resultsSection + 1; i < lines.length && header < 0; i++) {
            if (isTableHeader(lines[i])) {
                header = i;
            } else if (resultsSection >= 0 && !lines[i].isBlank()) {
                throw PlateFormatException.of(
                        file,
                        "line " + (i + 1) + ": the " + RESULTS + " section does not start with a header naming "
                                + "'Well', 'Sample Name' and 'Target Name' (found '" + ExportText.shown(lines[i], 60)
                                + "')");
            }
        }
        if (header < 0) {
            throw PlateFormatException.of(
                    file, "no results table: expected a header with 'Well', 'Sample Name', 'Target Name' and 'CT'");
        }
        char delimiter = ExportText.delimiterOf(lines[header]);
        List<String> headerCells = ExportText.cells(lines[header], delimiter);
        Columns columns = Columns.of(file, header + 1, headerCells);
        String runId = setting(lines, header, "Experiment Name");
        List<PlateRow> rows = new ArrayList<>();
        int skipped = 0;
        for (int i = header + 1; i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("["); i++) {
            List<String> cells = ExportText.cells(lines[i], delimiter);
            String sample = ExportText.cell(cells, columns.sample);
            WellTasks.Role role = WellTasks.role(ExportText.cell(cells, columns.task));
            if ((sample == null && !role.control()) || isOmitted(ExportText.cell(cells, columns.omit))) {
                skipped++;
                continue;
            }
            rows.add(PlateRow.onLine(
                            i + 1,
                            sample,
                            ExportText.cell(cells, columns.target),
                            ExportText.cq(ExportText.cell(cells, columns.cq)),
                            ExportText.cell(cells, columns.well),
                            runId)
                    .as(role));
        }
        List<String> warnings = skipped == 0
                ? List.of()
                : List.of(skipped + " wells skipped: omitted, or neither a sample name nor a control task");
        return new Rows(software(lines, header, sections), rows, columns.names, warnings);
    }

    private static boolean isTableHeader(String line) {
        List<String> names = ExportText.names(ExportText.cells(line, ExportText.delimiterOf(line)));
        return names.contains("well")
                && names.contains("sample name")
                && (names.contains("target name") || names.contains("detector name"));
    }

    /** 7500 Software writes {@code true}/{@code false}, QuantStudio Design &amp; Analysis {@code 1}/{@code 0}. */
    private static boolean isOmitted(String omit) {
        return "true".equalsIgnoreCase(omit) || "1".equals(omit);
    }

    /** A setting of the block above the table: {@code * Key = value} or {@code Key,value}. */
    private static String setting(String[] lines, int header, String key) {
        for (int i = 0; i < header; i++) {
            String line = lines[i].strip();
            if (line.startsWith("*") && line.contains("=")) {
                if (line.substring(1, line.indexOf('=')).strip().equalsIgnoreCase(key)) {
                    return blankToNull(line.substring(line.indexOf('=') + 1).strip());
                }
            } else if (!line.contains("\t")) {
                List<String> cells = ExportText.cells(line, ',');
                if (cells.size() >= 2 && cells.get(0).equalsIgnoreCase(key)) {
                    return blankToNull(cells.get(1));
                }
            }
        }
        return null;
    }

    private static String software(String[] lines, int header, List<String> sections) {
        String instrument = setting(lines, header, "Instrument Type");
        String name = instrument == null ? "Applied Biosystems results export" : instrumentName(instrument);
        boolean allSections = sections.stream().anyMatch(s -> !s.equalsIgnoreCase(RESULTS));
        return name + (allSections ? ", all sections" : ", results only");
    }

    /** {@code QuantStudio(TM) 7 Flex System} and {@code QuantStudio™ 3 System} as the instrument's plain name. */
    static String instrumentName(String instrumentType) {
        String name = instrumentType
                .replace("(TM)", "")
                .replace("™", "")
                .replaceAll("\\s+System$", "")
                .strip();
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "steponeplus" -> "StepOnePlus";
            case "stepone" -> "StepOne";
            case "sds7500", "sds7500fast" -> "7500";
            default -> name;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Where the needed columns are; {@code -1} for an optional column that is absent. */
    private record Columns(int well, int sample, int target, int cq, int task, int omit, ColumnNames names) {

        static Columns of(String file, int line, List<String> header) {
            List<String> names = ExportText.names(header);
            int cq = ExportText.column(names, "ct", "cq", "cт");
            if (cq < 0) {
                throw PlateFormatException.of(file, "line " + line + ": column 'CT' (or 'Cq', 'Cт') is missing");
            }
            int sample = names.indexOf("sample name");
            int target = ExportText.column(names, "target name", "detector name");
            return new Columns(
                    ExportText.column(names, "well position", "well"),
                    sample,
                    target,
                    cq,
                    names.indexOf("task"),
                    names.indexOf("omit"),
                    new ColumnNames(header.get(sample), header.get(target), header.get(cq)));
        }
    }
}
