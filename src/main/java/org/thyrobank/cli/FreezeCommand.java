package org.thyrobank.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.analysis.persistence.FreezeMapper.FreezeSummary;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.database.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code freeze create NAME [--note TEXT]} and {@code freeze list} (docs/provenance.md). */
@Command(
        name = "freeze",
        mixinStandardHelpOptions = true,
        description = "Data freezes: create NAME [--note TEXT] fixes the data as they are now (report --freeze NAME"
                + " remakes the report from them); list shows every freeze.",
        subcommands = {FreezeCommand.Create.class, FreezeCommand.ListFreezes.class})
final class FreezeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code freeze} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ThyrobankCli.BAD_INPUT;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Freeze the data as they are now.")
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Parameters(paramLabel = "NAME", description = "1-64 letters, digits, '.', '_' or '-'; never reused.")
        String name;

        @Option(names = "--note", paramLabel = "TEXT", description = "What the freeze is for (e.g. the paper).")
        String note;

        @Override
        public Integer call() {
            try (OpenDatabase db = SpringContexts.open(database);
                    ConfigurableApplicationContext context =
                            SpringContexts.start(db, WebApplicationType.NONE, Map.of())) {
                FreezeSummary freeze;
                try {
                    freeze = context.getBean(Freezes.class).create(name, note, AuditLog.commandLine());
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println("thyrobank freeze create: " + e.getMessage());
                    return ThyrobankCli.BAD_INPUT;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("freeze " + freeze.name() + " created at data version " + freeze.dataVersion() + " ("
                        + freeze.sizeBytes() + " bytes)");
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every freeze, oldest first.")
    static final class ListFreezes implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (OpenDatabase db = SpringContexts.open(database);
                    ConfigurableApplicationContext context =
                            SpringContexts.start(db, WebApplicationType.NONE, Map.of())) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("name\tcreated_at\tcreated_by\tdata_version\tsize_bytes\tnote");
                for (FreezeSummary f : context.getBean(Freezes.class).list()) {
                    out.println(String.join(
                            "\t",
                            f.name(),
                            f.createdAt().toString(),
                            f.createdBy(),
                            Long.toString(f.dataVersion()),
                            Long.toString(f.sizeBytes()),
                            f.note() == null ? "" : f.note()));
                }
                out.flush();
                return 0;
            }
        }
    }
}
