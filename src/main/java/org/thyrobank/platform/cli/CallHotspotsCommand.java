package org.thyrobank.platform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "call-hotspots", mixinStandardHelpOptions = true, description = "Hotspot status straight from a VCF.")
final class CallHotspotsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotBuilt.say(spec, "hotspot calling");
    }
}
