package org.thyrobank.genomics.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.BundlePartImporter;
import org.thyrobank.platform.importing.FileImport;
import org.thyrobank.platform.importing.FileImports;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.ImportLockTimeoutException;
import org.thyrobank.platform.importing.ImportLocks;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * Imports the runs under sequencing/: per run folder its manifest.csv is checked whole (a bad row rejects the run
 * and every file in it), then each VCF it names runs its own {@code vcfImport} job execution unless the VCF and
 * its manifest row are unchanged. The manifest and each VCF are checked and imported under their own import lock
 * ({@link FileImports}), so two imports of a run at once end with the rows of one. The BED files and indexes the manifest's VCFs use are read with them and
 * reported as skipped; files the manifest does not name are skipped too. A VCF whose specimen's patient has no
 * GENOMICS consent (docs/consent.md) is skipped ({@code skipped: no genomics consent}) and its variants not stored.
 */
@Component
class SequencingImporter implements BundlePartImporter {

    /** The detail of a VCF whose specimen's patient has no GENOMICS consent: skipped, the others imported. */
    static final String NO_GENOMICS_CONSENT = "no genomics consent";

    private final ImportedFiles register;
    private final SequencingMapper mapper;
    private final ClinicalQueries clinical;
    private final ImportLocks locks;
    private final FileImports imports;
    private final Job job;
    private final int workers;

    SequencingImporter(
            ImportedFiles register,
            SequencingMapper mapper,
            ClinicalQueries clinical,
            ImportLocks locks,
            FileImports imports,
            @Qualifier(VcfImportJob.NAME) Job job,
            JobSettings jobSettings) {
        this.register = register;
        this.mapper = mapper;
        this.clinical = clinical;
        this.locks = locks;
        this.imports = imports;
        this.job = job;
        this.workers = jobSettings.load(VcfImportJob.SETTINGS).integer("workers");
    }

    @Override
    public BundlePart part() {
        return BundlePart.SEQUENCING;
    }

    @Override
    public List<FileOutcome> importFiles(Path studyDir, List<BundleFile> files, ImportRun importRun) {
        Map<String, Map<String, BundleFile>> runs = new LinkedHashMap<>();
        for (BundleFile file : files) {
            String[] segments = file.relativePath().split("/");
            runs.computeIfAbsent(segments[1], run -> new LinkedHashMap<>()).put(segments[2], file);
        }
        Map<String, FileOutcome> outcomes = new HashMap<>();
        runs.forEach((runId, runFiles) -> importSequencingRun(runId, runFiles, outcomes, importRun));
        return files.stream().map(file -> outcomes.get(file.relativePath())).toList();
    }

    private void importSequencingRun(
            String runId, Map<String, BundleFile> runFiles, Map<String, FileOutcome> outcomes, ImportRun importRun) {
        BundleFile manifest = runFiles.get(RunManifest.FILE_NAME);
        if (manifest == null) {
            runFiles.values()
                    .forEach(file -> put(
                            outcomes,
                            file,
                            Outcome.REJECTED,
                            "sequencing/" + runId + "/ has no " + RunManifest.FILE_NAME + " naming its VCFs"));
            return;
        }
        List<ManifestEntry> entries;
        try {
            entries = RunManifest.read(
                    runId,
                    manifest,
                    runFiles,
                    id -> clinical.findSpecimen(id)
                            .map(specimen -> specimen.kind().name()));
        } catch (BundleFileException e) {
            put(outcomes, manifest, Outcome.REJECTED, String.join("; ", e.problems()));
            runFiles.values().stream()
                    .filter(file -> file != manifest)
                    .forEach(file -> put(
                            outcomes,
                            file,
                            Outcome.REJECTED,
                            "not imported: its run's " + manifest.relativePath() + " was rejected"));
            return;
        }
        outcomes.put(manifest.relativePath(), recordManifest(manifest, entries.size() + " VCFs named", importRun));
        importRun.ended(outcomes.get(manifest.relativePath()));
        importVcfs(entries, importRun).forEach(outcome -> outcomes.put(outcome.relativePath(), outcome));
        for (BundleFile file : runFiles.values()) {
            if (!outcomes.containsKey(file.relativePath())) {
                put(outcomes, file, Outcome.SKIPPED, companionRole(file, entries, manifest));
            }
        }
    }

    /**
     * Imports the run's VCFs, {@code workers} at a time ({@code batch-jobs/vcf-import.properties}): each its own job
     * execution under its own lock, its partition run by a thread here or by a remote worker. One at a time, on
     * this thread, when {@code workers} is 1.
     */
    private List<FileOutcome> importVcfs(List<ManifestEntry> entries, ImportRun importRun) {
        if (workers <= 1 || entries.size() <= 1) {
            return entries.stream().map(entry -> importVcf(entry, importRun)).toList();
        }
        ImportRun shared = new SerialImportRun(importRun);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, entries.size()));
        try {
            List<Future<FileOutcome>> running = entries.stream()
                    .map(entry -> pool.submit(() -> importVcf(entry, shared)))
                    .toList();
            List<FileOutcome> outcomes = new ArrayList<>();
            for (Future<FileOutcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing the VCFs of a run", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileOutcome importVcf(ManifestEntry entry, ImportRun importRun) {
        if (clinical.withheld(entry.specimenId(), Consent.Scope.GENOMICS)) {
            // the rest of the run is imported; this VCF's variants are never stored (docs/consent.md)
            FileOutcome skipped = FileOutcome.of(entry.vcf(), Outcome.SKIPPED, NO_GENOMICS_CONSENT);
            importRun.ended(skipped);
            return skipped;
        }
        importRun.starting(entry.vcf().relativePath());
        FileOutcome outcome = imports.importFile(new VcfImport(entry), importRun);
        importRun.ended(outcome);
        return outcome;
    }

    /** An {@link ImportRun} told by several threads at once, passing on one call at a time. */
    private record SerialImportRun(ImportRun run) implements ImportRun {

        @Override
        public String id() {
            return run.id();
        }

        @Override
        public String importedBy() {
            return run.importedBy();
        }

        @Override
        public synchronized void starting(String relativePath) {
            run.starting(relativePath);
        }

        @Override
        public synchronized void ended(FileOutcome outcome) {
            run.ended(outcome);
        }
    }

    /** Records the manifest in the register under its own lock, so that of two imports of it one finds it unchanged. */
    private FileOutcome recordManifest(BundleFile manifest, String detail, ImportRun importRun) {
        String path = manifest.relativePath();
        try (ImportLocks.Held held =
                locks.lock(path, () -> importRun.starting(path + " (waiting for another import of it)"))) {
            if (register.isUnchanged(manifest)) {
                return FileOutcome.of(manifest, Outcome.UNCHANGED, detail);
            }
            Outcome outcome = register.wasImported(manifest) ? Outcome.REPLACED : Outcome.IMPORTED;
            register.record(manifest, BundlePart.SEQUENCING, importRun.importedBy());
            return FileOutcome.of(manifest, outcome, detail);
        } catch (ImportLockTimeoutException e) {
            return FileOutcome.of(manifest, Outcome.REJECTED, e.getMessage());
        }
    }

    private static String companionRole(BundleFile file, List<ManifestEntry> entries, BundleFile manifest) {
        long usedAsBed =
                entries.stream().filter(e -> file.equals(e.coveredRegions())).count();
        if (usedAsBed > 0) {
            return "covered regions of " + usedAsBed + " VCFs in " + manifest.relativePath()
                    + " (read with them, not stored itself)";
        }
        for (ManifestEntry entry : entries) {
            String vcf = entry.vcf().relativePath();
            if (file.relativePath().equals(vcf + ".tbi") || file.relativePath().equals(vcf + ".csi")) {
                return "index of " + vcf + " (read with it, not stored itself)";
            }
        }
        return "not named by " + manifest.relativePath();
    }

    /** One VCF: unchanged when its SHA-256 and manifest row are those imported; else its own {@code vcfImport}. */
    private final class VcfImport implements FileImport<FileOutcome> {

        private final ManifestEntry entry;
        private final BundleFile vcf;

        VcfImport(ManifestEntry entry) {
            this.entry = entry;
            this.vcf = entry.vcf();
        }

        @Override
        public String relativePath() {
            return vcf.relativePath();
        }

        @Override
        public Optional<FileOutcome> unchanged() {
            return register.isUnchanged(vcf) && entry.settings().equals(mapper.settingsOf(vcf.relativePath()))
                    ? Optional.of(FileOutcome.of(
                            vcf, Outcome.UNCHANGED, "same SHA-256 and manifest row as when it was imported"))
                    : Optional.empty();
        }

        @Override
        public Job job() {
            return job;
        }

        @Override
        public JobParametersBuilder parameters(JobParametersBuilder parameters) {
            return VcfImportJob.parameters(parameters, entry);
        }

        @Override
        public FileOutcome notImported(String reason) {
            return FileOutcome.of(vcf, Outcome.REJECTED, reason);
        }

        @Override
        public FileOutcome outcome(JobExecution execution) {
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return FileOutcome.of(vcf, Outcome.REJECTED, "nothing stored: " + failure(execution, vcf));
            }
            ExecutionContext stored = execution.getExecutionContext();
            String summary = stored.getString(StoreCallsTasklet.SUMMARY);
            if (stored.containsKey(StoreCallsTasklet.REPLACED_VARIANTS)) {
                return FileOutcome.of(
                        vcf,
                        Outcome.REPLACED,
                        summary + ", replacing the earlier version's "
                                + stored.getLong(StoreCallsTasklet.REPLACED_VARIANTS) + " variants and its calls");
            }
            return FileOutcome.of(vcf, Outcome.IMPORTED, summary);
        }
    }

    /** The file's problem as its BundleFileException tells it (with the bundle path), else the job's failure. */
    private static String failure(JobExecution execution, BundleFile vcf) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
                causes.add(t);
            }
        }
        return causes.stream()
                .filter(BundleFileException.class::isInstance)
                .map(BundleFileException.class::cast)
                .findFirst()
                .map(e -> e.file().equals(vcf.path().toString()) ? String.join("; ", e.problems()) : e.getMessage())
                .orElseGet(() -> VcfImportJob.NAME + " ended " + execution.getStatus()
                        + causes.stream()
                                .findFirst()
                                .map(t -> " ("
                                        + Objects.toString(
                                                t.getMessage(), t.getClass().getSimpleName()) + ")")
                                .orElse(""));
    }

    private static void put(Map<String, FileOutcome> outcomes, BundleFile file, Outcome outcome, String detail) {
        outcomes.put(file.relativePath(), FileOutcome.of(file, outcome, detail));
    }
}
