package org.thyrobank.genomics.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.LimitCheckingExceptionHierarchySkipPolicy;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.support.TransactionTemplate;
import org.thyrobank.genomics.SignOuts;
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
 * ({@link BundleFileParameters}) with its manifest row. Step {@code storeVariants} is partitioned, the file being
 * its one partition: the chunk step {@code storeVariantsPartition} stores every record of the manifest's sample,
 * tagged with the execution id, in this process or in a {@code thyrobank worker} (docs/scale-out.md); step
 * {@code storeCalls} then calls the hotspots and, in one transaction, makes those rows the file's own. {@link DiscardFailedRows} deletes the rows of an execution that did not complete.
 */
@Configuration
class VcfImportJob {

    static final String NAME = "vcfImport";
    static final String VARIANTS_STEP = "storeVariants";
    static final String PARTITION_STEP = "storeVariantsPartition";
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
            @Qualifier(PARTITION_STEP) Step storeVariantsPartition,
            PartitionHandler partitions,
            PlatformTransactionManager transactions,
            SequencingMapper mapper,
            ImportedFiles register,
            SignOuts signOuts,
            JobSettings jobSettings) {
        // a VCF's partitions are the file, or its contig shares: the workers' units of work; the job (the file) stays
        // whole or nothing, DiscardFailedRows deleting every partition's rows when one fails
        int shares = partitionsPerVcf(jobSettings.load(SETTINGS));
        Step storeVariants = new StepBuilder(VARIANTS_STEP, repository)
                .partitioner(PARTITION_STEP, gridSize -> VcfShare.partitions(shares))
                .step(storeVariantsPartition)
                .partitionHandler(partitions)
                .build();
        Step storeCalls = new StepBuilder("storeCalls", repository)
                .tasklet(new StoreCallsTasklet(mapper, register, signOuts), transactions)
                .transactionAttribute(readCommitted())
                .build();
        return new JobBuilder(NAME, repository)
                .listener(new DiscardFailedRows(mapper, new TransactionTemplate(transactions, readCommitted())))
                .start(storeVariants)
                .next(storeCalls)
                .build();
    }

    /**
     * The reader of one partition's step execution. Step-scoped, like the writer: several partitions run at once in
     * this process (the run's files on {@code workers} threads, a file's contig shares on as many), each needing its
     * own file, share and open VCF.
     */
    @Bean
    @StepScope
    VariantReader variantReader(JobSettings jobSettings) {
        return new VariantReader(jobSettings.load(SETTINGS).integer("chunk-size"));
    }

    @Bean
    @StepScope
    VariantWriter variantWriter(SqlSessionFactory sessions) {
        return new VariantWriter(sessions);
    }

    /** The chunk step a partition runs, in this process or in a {@code thyrobank worker}. */
    @Bean(PARTITION_STEP)
    Step storeVariantsPartition(
            JobRepository repository,
            PlatformTransactionManager transactions,
            SequencingMapper mapper,
            VariantReader variantReader,
            VariantWriter variantWriter,
            JobSettings jobSettings) {
        Settings settings = jobSettings.load(SETTINGS);
        // a chunk is one block of chunk-size rows (VariantReader)
        ChunkOrientedStepBuilder<List<VcfVariant>, List<VcfVariant>> variants = new StepBuilder(
                        PARTITION_STEP, repository)
                .<List<VcfVariant>, List<VcfVariant>>chunk(1)
                .transactionManager(transactions)
                .transactionAttribute(readCommitted())
                .reader(variantReader)
                .writer(variantWriter)
                .listener(new PartitionAttempt(
                        repository, mapper, new TransactionTemplate(transactions, readCommitted())))
                .faultTolerant()
                .retry(TransientDataAccessException.class)
                .retryLimit(settings.integer("retry-limit"));
        int skipLimit = settings.integer("skip-limit");
        if (skipLimit > 0) {
            SkipPolicy badRecords =
                    new LimitCheckingExceptionHierarchySkipPolicy(Set.of(BundleFileException.class), skipLimit);
            variants.skipPolicy((problem, skipped) ->
                    !(problem instanceof VariantWriter.ValuesNotStored) && badRecords.shouldSkip(problem, skipped));
        }
        return variants.build();
    }

    /**
     * Where partitions run: {@code partition=local} in this process, on the thread importing the file (the run's
     * files are spread over {@code workers} threads by {@link SequencingImporter}); {@code partition=remote} by
     * the workers listening on the {@link PartitionQueue}.
     */
    @Bean
    PartitionHandler vcfPartitions(
            JobRepository repository,
            @Qualifier(PARTITION_STEP) Step storeVariantsPartition,
            PartitionQueue queue,
            VcfImportProperties properties,
            JobSettings jobSettings)
            throws Exception {
        Settings settings = jobSettings.load(SETTINGS);
        int shares = partitionsPerVcf(settings);
        if (remote(settings, properties)) {
            if (properties.amqpUrl() == null) {
                throw settings.invalid("partition=remote needs the RabbitMQ URL:"
                        + " --amqp-url amqp://user:password@host:5672 or THYROBANK_AMQP_URL");
            }
            return new RemotePartitions(
                    repository,
                    queue,
                    shares,
                    settings.integer("remote-timeout-seconds"),
                    settings.integer("remote-poll-millis"));
        }
        TaskExecutorPartitionHandler local = new TaskExecutorPartitionHandler();
        local.setStep(storeVariantsPartition);
        if (shares == 1) {
            local.setTaskExecutor(new SyncTaskExecutor());
        } else {
            SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("vcf-share-");
            threads.setConcurrencyLimit(shares);
            local.setTaskExecutor(threads);
        }
        local.setGridSize(shares);
        local.afterPropertiesSet();
        return local;
    }

    /**
     * The isolation of every transaction of this job that writes {@code variant} or {@code hotspot_call}. Files of a
     * run are imported at once ({@code workers}), and under MariaDB's REPEATABLE READ one file's deletes lock the
     * index gaps where another file's rows go, which deadlocks two files' storeCalls; READ COMMITTED locks only the
     * rows a statement finds. Each file's rows are its own, so nothing else changes.
     */
    static DefaultTransactionAttribute readCommitted() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }

    /** The setting {@code partitions-per-vcf}: 1 (the file is one partition) up to 64 contig shares. */
    static int partitionsPerVcf(Settings settings) {
        int shares = settings.integer("partitions-per-vcf");
        if (shares < 1 || shares > 64) {
            throw settings.invalid("partitions-per-vcf", "partitions-per-vcf must be from 1 to 64, not " + shares);
        }
        return shares;
    }

    /** {@code --partition} when given, else the setting {@code partition}: {@code local} or {@code remote}. */
    static boolean remote(Settings settings, VcfImportProperties properties) {
        String partition =
                properties.partition() == null || properties.partition().isBlank()
                        ? settings.text("partition")
                        : properties.partition().strip();
        return switch (partition) {
            case "local" -> false;
            case "remote" -> true;
            default -> throw settings.invalid("partition", "partition must be local or remote, not " + partition);
        };
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
