package org.thyrobank.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.platform.database.OpenDatabase;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code user add|reset|disable|revoke-tokens}: the web service's sign-ins, managed from the command line. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage sign-ins: add NAME --role LAB|RESEARCHER|ADMIN, reset NAME, disable NAME,"
                + " revoke-tokens NAME. A reset or disable also revokes the sign-in's API tokens and ends its page"
                + " sessions.",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.Reset.class,
            UserCommand.Disable.class,
            UserCommand.RevokeTokens.class
        })
final class UserCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code user} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ThyrobankCli.BAD_INPUT;
    }

    /** The options and steps that add and reset share: a database, and a password from stdin or generated. */
    abstract static class PasswordSetting implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Parameters(paramLabel = "NAME", description = "The sign-in name.")
        String name;

        @Option(
                names = "--password-stdin",
                description =
                        "Read the password from the first line of standard input; without it one is generated and printed once.")
        boolean passwordFromStdin;

        @Override
        public Integer call() {
            String password = passwordFromStdin ? readPassword() : Users.generatePassword();
            withUsers(database, users -> apply(users, password));
            PrintWriter out = spec.commandLine().getOut();
            out.println(done());
            if (!passwordFromStdin) {
                out.println("password: " + password + "  (shown only this once)");
            }
            out.flush();
            return 0;
        }

        abstract void apply(Users users, String password);

        abstract String done();

        private static String readPassword() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("--password-stdin: standard input has no password line");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password from standard input", e);
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a sign-in with a role.")
    static final class Add extends PasswordSetting {

        @Option(names = "--role", required = true, description = "LAB, RESEARCHER or ADMIN.")
        Role role;

        @Override
        void apply(Users users, String password) {
            users.add(name, role, password);
        }

        @Override
        String done() {
            return "added " + name + " (" + role + ")";
        }
    }

    @Command(
            name = "reset",
            mixinStandardHelpOptions = true,
            description = "Gives a sign-in a new password (and enables it again if it was disabled).")
    static final class Reset extends PasswordSetting {

        @Override
        void apply(Users users, String password) {
            users.reset(name, password);
        }

        @Override
        String done() {
            return "reset " + name;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stops a sign-in from signing in.")
    static final class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Parameters(paramLabel = "NAME", description = "The sign-in name.")
        String name;

        @Override
        public Integer call() {
            withUsers(database, users -> users.disable(name));
            spec.commandLine().getOut().println("disabled " + name);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(
            name = "revoke-tokens",
            mixinStandardHelpOptions = true,
            description = "Revokes every API token of a sign-in (the sign-in itself stays as it is).")
    static final class RevokeTokens implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Parameters(paramLabel = "NAME", description = "The sign-in name.")
        String name;

        @Override
        public Integer call() {
            int[] revoked = new int[1];
            withUsers(database, users -> revoked[0] = users.revokeTokens(name));
            spec.commandLine().getOut().println("revoked " + revoked[0] + " token(s) of " + name);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    static void withUsers(DatabaseOptions database, Consumer<Users> action) {
        try (OpenDatabase db = SpringContexts.open(database);
                ConfigurableApplicationContext context = SpringContexts.start(db, WebApplicationType.NONE, Map.of())) {
            action.accept(context.getBean(Users.class));
        }
    }
}
