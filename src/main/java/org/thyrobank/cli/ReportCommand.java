package org.thyrobank.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.database.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "The trial's endpoints and the mutation/FDG/miRNA-response associations from the database.")
final class ReportCommand implements Callable<Integer> {

    /** Exit status when the database holds no clinical data to report on. */
    static final int NOTHING_TO_REPORT = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ReportOptionsMixin reportOptions;

    @Option(
            names = "--freeze",
            paramLabel = "NAME",
            description = "Report the data of this freeze (freeze create), exactly as they were when it was made.")
    String freeze;

    @Override
    public Integer call() throws IOException {
        ReportOptions options = reportOptions.toOptions();
        try (OpenDatabase db = SpringContexts.open(database);
                ConfigurableApplicationContext context =
                        SpringContexts.start(db, WebApplicationType.NONE, SpringContexts.LAZY)) {
            CommandLineAudit.record(context, spec, AuditAction.REPORT_REQUESTED);
            if (freeze == null) {
                return write(
                        context.getBean(ReportService.class).report(options, AuditLog.commandLine()), options, spec);
            }
            Report frozen;
            try {
                frozen = context.getBean(Freezes.class).report(freeze, options, AuditLog.commandLine());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("thyrobank report: " + e.getMessage());
                return ThyrobankCli.BAD_INPUT;
            }
            return write(Optional.of(frozen), options, spec);
        }
    }

    static int write(Optional<Report> report, ReportOptions options, CommandSpec spec) throws IOException {
        if (report.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("thyrobank " + spec.name()
                            + ": nothing to report: the database holds no clinical data (import a study first)");
            return NOTHING_TO_REPORT;
        }
        String text = options.format().write(report.get());
        if (options.out() == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
        } else {
            Path parent = options.out().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(options.out(), text, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("thyrobank " + spec.name() + ": report written to " + options.out());
        }
        return 0;
    }
}
