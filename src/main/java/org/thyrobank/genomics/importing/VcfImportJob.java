package org.thyrobank.genomics.importing;

import java.nio.file.Path;
import java.time.LocalDateTime;
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
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.importing.JobSettings;

/**
 * The {@code vcfImport} job: one execution per VCF named by a run's manifest, its path inside the bundle being
 * the {@code file} parameter. Step {@code storeVariants} (chunk-oriented) stores every record of the manifest's
 * sample, tagged with the execution id; step {@code storeCalls} calls the hotspots and, in one transaction, makes
 * those rows the file's own. {@link DiscardFailedRows} deletes the rows of an execution that did not complete.
 */
@Configuration
class VcfImportJob {

    static final String NAME = "vcfImport";
    static final String VARIANTS_STEP = "storeVariants";
    static final String SETTINGS = "vcf-import";

    static final String FILE = "file";
    static final String RUN = "run";
    private static final String SHA256 = "sha256";
    private static final String PATH = "path";
    private static final String SIZE_BYTES = "size_bytes";
    static final String SAMPLE = "sample";
    static final String SPECIMEN = "specimen";
    static final String BUILD = "genome_build";
    static final String COVERED_REGIONS = "covered_regions";
    static final String COVERED_REGIONS_FILE = "covered_regions_file";
    static final String MANIFEST_SETTINGS = "settings";
    private static final String REQUESTED_AT = "requested_at";

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
                .writer(new VariantWriter(sessions, settings.integer("insert-batch-size")))
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

    /**
     * The parameters of one execution. The request time makes every execution its own job instance, so that a
     * file changed back to an earlier content is imported again.
     */
    static JobParameters parameters(ManifestEntry entry, ImportRun run) {
        BundleFile file = entry.vcf();
        return run.tag(new JobParametersBuilder())
                .addString(FILE, file.relativePath())
                .addString(RUN, entry.runId())
                .addString(SHA256, file.sha256())
                .addString(PATH, file.path().toAbsolutePath().toString(), false)
                .addLong(SIZE_BYTES, file.sizeBytes(), false)
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
                .addString(MANIFEST_SETTINGS, entry.settings(), false)
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

    static GenomeBuild build(JobParameters parameters) {
        return GenomeBuild.valueOf(parameters.getString(BUILD));
    }

    static Path coveredRegions(JobParameters parameters) {
        String bed = parameters.getString(COVERED_REGIONS);
        return bed == null || bed.isEmpty() ? null : Path.of(bed);
    }
}
