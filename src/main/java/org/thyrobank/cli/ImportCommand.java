package org.thyrobank.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.database.OpenDatabase;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.StudyImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports a study bundle folder (clinical/, sequencing/<run>/, qpcr/).",
            "Prints one line per file: imported, replaced, unchanged, rejected (with the reason) or not handled yet.",
            "Exits 0 only when nothing was rejected."
        })
final class ImportCommand implements Callable<Integer> {

    /** Bound to {@code platform.importing.BatchJobsProperties}. */
    private static final String BATCH_JOBS_DIR = "thyrobank.batch-jobs.dir";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "STUDY_DIR", description = "The study bundle folder.")
    Path studyDir;

    @Mixin
    ProgressOption progress;

    @Option(
            names = "--job-settings",
            paramLabel = "DIR",
            description = "A folder of batch-jobs/*.properties files overriding the jobs' defaults key by key.")
    Path jobSettings;

    /** Where the VCFs' step storeVariants runs; bound to {@code genomics.importing.VcfImportProperties}. */
    enum Partition {
        local,
        remote
    }

    @Option(
            names = "--partition",
            paramLabel = "local|remote",
            description = "Where the VCFs' variants are stored: local (in this process) or remote (by `thyrobank"
                    + " worker` processes through RabbitMQ; the bundle must be at the same path for them)."
                    + " Default: partition of batch-jobs/vcf-import.properties (local).")
    Partition partition;

    @Mixin
    AmqpOption amqp;

    @Override
    public Integer call() {
        if (!Files.isDirectory(studyDir)) {
            throw new IllegalArgumentException("study folder " + studyDir + " does not exist or is not a folder");
        }
        if (partition == Partition.remote && amqp.url == null) {
            throw new IllegalArgumentException("--partition remote needs the RabbitMQ URL:"
                    + " --amqp-url amqp://user:password@host:5672 or THYROBANK_AMQP_URL");
        }
        Map<String, Object> properties = new HashMap<>(amqp.properties());
        if (jobSettings != null) {
            properties.put(BATCH_JOBS_DIR, jobSettings.toAbsolutePath().toString());
        }
        if (partition != null) {
            properties.put(AmqpOption.PARTITION, partition.name());
        }
        try (OpenDatabase db = SpringContexts.open(database);
                ConfigurableApplicationContext context =
                        SpringContexts.start(db, WebApplicationType.NONE, properties)) {
            CommandLineAudit.record(context, spec, AuditAction.IMPORT_STARTED);
            List<FileOutcome> outcomes = context.getBean(StudyImport.class)
                    .importStudy(
                            studyDir,
                            UUID.randomUUID().toString(),
                            progress.on(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            outcomes.forEach(o -> out.println(o.line()));
            out.flush();
            boolean rejected = outcomes.stream().anyMatch(o -> o.outcome() == FileOutcome.Outcome.REJECTED);
            return rejected ? 1 : 0;
        }
    }
}
