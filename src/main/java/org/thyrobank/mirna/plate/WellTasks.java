package org.thyrobank.mirna.plate;

import java.util.Locale;
import java.util.Set;

/**
 * The well tasks (Applied Biosystems {@code Task}, Bio-Rad {@code Content}, RDML sample {@code type}) that mark a
 * control or a standard rather than a specimen. A no-template control is stored apart for the NTC check; the other
 * controls and standards are not stored.
 */
final class WellTasks {

    /** What a well holds, as its task says. */
    enum Role {
        /** A specimen's well (no task, or a task that names no control): stored as the specimen's. */
        SPECIMEN,
        /** A no-template control ({@code NTC}, Bio-Rad {@code NTC-01}, RDML {@code ntc}): stored apart. */
        NTC,
        /** Any other control or standard (NAC, NRT, positive control, dilution series): read, not stored. */
        OTHER_CONTROL;

        boolean control() {
            return this != SPECIMEN;
        }
    }

    private static final String NTC = "ntc";

    private static final Set<String> OTHER_CONTROLS = Set.of(
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

    static Role role(String task) {
        if (task == null) {
            return Role.SPECIMEN;
        }
        String name = task.strip().toLowerCase(Locale.ROOT);
        // Bio-Rad numbers its standards and controls: Std-01, NTC-02
        String unnumbered = name.replaceFirst("-[0-9]+$", "");
        if (name.equals(NTC) || unnumbered.equals(NTC)) {
            return Role.NTC;
        }
        return OTHER_CONTROLS.contains(name) || OTHER_CONTROLS.contains(unnumbered)
                ? Role.OTHER_CONTROL
                : Role.SPECIMEN;
    }
}
