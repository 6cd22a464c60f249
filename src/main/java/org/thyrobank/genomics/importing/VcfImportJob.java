package org.thyrobank.genomics.importing;

import java.nio.file.Path;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.VcfVariant;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.Settings;
import org.thyrobank.platform.importing.BundleFileParameters;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * The {@code vcfImport} job: one execution per VCF named by a run's manifest, the file as its parameters
 * ({@link BundleFileParameters}) with its manifest row. Step {@code storeVariants} (chunk-oriented) stores every record of the manifest's
 * sample, tagged with the execution id; step {@code storeCalls} calls the hotspots and, in one transaction, makes
 * those rows the file's own. {@link DiscardFailedRows} deletes the rows of an execution that did not complete.
 */
@Configuration
class VcfImportJob {

    static final String NAME = "vcfImport";
    static final String VARIANTS_STEP = "storeVariants";
    static final String SETTINGS = "vcf-import";

    static final String FILE = BundleFileParameters.FILE;
    static final String RUN = "run";
    static final String SAMPLE = "sample";
    static final String SPECIMEN = "specimen";
    static final String BUILD = "genome_build";
    static final String COVERED_REGIONS = "covered_regions";
    static final String COVERED_REGIONS_FILE = "covered_regions_file";
    static final String MANIFEST_SETTINGS = "settings";

    @Bean(NAME)
    Job vcfImport(
            JobRepository repository,
            PlatformTransactionManager transactions,
            SequencingMapper mapper,
            SqlSessionFactory sessions,
            ImportedFiles register,
            JobSettings jobSettings) {
        Settings settings = jobSettings.load(SETTINGS);
        ChunkOrientedStepBuilder<VcfVariant, VcfVariant> variants = new StepBuilder(VARIANTS_STEP, repository)
                .<VcfVariant, VcfVariant>chunk(settings.integer("chunk-size"))
                .transactionManager(transactions)
                .reader(new VariantReader())
                .writer(new VariantWriter(sessions))
                .faultTolerant()
                .retry(TransientDataAccessException.class)
                .retryLimit(settings.integer("retry-limit"));
        int skipLimit = settings.integer("skip-limit");
        if (skipLimit > 0) {
            variants.skip(BundleFileException.class).skipLimit(skipLimit);
        }
        Step storeVariants = variants.build();
        Step storeCalls = new StepBuilder("storeCalls", repository)
                .tasklet(new StoreCallsTasklet(mapper, register), transactions)
                .build();
        return new JobBuilder(NAME, repository)
                .listener(new DiscardFailedRows(mapper))
                .start(storeVariants)
                .next(storeCalls)
                .build();
    }

    /** The parameters of the execution that imports {@code entry}'s VCF, besides those every import job has. */
    static JobParametersBuilder parameters(JobParametersBuilder parameters, ManifestEntry entry) {
        return BundleFileParameters.add(parameters, entry.vcf())
                .addString(RUN, entry.runId())
                .addString(SAMPLE, entry.sample(), false)
                .addString(SPECIMEN, entry.specimenId(), false)
                .addString(BUILD, entry.build().name(), false)
                .addString(
                        COVERED_REGIONS,
                        entry.coveredRegions() == null
                                ? ""
                                : entry.coveredRegions().path().toAbsolutePath().toString(),
                        false)
                .addString(
                        COVERED_REGIONS_FILE,
                        entry.coveredRegions() == null
                                ? ""
                                : entry.coveredRegions().relativePath(),
                        false)
                .addString(MANIFEST_SETTINGS, entry.settings(), false);
    }

    static GenomeBuild build(JobParameters parameters) {
        return GenomeBuild.valueOf(parameters.getString(BUILD));
    }

    static Path coveredRegions(JobParameters parameters) {
        String bed = parameters.getString(COVERED_REGIONS);
        return bed == null || bed.isEmpty() ? null : Path.of(bed);
    }
}
