package org.thyrobank.mirna.importing;

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
 * Imports the plate files of qpcr/ (the service's long CSV, QuantStudio/7500 results exports, RDML): a file
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

    @Override
    public List<FileOutcome> importFiles(Path studyDir, List<BundleFile> files, ImportRun run) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (BundleFile file : files) {
            run.starting(file.relativePath());
            FileOutcome outcome = imports.importFile(new PlateImport(file), run);
            outcomes.add(outcome);
            run.ended(outcome);
        }
        return outcomes;
    }

    /** One plate file: unchanged when its SHA-256 is the one imported; else its own {@code qpcrImport} execution. */
    private final class PlateImport implements FileImport<FileOutcome> {

        private final BundleFile file;

        PlateImport(BundleFile file) {
            this.file = file;
        }

        @Override
        public String relativePath() {
            return file.relativePath();
        }

        @Override
        public Optional<FileOutcome> unchanged() {
            return register.isUnchanged(file)
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
