package org.thyrobank.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's commands. Without a command (or with only options) the web service starts, as {@code serve}. */
@Command(
        name = "thyrobank",
        mixinStandardHelpOptions = true,
        versionProvider = ThyrobankCli.Version.class,
        description = "Biobank genomics and circulating-miRNA analysis for the 131I dosimetry trial.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            CallHotspotsCommand.class,
            ReportCommand.class,
            StatusCommand.class,
            DemoCommand.class,
            UserCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            RecallHotspotsCommand.class,
            WorkerCommand.class,
            FreezeCommand.class
        })
public final class ThyrobankCli {

    /** Exit status of bad input: an unreadable file, an unknown option value. */
    static final int BAD_INPUT = 2;

    /** The jar's entry point. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String[] command = withDefaultCommand(args);
        return commandLine(command).execute(command);
    }

    /** The command line for these arguments: {@link #commandLine()}, or for {@code call-hotspots} a lean one. */
    static CommandLine commandLine(String[] args) {
        return args[0].equals("call-hotspots") ? configured(new CommandLine(new HotspotsOnly())) : commandLine();
    }

    static CommandLine commandLine() {
        return configured(new CommandLine(new ThyrobankCli()));
    }

    private static CommandLine configured(CommandLine cli) {
        cli.setExecutionExceptionHandler(new CliErrors());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    static String[] withDefaultCommand(String[] args) {
        boolean asksForHelp = args.length > 0
                && (args[0].equals("-h")
                        || args[0].equals("--help")
                        || args[0].equals("-V")
                        || args[0].equals("--version"));
        if (args.length == 0 || (args[0].startsWith("-") && !asksForHelp)) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return args;
    }

    /**
     * The root with {@code call-hotspots} alone. Picocli inspects every subcommand (its options, mixins, field
     * types) when it builds a root; for the one command that starts no Spring and reads a VCF in a second or two,
     * inspecting the other twelve cost about a sixth of its CPU (bench/RESULTS.md). Help, version, errors and exit
     * statuses are the full root's: the same name, version provider and handlers.
     */
    @Command(
            name = "thyrobank",
            mixinStandardHelpOptions = true,
            versionProvider = ThyrobankCli.Version.class,
            subcommands = CallHotspotsCommand.class)
    static final class HotspotsOnly {}

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ThyrobankCli.class.getPackage().getImplementationVersion();
            return new String[] {"thyrobank " + (version == null ? "(development build)" : version)};
        }
    }

    /** Turns the exceptions a command lets through into one line on stderr and an exit status. */
    static final class CliErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            PrintWriter err = cli.getErr();
            err.println("thyrobank " + cli.getCommandName() + ": " + ExceptionMessages.describe(e));
            err.flush();
            return ExceptionMessages.isBadInput(e) ? BAD_INPUT : 1;
        }
    }
}
