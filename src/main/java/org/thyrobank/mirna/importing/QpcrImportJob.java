package org.thyrobank.mirna.importing;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.persistence.QpcrValueMapper;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * The {@code qpcrImport} job: one execution per plate file, with the file's path inside the bundle as its
 * {@code file} parameter. Its single step reads, checks and stores the plate in one transaction
 * ({@link StorePlateTasklet}).
 */
@Configuration
class QpcrImportJob {

    static final String NAME = "qpcrImport";
    static final String SETTINGS = "qpcr-import";

    static final String FILE = "file";
    private static final String SHA256 = "sha256";
    private static final String PATH = "path";
    private static final String SIZE_BYTES = "size_bytes";
    private static final String REQUESTED_AT = "requested_at";

    @Bean(NAME)
    Job qpcrImport(
            JobRepository repository,
            PlatformTransactionManager transactions,
            QpcrValueMapper values,
            ClinicalQueries clinical,
            ImportedFiles register,
            JobSettings jobSettings) {
        StorePlateTasklet tasklet =
                new StorePlateTasklet(values, clinical, AssayPanel.fromReference(), register, jobSettings);
        return new JobBuilder(NAME, repository)
                .start(new StepBuilder("storePlate", repository)
                        .tasklet(tasklet, transactions)
                        .build())
                .build();
    }

    /**
     * The parameters of one execution. The request time makes every execution its own job instance, so that a
     * file changed back to an earlier content is imported again.
     */
    static JobParameters parameters(BundleFile file, ImportRun run) {
        return run.tag(new JobParametersBuilder())
                .addString(FILE, file.relativePath())
                .addString(SHA256, file.sha256())
                .addString(PATH, file.path().toAbsolutePath().toString(), false)
                .addLong(SIZE_BYTES, file.sizeBytes(), false)
                .addLocalDateTime(REQUESTED_AT, LocalDateTime.now())
                .toJobParameters();
    }

    static BundleFile file(JobParameters parameters) {
        return new BundleFile(
                Path.of(parameters.getString(PATH)),
                parameters.getString(FILE),
                parameters.getString(SHA256),
                parameters.getLong(SIZE_BYTES));
    }
}
