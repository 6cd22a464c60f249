package org.thyrobank.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.platform.database.OpenDatabase;
import org.thyrobank.platform.status.Status;
import org.thyrobank.platform.status.StatusQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "What the database holds (counts) and the last job executions.")
final class StatusCommand implements Callable<Integer> {

    enum Format {
        json,
        text
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        try (OpenDatabase db = SpringContexts.open(database);
                ConfigurableApplicationContext context =
                        SpringContexts.start(db, WebApplicationType.NONE, SpringContexts.LAZY)) {
            Status status = context.getBean(StatusQueries.class).status();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(context.getBean(JsonMapper.class).writeValueAsString(status));
            } else {
                printText(status, out);
            }
            out.flush();
            return 0;
        }
    }

    private static void printText(Status status, PrintWriter out) {
        Status.Counts c = status.counts();
        out.printf(
                "patients        %d%nspecimens       %d%nvariants        %d%nhotspot calls   %d%n"
                        + "qPCR values     %d%nimported files  %d%ndata version    %d%n",
                c.patients(),
                c.specimens(),
                c.variants(),
                c.hotspotCalls(),
                c.qpcrValues(),
                c.importedFiles(),
                c.dataVersion());
        out.println(status.jobs().isEmpty() ? "no job has run yet" : "last jobs:");
        for (Status.JobRun job : status.jobs()) {
            out.printf(
                    "  %-12s %-10s %s  %s%n",
                    job.job(), job.status(), job.started(), job.file() == null ? "" : job.file());
        }
    }
}
