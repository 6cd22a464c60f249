package org.thyrobank.platform.importing;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A {@link BundleFile} as the parameters of the job execution that imports it, and back. {@code file} (the path
 * inside the bundle) and {@code sha256} identify the job instance; where the file lies and its size travel along
 * without identifying it.
 */
public final class BundleFileParameters {

    /** The path inside the bundle, or the folder ({@code clinical/}) a job imports whole. */
    public static final String FILE = "file";

    private static final String SHA256 = "sha256";
    private static final String PATH = "path";
    private static final String SIZE_BYTES = "size_bytes";

    private BundleFileParameters() {}

    /** Adds {@code file}'s SHA-256, location and size to parameters that already name its path ({@link #FILE}). */
    public static JobParametersBuilder add(JobParametersBuilder parameters, BundleFile file) {
        return parameters
                .addString(SHA256, file.sha256())
                .addString(PATH, file.path().toAbsolutePath().toString(), false)
                .addLong(SIZE_BYTES, file.sizeBytes(), false);
    }

    /** The file a job execution imports, as {@link #add} described it. */
    public static BundleFile file(JobParameters parameters) {
        return new BundleFile(
                Path.of(parameters.getString(PATH)),
                parameters.getString(FILE),
                parameters.getString(SHA256),
                parameters.getLong(SIZE_BYTES));
    }
}
