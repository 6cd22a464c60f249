package org.thyrobank.platform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage sign-ins: add NAME --role LAB|RESEARCHER|ADMIN, reset NAME, disable NAME.")
final class UserCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotBuilt.say(spec, "sign-in management (the web service's users and roles)");
    }
}
