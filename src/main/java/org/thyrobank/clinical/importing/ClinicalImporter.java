package org.thyrobank.clinical.importing;

import java.nio.file.Path;
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
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalDerivations;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.clinical.Consents;
import org.thyrobank.clinical.ResearchUse;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;
import org.thyrobank.clinical.persistence.ClinicalFolderMapper;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.BundlePartImporter;
import org.thyrobank.platform.importing.FileImport;
import org.thyrobank.platform.importing.FileImports;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * Imports a bundle's {@code clinical/} folder as one Spring Batch job execution ({@value #JOB}, job parameter
 * {@code file} = {@code clinical/}) whose single step is one transaction: read and validate every file, derive,
 * replace the stored clinical data, record each file in the register. The folder is checked and imported under one
 * import lock ({@link FileImports}), so two imports of it at once end with the rows of one. A folder whose files are
 * all unchanged runs nothing; a folder with any rejected file, or one the database refuses, stores nothing and leaves the stored
 * folder as it was.
 */
@Component
class ClinicalImporter implements BundlePartImporter {

    static final String JOB = "clinicalImport";
    static final String FOLDER = "clinical/";

    private final ImportedFiles register;
    private final ClinicalFolderMapper folder;
    private final ClinicalStore store;
    private final FileImports imports;
    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final JobSettings jobSettings;
    private final ClinicalQueries storedClinical;
    private final AuditLog audit;

    ClinicalImporter(
            ImportedFiles register,
            ClinicalFolderMapper folder,
            ClinicalStore store,
            FileImports imports,
            JobRepository repository,
            PlatformTransactionManager transactions,
            JobSettings jobSettings,
            ClinicalQueries storedClinical,
            AuditLog audit) {
        this.storedClinical = storedClinical;
        this.audit = audit;
        this.register = register;
        this.folder = folder;
        this.store = store;
        this.imports = imports;
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
            outcomes.addAll(imports.importFile(new FolderImport(studyDir.resolve("clinical"), clinical, run), run));
        }
        return outcomes;
    }

    /** The folder's files, imported whole under the one import lock of {@code clinical/}. */
    private final class FolderImport implements FileImport<List<FileOutcome>> {

        private final Path clinicalDir;
        private final List<BundleFile> files;
        private final ImportRun run;
        private final ClinicalImportSettings settings = ClinicalImportSettings.load(jobSettings);
        private final Map<String, String> stored = new LinkedHashMap<>();
        private final AtomicReference<ClinicalBundle> imported = new AtomicReference<>();

        FolderImport(Path clinicalDir, List<BundleFile> files, ImportRun run) {
            this.clinicalDir = clinicalDir;
            this.files = files;
            this.run = run;
        }

        @Override
        public String relativePath() {
            return FOLDER;
        }

        /** Unchanged when the stored folder has exactly these files, each with this content. */
        @Override
        public Optional<List<FileOutcome>> unchanged() {
            folder.sourceFiles().forEach(f -> stored.put(f.relativePath(), f.sha256()));
            return stored.keySet().equals(given()) && files.stream().allMatch(register::isUnchanged)
                    ? Optional.of(ClinicalOutcomes.unchanged(files))
                    : Optional.empty();
        }

        private Set<String> given() {
            return files.stream().map(BundleFile::relativePath).collect(Collectors.toSet());
        }

        /** The folder's one job; it tells {@code run} each file as it is checked, then the storing of them all. */
        @Override
        public Job job() {
            return new JobBuilder(JOB, repository)
                    .start(new StepBuilder(JOB + ".store", repository)
                            .tasklet(
                                    (contribution, context) -> {
                                        ClinicalBundle bundle = ClinicalBundleReader.read(
                                                clinicalDir,
                                                file -> run.starting(
                                                        file + " (checking; clinical/ is applied in one transaction)"));
                                        ClinicalFolderRules.requireStorable(bundle);
                                        run.starting("clinical/ (storing its " + files.size()
                                                + " files in one transaction)");
                                        Consents before = storedClinical.consents();
                                        // derived from what research may use: figures never see the rest
                                        store.replace(
                                                bundle,
                                                ClinicalDerivations.derive(ResearchUse.of(bundle)),
                                                files,
                                                settings.batchSize());
                                        if (!before.equals(bundle.consents())) {
                                            audit.record(
                                                    "import:" + run.id(),
                                                    AuditAction.CONSENT_CHANGED,
                                                    ConsentSummary.of(bundle));
                                        }
                                        files.forEach(f -> register.record(f, BundlePart.CLINICAL, run.importedBy()));
                                        imported.set(bundle);
                                        return RepeatStatus.FINISHED;
                                    },
                                    transactions)
                            .build())
                    .build();
        }

        @Override
        public JobParametersBuilder parameters(JobParametersBuilder parameters) {
            return parameters;
        }

        @Override
        public List<FileOutcome> notImported(String reason) {
            return files.stream()
                    .map(f -> FileOutcome.of(f, FileOutcome.Outcome.REJECTED, reason))
                    .toList();
        }

        @Override
        public List<FileOutcome> outcome(JobExecution execution) {
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                List<FileOutcome> outcomes = new ArrayList<>(ClinicalOutcomes.applied(files, imported.get(), stored));
                Set<String> given = given();
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
