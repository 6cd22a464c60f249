package org.thyrobank.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The audit hook of the commands that read or change the study's data ({@code import}, {@code export}, {@code
 * report}; {@code user} is audited by {@code Users} itself): one entry with the operating-system account as actor
 * ({@code cli:<account>}) and the command as typed, without the database options (a URL or password is no audit
 * detail).
 */
final class CommandLineAudit {

    private CommandLineAudit() {}

    static void record(ApplicationContext context, CommandSpec spec, AuditAction action) {
        context.getBean(AuditLog.class).record(AuditLog.commandLine(), action, describe(spec));
    }

    static String describe(CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of(spec.qualifiedName(" ")));
        ParseResult parsed = spec.commandLine().getParseResult();
        for (OptionSpec option : parsed.matchedOptions()) {
            if (!isDatabaseOption(option)) {
                words.add(option.longestName());
                if (option.arity().max() > 0) {
                    Object value = option.getValue(); // as Object: String.valueOf would take it for a char[]
                    words.add(String.valueOf(value));
                }
            }
        }
        for (var positional : parsed.matchedPositionals()) {
            Object value = positional.getValue();
            words.add(String.valueOf(value));
        }
        return String.join(" ", words);
    }

    private static boolean isDatabaseOption(OptionSpec option) {
        return option.longestName().startsWith("--db-") || option.longestName().equals("--data-dir");
    }
}
