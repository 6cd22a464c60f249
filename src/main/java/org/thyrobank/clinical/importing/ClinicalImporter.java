package org.thyrobank.clinical.importing;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalDerivations;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;
import org.thyrobank.clinical.persistence.ClinicalFolderMapper;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.BundlePartImporter;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * Imports a bundle's {@code clinical/} folder as one Spring Batch job execution ({@value #JOB}, job parameter
 * {@code file} = {@code clinical/}) whose single step is one transaction: read and validate every file, derive,
 * replace the stored clinical data, record each file in the register. A folder whose files are all unchanged runs
 * nothing; a folder with any rejected file, or one the database refuses, stores nothing and leaves the stored
 * folder as it was.
 */
@Component
class ClinicalImporter implements BundlePartImporter {

    static final String JOB = "clinicalImport";
    static final String FOLDER = "clinical/";

    private final ImportedFiles register;
    private final ClinicalFolderMapper folder;
    private final ClinicalStore store;
    private final JobOperator jobs;
    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final JobSettings jobSettings;

    ClinicalImporter(
            ImportedFiles register,
            ClinicalFolderMapper folder,
            ClinicalStore store,
            JobOperator jobs,
            JobRepository repository,
            PlatformTransactionManager transactions,
            JobSettings jobSettings) {
        this.register = register;
        this.folder = folder;
        this.store = store;
        this.jobs = jobs;
        this.repository = repository;
        this.transactions = transactions;
        this.jobSettings = jobSettings;
    }

    @Override
    public BundlePart part() {
        return BundlePart.CLINICAL;
    }

    @Override
    public List<FileOutcome> importFiles(Path studyDir, List<BundleFile> files, ImportRun run) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<BundleFile> clinical = new ArrayList<>();
        for (BundleFile file : files) {
            if (ClinicalBundleReader.files().contains(file.relativePath())) {
                clinical.add(file);
            } else {
                outcomes.add(FileOutcome.of(
                        file,
                        FileOutcome.Outcome.SKIPPED,
                        "not one of the clinical files " + ClinicalBundleReader.files()));
            }
        }
        if (!clinical.isEmpty()) {
            outcomes.forEach(run::ended);
            outcomes.addAll(importFolder(studyDir.resolve("clinical"), clinical, run));
        }
        return outcomes;
    }

    private List<FileOutcome> importFolder(Path clinicalDir, List<BundleFile> files, ImportRun run) {
        Map<String, String> stored = new LinkedHashMap<>();
        folder.sourceFiles().forEach(f -> stored.put(f.relativePath(), f.sha256()));
        Set<String> given = files.stream().map(BundleFile::relativePath).collect(Collectors.toSet());
        if (stored.keySet().equals(given) && files.stream().allMatch(register::isUnchanged)) {
            return ClinicalOutcomes.unchanged(files);
        }
        ClinicalImportSettings settings = ClinicalImportSettings.load(jobSettings);
        AtomicReference<ClinicalBundle> imported = new AtomicReference<>();
        JobExecution execution = start(job(clinicalDir, files, settings, imported, run), run);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            List<FileOutcome> outcomes = new ArrayList<>(ClinicalOutcomes.applied(files, imported.get(), stored));
            List<String> dropped =
                    stored.keySet().stream().filter(f -> !given.contains(f)).toList();
            if (!dropped.isEmpty()) {
                FileOutcome first = outcomes.get(0);
                outcomes.set(
                        0,
                        new FileOutcome(
                                first.relativePath(),
                                first.outcome(),
                                first.detail() + "; " + String.join(", ", dropped)
                                        + " no longer in the folder: its rows were removed"));
            }
            return outcomes;
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        Optional<ClinicalValidationException> rejection = find(failures, ClinicalValidationException.class);
        if (rejection.isPresent()) {
            return ClinicalOutcomes.rejected(files, rejection.get(), settings.maxProblemsPerFile());
        }
        Optional<DataIntegrityViolationException> refusal = find(failures, DataIntegrityViolationException.class);
        if (refusal.isPresent()) {
            return ClinicalOutcomes.refused(
                    files, refusal.get().getMostSpecificCause().getMessage());
        }
        IllegalStateException failure = new IllegalStateException(
                "the " + JOB + " job ended " + execution.getStatus() + "; nothing of clinical/ was stored");
        failures.forEach(failure::addSuppressed);
        throw failure;
    }

    /** The folder's one job; it tells {@code run} each file as it is checked, then the storing of them all. */
    private Job job(
            Path clinicalDir,
            List<BundleFile> files,
            ClinicalImportSettings settings,
            AtomicReference<ClinicalBundle> imported,
            ImportRun run) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".store", repository)
                        .tasklet(
                                (contribution, context) -> {
                                    ClinicalBundle bundle = ClinicalBundleReader.read(
                                            clinicalDir,
                                            file -> run.starting(
                                                    file + " (checking; clinical/ is applied in one transaction)"));
                                    ClinicalFolderRules.requireStorable(bundle);
                                    run.starting(
                                            "clinical/ (storing its " + files.size() + " files in one transaction)");
                                    store.replace(
                                            bundle, ClinicalDerivations.derive(bundle), files, settings.batchSize());
                                    files.forEach(f -> register.record(f, BundlePart.CLINICAL));
                                    imported.set(bundle);
                                    return RepeatStatus.FINISHED;
                                },
                                transactions)
                        .build())
                .build();
    }

    private JobExecution start(Job job, ImportRun run) {
        JobParameters parameters = run.tag(new JobParametersBuilder())
                .addString("file", FOLDER)
                .addLocalDateTime("requested_at", LocalDateTime.now())
                .toJobParameters();
        try {
            return jobs.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("the " + JOB + " job could not start; nothing of clinical/ was stored", e);
        }
    }

    private static <T extends Throwable> Optional<T> find(List<Throwable> failures, Class<T> type) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return Optional.of(type.cast(t));
                }
            }
        }
        return Optional.empty();
    }
}
