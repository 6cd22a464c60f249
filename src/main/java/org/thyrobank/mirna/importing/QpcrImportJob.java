package org.thyrobank.mirna.importing;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.persistence.QpcrValueMapper;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * The {@code qpcrImport} job: one execution per plate file, the file as its parameters
 * ({@link org.thyrobank.platform.importing.BundleFileParameters}). Its single step reads, checks and stores the plate in one transaction
 * ({@link StorePlateTasklet}).
 */
@Configuration
class QpcrImportJob {

    static final String NAME = "qpcrImport";
    static final String SETTINGS = "qpcr-import";

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
}
