package org.thyrobank.platform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The trial's endpoints and associations from the database (json, tsv or html).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotBuilt.say(spec, "the analysis report");
    }
}
