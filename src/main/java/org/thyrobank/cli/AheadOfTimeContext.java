package org.thyrobank.cli;

import java.util.Properties;
import java.util.Set;
import org.springframework.util.ClassUtils;

/**
 * {@code status} and {@code report} start from the application context the build generated ahead of time (Spring
 * AOT, src/aot/status-report.properties) whenever the jar holds it, under {@code java -jar} as under bin/thyrobank:
 * about 2 s less of a {@code java -jar status} (bench/RESULTS.md). The switch is Spring's own system property,
 * {@code spring.aot.enabled}, set before anything of Spring is made; one given on the command line (true or false) is
 * left as it is. Only the jar's entry point sets it: the property is the whole process's, and no other command's
 * context is the generated one.
 */
final class AheadOfTimeContext {

    static final String SWITCH = "spring.aot.enabled";

    private static final Set<String> COMMANDS = Set.of("status", "report");

    /** What Spring AOT generates for the application class, ThyrobankApplication (pom.xml, process-aot). */
    private static final String GENERATED_INITIALIZER =
            "org.thyrobank.ThyrobankApplication__ApplicationContextInitializer";

    private AheadOfTimeContext() {}

    static void enableFor(String command) {
        if (wanted(command, System.getProperties(), AheadOfTimeContext.class.getClassLoader())) {
            System.setProperty(SWITCH, "true");
        }
    }

    static boolean wanted(String command, Properties system, ClassLoader classLoader) {
        return COMMANDS.contains(command)
                && system.getProperty(SWITCH) == null
                && ClassUtils.isPresent(GENERATED_INITIALIZER, classLoader);
    }
}
