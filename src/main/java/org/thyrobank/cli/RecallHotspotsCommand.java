package org.thyrobank.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.genomics.recall.ChangedCall;
import org.thyrobank.genomics.recall.HotspotRecall;
import org.thyrobank.genomics.recall.RecallResult;
import org.thyrobank.genomics.recall.UnrecallableFile;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.database.OpenDatabase;
import org.thyrobank.platform.importing.ImportLockTimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "recall-hotspots",
        mixinStandardHelpOptions = true,
        description = "Derives every stored hotspot call again from the stored VCFs with today's reference/"
                + " thresholds and catalogue, prints the calls whose status changed and stores the new calls in one"
                + " transaction (audited), holding every stored VCF's import lock meanwhile. Exit 1 when a stored VCF"
                + " could not be called again, or an import held one past the import lock's wait.")
final class RecallHotspotsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--dry-run", description = "Print what would change; store nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        try (OpenDatabase db = SpringContexts.open(database);
                ConfigurableApplicationContext context = SpringContexts.start(db, WebApplicationType.NONE, Map.of())) {
            HotspotRecall recall = context.getBean(HotspotRecall.class);
            RecallResult result;
            try {
                result = dryRun ? recall.dryRun() : recall.apply(AuditLog.commandLine());
            } catch (ImportLockTimeoutException e) {
                spec.commandLine().getErr().println("thyrobank recall-hotspots: nothing re-called: " + e.getMessage());
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            print(result, out);
            out.flush();
            return result.unrecallable().isEmpty() ? 0 : 1;
        }
    }

    static void print(RecallResult result, PrintWriter out) {
        out.printf(
                "thresholds: min-depth %d, min-alt-reads %d, min-vaf %s%n",
                result.thresholds().minDepth(),
                result.thresholds().minAltReads(),
                result.thresholds().minVaf());
        if (!result.changed().isEmpty()) {
            out.println("run\tspecimen\tsample\thotspot\told -> new\twhy");
        }
        for (ChangedCall call : result.changed()) {
            out.printf(
                    "%s\t%s\t%s\t%s\t%s -> %s\t%s%n",
                    call.runId(),
                    call.specimenId(),
                    call.sample(),
                    call.hotspot(),
                    call.oldStatus() == null ? "-" : call.oldStatus(),
                    call.newStatus() == null ? "-" : call.newStatus(),
                    call.why());
        }
        for (UnrecallableFile file : result.unrecallable()) {
            out.printf("not re-called: %s: %s%n", file.sourceFile(), file.why());
        }
        out.printf(
                "%d calls changed, %d refreshed (same status, new figures or thresholds) in %d files; %d files not"
                        + " re-called; %s%n",
                result.changed().size(),
                result.refreshedCalls(),
                result.files(),
                result.unrecallable().size(),
                result.stored() ? "stored" : "dry run, nothing stored");
    }
}
