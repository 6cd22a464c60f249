package org.thyrobank.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.export.CbioportalExport;
import org.thyrobank.export.StudyBundleExport;
import org.thyrobank.export.TidyCsvExport;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.database.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Writes what the database holds for another tool: --format cbioportal writes a cBioPortal study folder,"
                        + " --format csv tidy CSV tables for R and pandas (patients, lesions, hotspot calls, miRNA dCq),"
                        + " --format bundle the study bundle that imports into an empty database as the same study.")
final class ExportCommand implements Callable<Integer> {

    enum Format {
        cbioportal,
        csv,
        bundle
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(
            names = "--genome-build",
            defaultValue = "GRCh37",
            description =
                    "The study's reference genome (GRCh37 = hg19, GRCh38 = hg38); calls made on the other build are"
                            + " placed on this one through the hotspot catalogue (cbioportal only). Default: ${DEFAULT-VALUE}.")
    GenomeBuild build;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The folder to write (created if missing).")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        try (OpenDatabase db = SpringContexts.open(database);
                ConfigurableApplicationContext context = SpringContexts.start(db, WebApplicationType.NONE, Map.of())) {
            CommandLineAudit.record(context, spec, AuditAction.EXPORT_REQUESTED);
            if (context.getBean(ClinicalQueries.class).patientCount() == 0) {
                spec.commandLine()
                        .getErr()
                        .println("thyrobank export: nothing to export: the database holds no clinical"
                                + " data (import a study first)");
                return ReportCommand.NOTHING_TO_REPORT;
            }
            List<String> files = switch (format) {
                case csv -> context.getBean(TidyCsvExport.class).write(outDir, AuditLog.commandLine());
                case cbioportal -> context.getBean(CbioportalExport.class).write(outDir, build, AuditLog.commandLine());
                case bundle -> context.getBean(StudyBundleExport.class).write(outDir, AuditLog.commandLine());
            };
            files.forEach(f -> spec.commandLine().getOut().println(outDir.resolve(f)));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
