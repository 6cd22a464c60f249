package org.thyrobank.platform.importing;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One import of a study folder, as a {@link BundlePartImporter} sees it: the id its Spring Batch jobs carry (so
 * that what an upload wrote can be counted from the job repository) and the place to say which file it is working
 * on and what became of it, as soon as it knows.
 */
public interface ImportRun {

    /** The non-identifying job parameter holding {@link #id()} on every job an import starts. */
    String JOB_PARAMETER = "import_run";

    /** The non-identifying job parameter holding {@link #importedBy()} on every job an import starts. */
    String IMPORTED_BY = "imported_by";

    String id();

    /** Who imports: the uploader's sign-in name, or {@code cli:<os account>} for the command line. */
    String importedBy();

    /** The file (or, for a part imported in one transaction, the folder) the importer is about to import. */
    void starting(String relativePath);

    /** A file's outcome, told as soon as it is final; an outcome not told here is told when the part ends. */
    void ended(FileOutcome outcome);

    /** Adds {@link #JOB_PARAMETER} and {@link #IMPORTED_BY} to a job's parameters. */
    default JobParametersBuilder tag(JobParametersBuilder parameters) {
        return parameters.addString(JOB_PARAMETER, id(), false).addString(IMPORTED_BY, importedBy(), false);
    }

    /** Who started the job execution, as {@link #tag} wrote it. */
    static String importedBy(JobParameters parameters) {
        return parameters.getString(IMPORTED_BY);
    }
}
