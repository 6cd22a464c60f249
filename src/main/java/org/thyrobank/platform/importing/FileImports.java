package org.thyrobank.platform.importing;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * The one way every importer takes a file through its Spring Batch job: lock the file ({@link ImportLocks}), answer
 * unchanged when it is stored with this content already, else run the job and answer what its execution says. The
 * check comes after the lock, so that of two imports of the same file the second finds what the first stored.
 */
@Component
public class FileImports {

    private static final String REQUESTED_AT = "requested_at";

    private final ImportLocks locks;
    private final JobOperator jobs;

    FileImports(ImportLocks locks, JobOperator jobs) {
        this.locks = locks;
        this.jobs = jobs;
    }

    /** Imports one file (or folder) of {@code run}, telling {@code run} when it has to wait for another import. */
    public <R> R importFile(FileImport<R> file, ImportRun run) {
        String path = file.relativePath();
        try (ImportLocks.Held held =
                locks.lock(path, () -> run.starting(path + " (waiting for another import of it)"))) {
            Optional<R> unchanged = file.unchanged();
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
            run.starting(path);
            return file.outcome(start(file, run));
        } catch (ImportLockTimeoutException e) {
            return file.notImported(e.getMessage());
        }
    }

    /**
     * Starts the file's job execution. The request time makes every execution its own job instance, so that a file
     * changed back to an earlier content is imported again.
     */
    private JobExecution start(FileImport<?> file, ImportRun run) {
        JobParametersBuilder parameters = run.tag(new JobParametersBuilder())
                .addString(BundleFileParameters.FILE, file.relativePath())
                .addLocalDateTime(REQUESTED_AT, LocalDateTime.now());
        String job = file.job().getName();
        try {
            return jobs.start(file.job(), file.parameters(parameters).toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException(
                    "the " + job + " job could not start; nothing of " + file.relativePath() + " was stored", e);
        }
    }
}
