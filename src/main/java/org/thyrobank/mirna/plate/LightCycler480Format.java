package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.List;

/**
 * Roche LightCycler 480 Software text export of an Abs Quant (2nd Derivative Max or Fit Points) analysis: a first
 * line {@code Experiment: <name>  Selected Filter: <filter>}, then a tab-separated table
 * {@code Include, Color, Pos, Name, Cp, Concentration, Standard, Status}; lines end with a lone CR. {@code Cp} is
 * empty when nothing amplified. The export names no target: it comes from {@code qpcr/sample-map.csv}. Standards
 * ({@code Standard} other than 0) are read as controls; excluded wells ({@code Include} False) and wells without a
 * name are skipped.
 */
final class LightCycler480Format implements PlateFormat {

    private static final String EXPERIMENT = "Experiment:";
    private static final String FILTER = "Selected Filter:";

    @Override
    public String name() {
        return "lightcycler-480";
    }

    @Override
    public String expects() {
        return "a LightCycler 480 Abs Quant export (a first line 'Experiment: ...' and a header with 'Include', 'Pos', "
                + "'Name' and 'Cp')";
    }

    @Override
    public boolean canRead(byte[] content) {
        String[] lines = ExportText.lines(content);
        return lines.length > 1 && lines[0].startsWith(EXPERIMENT) && isHeader(lines[1]);
    }

    @Override
    public Rows read(String file, byte[] content) {
        String[] lines = ExportText.lines(content);
        String first = lines[0].strip();
        int filterAt = first.indexOf(FILTER);
        String experiment = (filterAt < 0
                        ? first.substring(EXPERIMENT.length())
                        : first.substring(EXPERIMENT.length(), filterAt))
                .strip();
        String filter = filterAt < 0
                ? null
                : first.substring(filterAt + FILTER.length()).strip();
        List<String> headerCells = ExportText.cells(lines[1], '\t');
        List<String> names = ExportText.names(headerCells);
        int include = names.indexOf("include");
        int well = names.indexOf("pos");
        int sample = names.indexOf("name");
        int cp = names.indexOf("cp");
        int standard = names.indexOf("standard");
        List<PlateRow> rows = new ArrayList<>();
        int skipped = 0;
        for (int i = 2; i < lines.length && !lines[i].isBlank(); i++) {
            List<String> cells = ExportText.cells(lines[i], '\t');
            String name = ExportText.cell(cells, sample);
            String standardValue = ExportText.cell(cells, standard);
            boolean standardWell = standardValue != null && !standardValue.matches("0+(\\.0+)?");
            if ((name == null && !standardWell) || "false".equalsIgnoreCase(ExportText.cell(cells, include))) {
                skipped++;
                continue;
            }
            rows.add(PlateRow.onLine(
                            i + 1,
                            name,
                            null,
                            ExportText.cq(ExportText.cell(cells, cp)),
                            ExportText.cell(cells, well),
                            experiment.isEmpty() ? null : experiment)
                    .as(standardWell ? WellTasks.Role.OTHER_CONTROL : WellTasks.Role.SPECIMEN));
        }
        String software = "LightCycler 480, Abs Quant" + (filter == null ? "" : " (" + filter + ")");
        List<String> warnings =
                skipped == 0 ? List.of() : List.of(skipped + " wells skipped: excluded, or without a name");
        return new Rows(
                software,
                rows,
                new ColumnNames(headerCells.get(sample), "target (qpcr/sample-map.csv)", headerCells.get(cp)),
                warnings);
    }

    private static boolean isHeader(String line) {
        List<String> names = ExportText.names(ExportText.cells(line, '\t'));
        return names.containsAll(List.of("include", "pos", "name", "cp"));
    }
}
