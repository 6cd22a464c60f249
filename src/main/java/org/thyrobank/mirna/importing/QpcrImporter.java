package org.thyrobank.mirna.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.thyrobank.mirna.plate.SampleMap;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundleFileParameters;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.BundlePartImporter;
import org.thyrobank.platform.importing.FileImport;
import org.thyrobank.platform.importing.FileImports;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;

/**
 * Imports the plate files of qpcr/ (the service's long CSV, the instruments' exports, RDML; see
 * {@code docs/study-bundle.md}) with the sample labels of {@code qpcr/sample-map.csv}: a file
 * imported before with the same SHA-256 is left as it is; every other file runs its own {@code qpcrImport} job
 * execution, which stores the plate whole or not at all. Each plate is checked and imported under its import lock
 * ({@link FileImports}).
 */
@Component
class QpcrImporter implements BundlePartImporter {

    private final ImportedFiles register;
    private final FileImports imports;
    private final Job job;

    QpcrImporter(ImportedFiles register, FileImports imports, @Qualifier(QpcrImportJob.NAME) Job job) {
        this.register = register;
        this.imports = imports;
        this.job = job;
    }

    @Override
    public BundlePart part() {
        return BundlePart.QPCR;
    }

    /**
     * The plates, each on its own; {@code qpcr/sample-map.csv} is not a plate but the labels of them all, so when it
     * is new or changed every plate is read again (an unchanged plate may now map to other specimens).
     */
    @Override
    public List<FileOutcome> importFiles(Path studyDir, List<BundleFile> files, ImportRun run) {
        List<FileOutcome> outcomes = new ArrayList<>();
        Optional<BundleFile> sampleMap =
                files.stream().filter(QpcrImporter::isSampleMap).findFirst();
        boolean mapChanged = sampleMap.isPresent() && !register.isUnchanged(sampleMap.get());
        for (BundleFile file : files) {
            if (isSampleMap(file)) {
                continue;
            }
            run.starting(file.relativePath());
            FileOutcome outcome = imports.importFile(new PlateImport(file, mapChanged), run);
            outcomes.add(outcome);
            run.ended(outcome);
        }
        sampleMap.ifPresent(map -> {
            run.starting(map.relativePath());
            FileOutcome outcome;
            if (!mapChanged) {
                outcome = FileOutcome.of(map, Outcome.UNCHANGED, "same SHA-256 as when it was imported");
            } else {
                outcome = checkSampleMap(map, run.importedBy());
            }
            outcomes.add(outcome);
            run.ended(outcome);
        });
        return outcomes;
    }

    /** Recorded only when readable, so that a corrected map is read again and its plates with it. */
    private FileOutcome checkSampleMap(BundleFile map, String importedBy) {
        try {
            SampleMap.parse(map.relativePath(), Files.readAllBytes(map.path()));
        } catch (BundleFileException rejection) {
            return FileOutcome.of(map, Outcome.REJECTED, String.join("; ", rejection.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + map.relativePath(), e);
        }
        register.record(map, BundlePart.QPCR, importedBy);
        return FileOutcome.of(map, Outcome.IMPORTED, "sample labels of the plates, read with each plate");
    }

    private static boolean isSampleMap(BundleFile file) {
        String path = file.relativePath();
        return path.substring(path.lastIndexOf('/') + 1).equals(SampleMap.FILE_NAME);
    }

    /**
     * One plate file: unchanged when its SHA-256 is the one imported and the sample map is as it was; else its own
     * {@code qpcrImport} execution.
     */
    private final class PlateImport implements FileImport<FileOutcome> {

        private final BundleFile file;
        private final boolean mapChanged;

        PlateImport(BundleFile file, boolean mapChanged) {
            this.file = file;
            this.mapChanged = mapChanged;
        }

        @Override
        public String relativePath() {
            return file.relativePath();
        }

        @Override
        public Optional<FileOutcome> unchanged() {
            return !mapChanged && register.isUnchanged(file)
                    ? Optional.of(FileOutcome.of(file, Outcome.UNCHANGED, "same SHA-256 as when it was imported"))
                    : Optional.empty();
        }

        @Override
        public Job job() {
            return job;
        }

        @Override
        public JobParametersBuilder parameters(JobParametersBuilder parameters) {
            return BundleFileParameters.add(parameters, file);
        }

        @Override
        public FileOutcome notImported(String reason) {
            return FileOutcome.of(file, Outcome.REJECTED, reason);
        }

        @Override
        public FileOutcome outcome(JobExecution execution) {
            ExecutionContext stored = execution.getStepExecutions().stream()
                    .findFirst()
                    .map(StepExecution::getExecutionContext)
                    .orElseGet(ExecutionContext::new);
            if (stored.containsKey(StorePlateTasklet.OUTCOME_REJECTED)) {
                return FileOutcome.of(file, Outcome.REJECTED, stored.getString(StorePlateTasklet.OUTCOME_REJECTED));
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return FileOutcome.of(
                        file,
                        Outcome.REJECTED,
                        "not stored: " + QpcrImportJob.NAME + " ended "
                                + execution.getStatus()
                                + execution.getAllFailureExceptions().stream()
                                        .findFirst()
                                        .map(e -> " (" + e.getMessage() + ")")
                                        .orElse(""));
            }
            String summary = stored.getString(StorePlateTasklet.OUTCOME_SUMMARY);
            int replaced = stored.getInt(StorePlateTasklet.OUTCOME_REPLACED_WELLS);
            boolean replacing = replaced > 0;
            return FileOutcome.of(
                    file,
                    replacing ? Outcome.REPLACED : Outcome.IMPORTED,
                    replacing ? summary + " (replacing the " + replaced + " wells of the earlier version)" : summary);
        }
    }
}
