package org.thyrobank.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.genomics.importing.VcfPartitionWorker;
import org.thyrobank.platform.database.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = {
            "Stores VCF partitions for `import --partition remote`, taken from RabbitMQ one at a time, into the",
            "shared database, until the process is stopped. Every worker must read the study bundle at the path",
            "the importing process gives (shared storage). Prints a line per partition taken and ended."
        })
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    AmqpOption amqp;

    @Option(
            names = "--job-settings",
            paramLabel = "DIR",
            description = "A folder of batch-jobs/*.properties files overriding the jobs' defaults key by key"
                    + " (chunk-size, amqp-queue of vcf-import.properties).")
    Path jobSettings;

    @Override
    public Integer call() throws InterruptedException {
        if (amqp.url == null) {
            throw new IllegalArgumentException(
                    "worker needs the RabbitMQ URL: --amqp-url amqp://user:password@host:5672 or THYROBANK_AMQP_URL");
        }
        Map<String, Object> properties = new HashMap<>(amqp.properties());
        if (jobSettings != null) {
            properties.put(
                    "thyrobank.batch-jobs.dir", jobSettings.toAbsolutePath().toString());
        }
        try (OpenDatabase db = SpringContexts.open(database);
                ConfigurableApplicationContext context =
                        SpringContexts.start(db, WebApplicationType.NONE, properties)) {
            PrintWriter out = spec.commandLine().getOut();
            context.getBean(VcfPartitionWorker.class).run(out);
            return 0;
        }
    }
}
