package org.thyrobank.platform.cli;

import picocli.CommandLine.Model.CommandSpec;

/** What a command says when the capability behind it is not built yet: one line, exit 3, no invented figures. */
final class NotBuilt {

    private NotBuilt() {
    }

    static int say(CommandSpec spec, String what) {
        spec.commandLine().getErr().println("thyrobank " + spec.name() + ": " + what + " is not built yet in this version.");
        spec.commandLine().getErr().flush();
        return ThyrobankCli.NOT_BUILT;
    }
}
