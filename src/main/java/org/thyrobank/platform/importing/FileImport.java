package org.thyrobank.platform.importing;

import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What an importer says about one file (or a folder imported whole) for {@link FileImports#importFile}: how to tell
 * it is already stored, which job stores it and how to read the job's end. {@code R} is the importer's answer for
 * it: one {@link FileOutcome}, or one per file of a folder.
 */
public interface FileImport<R> {

    /** The path inside the bundle: the lock's name and the job's {@code file} parameter. */
    String relativePath();

    /** Asked once the file's lock is held: the answer when the file is stored with exactly this content already. */
    Optional<R> unchanged();

    Job job();

    /**
     * The job's parameters besides {@code file}, the import run and the request time, which
     * {@link FileImports#importFile} adds to {@code parameters}; {@link BundleFileParameters#add} for a single file.
     */
    JobParametersBuilder parameters(JobParametersBuilder parameters);

    /** The answer once the job ended, completed or not. */
    R outcome(JobExecution execution);

    /** The answer when another import held the file for longer than an import waits ({@code reason} says so). */
    R notImported(String reason);
}
