package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.RegisteredSpecimen;
import org.thyrobank.mirna.SpecimenRegistry;
import org.thyrobank.platform.BundleFileException;

/**
 * Checks every row of a plate against the study's specimens and the assay panel and turns it into a measurement;
 * all problems of the file are collected and thrown together, so that a rejected plate leaves nothing behind.
 */
final class PlateValidator {

    static final String UNDETERMINED = "Undetermined";
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final SpecimenRegistry registry;
    private final AssayPanel panel;

    PlateValidator(SpecimenRegistry registry, AssayPanel panel) {
        this.registry = registry;
        this.panel = panel;
    }

    List<QpcrMeasurement> validate(String file, PlateFormat.Rows read) {
        List<PlateRow> rows = read.rows();
        PlateFormat.ColumnNames columns = read.columns();
        List<String> problems = new ArrayList<>();
        List<QpcrMeasurement> measurements = new ArrayList<>();
        Map<String, List<PlateRow>> seen = new HashMap<>();
        for (PlateRow row : rows) {
            int before = problems.size();
            checkSpecimen(row, columns.specimen(), problems);
            checkAssay(row, columns.assay(), problems);
            Optional<Double> cq = cq(row, columns.cq(), problems);
            checkReplicate(row, seen, problems);
            if (problems.size() == before) {
                measurements.add(
                        new QpcrMeasurement(row.specimenId(), row.assay(), cq.orElse(null), row.well(), row.runId()));
            }
        }
        if (rows.isEmpty()) {
            problems.add("no measurement: the file holds no well with a specimen");
        }
        if (!problems.isEmpty()) {
            throw new BundleFileException(file, problems);
        }
        return measurements;
    }

    private void checkSpecimen(PlateRow row, String column, List<String> problems) {
        String id = row.specimenId();
        if (id == null) {
            problems.add(row.problem(column, "", "a specimen id of specimens.csv"));
            return;
        }
        Optional<RegisteredSpecimen> specimen = registry.find(id);
        if (specimen.isEmpty()) {
            problems.add(row.problem(column, id, "a specimen id of specimens.csv (unknown specimen)"));
        } else if (!specimen.get().kind().circulating()) {
            problems.add(row.problem(
                    column,
                    id,
                    "a PLASMA or SERUM specimen (this one is " + specimen.get().kind() + ")"));
        }
    }

    private void checkAssay(PlateRow row, String column, List<String> problems) {
        String assay = row.assay();
        if (assay == null || panel.kindOf(assay).isEmpty()) {
            problems.add(row.problem(
                    column,
                    assay == null ? "" : assay,
                    "an assay of reference/mirna-panel.tsv (miRNA, spike-in or calibrator)"));
        }
    }

    /** The Cq, empty for {@code Undetermined} or an empty cell; a problem for anything else not a number >= 0. */
    private static Optional<Double> cq(PlateRow row, String column, List<String> problems) {
        String text = row.cq();
        if (text == null || text.equalsIgnoreCase(UNDETERMINED)) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(text).matches()) {
            problems.add(row.problem(column, text, "a number or 'Undetermined'"));
            return Optional.empty();
        }
        double cq = Double.parseDouble(text);
        if (cq < 0 || Double.isInfinite(cq)) {
            problems.add(row.problem(column, text, "a Cq >= 0 (a negative Cq is not a cycle)"));
        }
        return Optional.of(cq);
    }

    /**
     * Same specimen and assay twice in a run is allowed only as technical replicates: each in its own, named well.
     */
    private static void checkReplicate(PlateRow row, Map<String, List<PlateRow>> seen, List<String> problems) {
        List<PlateRow> earlier = seen.computeIfAbsent(
                row.specimenId() + "\u0000" + row.assay() + "\u0000" + row.runId(), key -> new ArrayList<>());
        earlier.stream()
                .filter(first -> first.well() == null
                        || row.well() == null
                        || first.well().equals(row.well()))
                .findFirst()
                .ifPresent(first -> problems.add(row.place() + ": specimen '" + row.specimenId()
                        + "' measured again for assay '" + row.assay() + "' (first at " + first.place()
                        + ") without a distinct replicate well"));
        earlier.add(row);
    }
}
