package org.thyrobank.mirna.plate;

import java.util.Locale;
import java.util.Set;

/**
 * The well tasks (Applied Biosystems {@code Task}, Bio-Rad {@code Content}, RDML sample {@code type}) that mark a
 * control or a standard rather than a specimen: such wells are not stored.
 */
final class WellTasks {

    private static final Set<String> CONTROLS = Set.of(
            "ntc",
            "nac",
            "standard",
            "std",
            "blockedipc",
            "blocked ipc",
            "neg ctrl",
            "pos ctrl",
            "nrt",
            "ntp",
            "opt",
            "pos",
            "neg");

    private WellTasks() {}

    static boolean isControl(String task) {
        if (task == null) {
            return false;
        }
        String name = task.strip().toLowerCase(Locale.ROOT);
        // Bio-Rad numbers its standards and controls: Std-01, NTC-02
        return CONTROLS.contains(name) || CONTROLS.contains(name.replaceFirst("-[0-9]+$", ""));
    }
}
