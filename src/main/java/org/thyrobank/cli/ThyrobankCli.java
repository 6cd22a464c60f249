package org.thyrobank.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's commands. Without a command (or with only options) the web service starts, as {@code serve}. */
@Command(
        name = "thyrobank",
        mixinStandardHelpOptions = true,
        versionProvider = ThyrobankCli.Version.class,
        description = "Biobank genomics and circulating-miRNA analysis for the 131I dosimetry trial.")
public final class ThyrobankCli {

    /** Exit status of bad input: an unreadable file, an unknown option value. */
    static final int BAD_INPUT = 2;

    /** The subcommands, in the order the root's help lists them. */
    static final List<Class<?>> COMMANDS = List.of(
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
            FreezeCommand.class);

    /** The jar's entry point. */
    public static void main(String[] args) {
        String[] command = withDefaultCommand(args);
        AheadOfTimeContext.enableFor(command[0]);
        System.exit(commandLine(command).execute(command));
    }

    /**
     * The command line for these arguments: a root holding only the command they name, or {@link #commandLine()}
     * when they name none (help, version, a mistyped command). Picocli inspects every subcommand (its options,
     * mixins, field types) when it builds a root, and its classes are Java 5 class files, which class data sharing
     * leaves out: inspecting the twelve other commands cost {@code call-hotspots} about a sixth of its CPU and every
     * command a tenth of a second or more (bench/RESULTS.md). The command answers exactly as under the full root:
     * the same root name, version provider and handlers.
     */
    static CommandLine commandLine(String[] args) {
        for (Class<?> command : COMMANDS) {
            if (command.getAnnotation(Command.class).name().equals(args[0])) {
                return configured(new CommandLine(new ThyrobankCli()).addSubcommand(command));
            }
        }
        return commandLine();
    }

    static CommandLine commandLine() {
        CommandLine root = new CommandLine(new ThyrobankCli());
        COMMANDS.forEach(root::addSubcommand);
        return configured(root);
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
