package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.NtcWell;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.RegisteredSpecimen;
import org.thyrobank.mirna.SpecimenRegistry;

/**
 * Checks every row of a plate against the sample map, the study's specimens and the assay panel and turns it into a
 * measurement; all problems of the file are collected and thrown together, so that a rejected plate leaves nothing
 * behind. A target outside the panel is not a problem: its wells are kept apart ({@link Checked#offPanel()}). A
 * no-template control is kept with its target and Cq ({@link Checked#ntcWells()}).
 */
final class PlateValidator {

    static final String UNDETERMINED = "Undetermined";
    static final int MAX_NAME = 64;
    static final int MAX_TARGET = 128;
    static final int MAX_WELL = 16;
    static final int MAX_RUN = 255;
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final SpecimenRegistry registry;
    private final AssayPanel panel;

    PlateValidator(SpecimenRegistry registry, AssayPanel panel) {
        this.registry = registry;
        this.panel = panel;
    }

    /** The plate's wells, panel and off-panel, its no-template controls, and what is worth a warning. */
    record Checked(
            List<QpcrMeasurement> panel,
            List<QpcrMeasurement> offPanel,
            List<NtcWell> ntcWells,
            List<String> warnings) {}

    Checked validate(String file, PlateFormat.Rows read, SampleMap samples) {
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        boolean mapped = samples.maps(fileName);
        PlateFormat.ColumnNames columns = read.columns();
        List<String> problems = new ArrayList<>();
        List<QpcrMeasurement> onPanel = new ArrayList<>();
        List<QpcrMeasurement> offPanel = new ArrayList<>();
        Set<String> offPanelTargets = new LinkedHashSet<>();
        Map<String, List<PlateRow>> seen = new HashMap<>();
        List<NtcWell> ntcWells = new ArrayList<>();
        int untargetedNtcs = 0;
        int controls = 0;
        for (PlateRow row : read.rows()) {
            if (row.role() == WellTasks.Role.NTC) {
                if (row.target() == null) {
                    untargetedNtcs++;
                } else {
                    ntc(row, columns, problems).ifPresent(ntcWells::add);
                }
                continue;
            }
            if (row.control()) {
                controls++;
                continue;
            }
            int before = problems.size();
            Optional<SampleMap.Entry> entry = mapped ? samples.entry(fileName, row.sample()) : Optional.empty();
            if (mapped && entry.isEmpty()) {
                problems.add(row.place() + (row.well() == null ? "" : " (well " + row.well() + ")") + ": sample '"
                        + (row.sample() == null ? "" : row.sample()) + "' is not in " + samples.name() + " for "
                        + fileName);
                continue;
            }
            if (entry.isPresent() && entry.get().control()) {
                controls++;
                continue;
            }
            String specimenId = entry.map(SampleMap.Entry::specimenId).orElse(row.sample());
            String target = row.target() != null
                    ? row.target()
                    : entry.map(SampleMap.Entry::target).orElse(null);
            checkSpecimen(row, specimenId, columns.sample(), problems);
            Optional<String> assay = assay(row, target, columns.target(), problems);
            Optional<Double> cq = cq(row, columns.cq(), problems);
            checkLength(row, "well", row.well(), MAX_WELL, problems);
            checkLength(row, "run", row.runId(), MAX_RUN, problems);
            if (problems.size() > before) {
                continue;
            }
            checkReplicate(row, specimenId, assay.orElse(target), seen, problems);
            if (problems.size() > before) {
                continue;
            }
            QpcrMeasurement measurement =
                    new QpcrMeasurement(specimenId, assay.orElse(target), cq.orElse(null), row.well(), row.runId());
            if (assay.isPresent()) {
                onPanel.add(measurement);
            } else {
                offPanel.add(measurement);
                offPanelTargets.add(target);
            }
        }
        if (onPanel.isEmpty() && offPanel.isEmpty() && problems.isEmpty()) {
            int notSpecimens = controls + untargetedNtcs + ntcWells.size();
            problems.add(
                    notSpecimens > 0
                            ? "no specimen measurement: all " + notSpecimens + " wells read are controls or standards"
                            : "no measurement: the file holds no well with a specimen");
        }
        if (!problems.isEmpty()) {
            throw new PlateFormatException(file, problems);
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        if (untargetedNtcs > 0) {
            warnings.add(untargetedNtcs + " NTC wells without a target not stored nor checked");
        }
        if (controls > 0) {
            warnings.add(controls + " control or standard wells not stored");
        }
        if (!offPanelTargets.isEmpty()) {
            warnings.add(offPanel.size() + " wells of targets outside reference/mirna-panel.tsv stored apart, "
                    + "not normalised nor analysed: " + String.join(", ", offPanelTargets));
        }
        return new Checked(onPanel, offPanel, ntcWells, warnings);
    }

    /**
     * A no-template control of a target, under the panel assay the target stands for (or the file's name of a target
     * outside the panel); its Cq is checked as a specimen's. Its sample name is not a specimen and is not looked up.
     */
    private Optional<NtcWell> ntc(PlateRow row, PlateFormat.ColumnNames columns, List<String> problems) {
        int before = problems.size();
        if (row.target().length() > MAX_TARGET) {
            problems.add(row.problem(
                    columns.target(), row.target(), "a target name of at most " + MAX_TARGET + " characters"));
        }
        Optional<Double> cq = cq(row, columns.cq(), problems);
        checkLength(row, "well", row.well(), MAX_WELL, problems);
        checkLength(row, "run", row.runId(), MAX_RUN, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        String assay = panel.assayNamed(row.target()).orElse(row.target());
        return Optional.of(new NtcWell(assay, cq.orElse(null), row.well(), row.runId()));
    }

    private void checkSpecimen(PlateRow row, String id, String column, List<String> problems) {
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

    /** The panel assay the target stands for; empty for a target outside the panel (a problem only if missing). */
    private Optional<String> assay(PlateRow row, String target, String column, List<String> problems) {
        if (target == null) {
            problems.add(row.problem(column, "", "a target name (an assay of reference/mirna-panel.tsv)"));
            return Optional.empty();
        }
        if (target.length() > MAX_TARGET) {
            problems.add(row.problem(column, target, "a target name of at most " + MAX_TARGET + " characters"));
            return Optional.empty();
        }
        return panel.assayNamed(target);
    }

    private static void checkLength(PlateRow row, String what, String value, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(row.problem(what, value, "at most " + max + " characters"));
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
            return Optional.empty();
        }
        return Optional.of(cq);
    }

    /**
     * Same specimen and assay twice in a run is allowed only as technical replicates: each in its own, named well.
     */
    private static void checkReplicate(
            PlateRow row, String specimenId, String assay, Map<String, List<PlateRow>> seen, List<String> problems) {
        List<PlateRow> earlier =
                seen.computeIfAbsent(specimenId + "\u0000" + assay + "\u0000" + row.runId(), key -> new ArrayList<>());
        earlier.stream()
                .filter(first -> first.well() == null
                        || row.well() == null
                        || first.well().equals(row.well()))
                .findFirst()
                .ifPresent(first -> problems.add(row.place() + ": specimen '" + specimenId
                        + "' measured again for assay '" + assay + "' (first at " + first.place()
                        + ") without a distinct replicate well"));
        earlier.add(row);
    }
}
