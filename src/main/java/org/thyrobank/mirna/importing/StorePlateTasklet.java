package org.thyrobank.mirna.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.QpcrPlate;
import org.thyrobank.mirna.StoredSpecimens;
import org.thyrobank.mirna.persistence.QpcrValueMapper;
import org.thyrobank.mirna.persistence.QpcrValueMapper.QpcrNtcRow;
import org.thyrobank.mirna.persistence.QpcrValueMapper.QpcrPlateRow;
import org.thyrobank.mirna.persistence.QpcrValueMapper.QpcrValueRow;
import org.thyrobank.mirna.plate.PlateReader;
import org.thyrobank.mirna.plate.SampleMap;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundleFileParameters;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * Reads one plate file whole (with {@code qpcr/sample-map.csv} beside it, if there is one), checks it against the
 * stored specimens and the panel, and only then replaces what
 * the file contributed before: its old wells, NTC wells and plate row are deleted, the new ones inserted and the file
 * recorded in imported_file, all in the step's one transaction. A rejected plate ends the step FAILED with its
 * problems before anything is written.
 */
final class StorePlateTasklet implements Tasklet {

    static final String OUTCOME_REPLACED_WELLS = "replaced_wells";
    static final String OUTCOME_SUMMARY = "summary";
    static final String OUTCOME_REJECTED = "rejected";

    private static final String BATCH_SIZE = "insert-batch-size";
    private static final int PLATE_ID_MAX = 64;

    private final QpcrValueMapper values;
    private final ClinicalQueries clinical;
    private final AssayPanel panel;
    private final ImportedFiles register;
    private final JobSettings jobSettings;

    StorePlateTasklet(
            QpcrValueMapper values,
            ClinicalQueries clinical,
            AssayPanel panel,
            ImportedFiles register,
            JobSettings jobSettings) {
        this.values = values;
        this.clinical = clinical;
        this.panel = panel;
        this.register = register;
        this.jobSettings = jobSettings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        BundleFile file =
                BundleFileParameters.file(contribution.getStepExecution().getJobParameters());
        int batchSize = batchSize();
        QpcrPlate plate;
        String plateId;
        try {
            plate = new PlateReader(new StoredSpecimens(clinical), panel)
                    .read(file.relativePath(), PlateReader.bytes(file.relativePath(), file.path()), sampleMap(file));
            plateId = plateId(file.relativePath());
        } catch (BundleFileException rejection) {
            reject(contribution.getStepExecution(), rejection, file.relativePath());
            return RepeatStatus.FINISHED;
        }

        int replaced = values.deleteValuesOf(file.relativePath());
        values.deleteNtcWellsOf(file.relativePath());
        values.deletePlateOf(file.relativePath());
        values.insertPlate(new QpcrPlateRow(
                plateId,
                file.relativePath(),
                plate.format(),
                plate.software(),
                plate.measurements().size() + plate.offPanel().size()));
        insert(file, plateId, plate.measurements(), false, batchSize);
        insert(file, plateId, plate.offPanel(), true, batchSize);
        if (!plate.ntcWells().isEmpty()) {
            values.insertNtcWells(plate.ntcWells().stream()
                    .map(ntc -> new QpcrNtcRow(
                            file.relativePath(), plateId, ntc.assay(), ntc.cq(), ntc.well(), ntc.runId()))
                    .toList());
        }
        register.record(
                file,
                BundlePart.QPCR,
                ImportRun.importedBy(contribution.getStepExecution().getJobParameters()));

        contribution.incrementReadCount();
        contribution.incrementWriteCount(
                plate.measurements().size() + plate.offPanel().size());
        ExecutionContext outcome = contribution.getStepExecution().getExecutionContext();
        outcome.putInt(OUTCOME_REPLACED_WELLS, replaced);
        outcome.putString(OUTCOME_SUMMARY, summary(plateId, plate));
        return RepeatStatus.FINISHED;
    }

    private void insert(BundleFile file, String plateId, List<QpcrMeasurement> wells, boolean offPanel, int batch) {
        List<QpcrValueRow> rows = wells.stream().map(m -> row(file, plateId, m)).toList();
        for (int from = 0; from < rows.size(); from += batch) {
            values.insertValues(rows.subList(from, Math.min(rows.size(), from + batch)), offPanel);
        }
    }

    /** The bundle's {@code qpcr/sample-map.csv} beside the plate, or none. */
    private static SampleMap sampleMap(BundleFile plate) {
        Path map = plate.path().resolveSibling(SampleMap.FILE_NAME);
        if (!Files.isRegularFile(map)) {
            return SampleMap.none();
        }
        String relative = plate.relativePath();
        String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
        return SampleMap.parse(folder + SampleMap.FILE_NAME, PlateReader.bytes(folder + SampleMap.FILE_NAME, map));
    }

    private int batchSize() {
        int size = jobSettings.load(QpcrImportJob.SETTINGS).integer(BATCH_SIZE);
        if (size < 1) {
            throw new IllegalArgumentException("batch-jobs/" + QpcrImportJob.SETTINGS + ".properties: " + BATCH_SIZE
                    + " must be at least 1, not " + size);
        }
        return size;
    }

    /**
     * Ends the step FAILED with the plate's problems, without an exception: a rejected file is an expected outcome
     * (nothing has been written yet), not an error to log with its stack trace.
     */
    private static void reject(StepExecution step, BundleFileException rejection, String plateFile) {
        // a problem of the sample map is said to be the map's
        String problems = (rejection.file().equals(plateFile) ? "" : rejection.file() + ": ")
                + String.join("; ", rejection.problems());
        step.getExecutionContext().putString(OUTCOME_REJECTED, problems);
        step.setStatus(BatchStatus.FAILED);
        step.setExitStatus(ExitStatus.FAILED.addExitDescription(problems));
    }

    /** The file name without its extension; no other file may already hold it. */
    private String plateId(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        String plateId = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (plateId.isEmpty() || plateId.length() > PLATE_ID_MAX) {
            throw BundleFileException.of(
                    relativePath,
                    "the file name without its extension is the plate id and " + "must be 1 to " + PLATE_ID_MAX
                            + " characters, not '" + plateId + "'");
        }
        String holder = values.sourceFileOfPlate(plateId);
        if (holder != null && !holder.equals(relativePath)) {
            throw BundleFileException.of(
                    relativePath,
                    "plate id '" + plateId + "' (the file name without its " + "extension) is already taken by "
                            + holder + "; rename one of the two files");
        }
        return plateId;
    }

    private static QpcrValueRow row(BundleFile file, String plateId, QpcrMeasurement m) {
        return new QpcrValueRow(file.relativePath(), plateId, m.specimenId(), m.assay(), m.cq(), m.well(), m.runId());
    }

    private static String summary(String plateId, QpcrPlate plate) {
        long specimens = plate.measurements().stream()
                .map(QpcrMeasurement::specimenId)
                .distinct()
                .count();
        long assays = plate.measurements().stream()
                .map(QpcrMeasurement::assay)
                .distinct()
                .count();
        String text = "plate " + plateId + " (" + plate.software() + "): "
                + plate.measurements().size() + " wells, " + specimens + " specimens, " + assays + " assays"
                + (plate.offPanel().isEmpty() ? "" : ", " + plate.offPanel().size() + " off-panel wells")
                + (plate.ntcWells().isEmpty() ? "" : ", " + plate.ntcWells().size() + " NTC wells");
        return plate.warnings().isEmpty() ? text : text + "; warnings: " + String.join("; ", plate.warnings());
    }
}
