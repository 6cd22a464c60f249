package org.thyrobank.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thyrobank.genomics.vcf.CallSettings;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.HotspotCall;
import org.thyrobank.genomics.vcf.HotspotCaller;
import org.thyrobank.genomics.vcf.Thresholds;
import org.thyrobank.platform.BundleFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code call-hotspots VCF}: hotspot status straight from a VCF, no database and no Spring (docs/interfaces.md).
 * A file that cannot be read or whose build cannot be told ends with its message on stderr and exit status 2,
 * nothing on stdout.
 */
@Command(
        name = "call-hotspots",
        mixinStandardHelpOptions = true,
        description = "Hotspot status per sample straight from a VCF (.vcf, .vcf.gz, gVCF; indexed or not).")
final class CallHotspotsCommand implements Callable<Integer> {

    static final int FILE_PROBLEM = 2;
    private static final List<String> COLUMNS =
            List.of("sample", "hotspot", "gene", "status", "reason", "depth", "alt_reads", "vaf");

    enum Format {
        tsv,
        json
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "VCF", description = "the VCF to call")
    private Path vcf;

    @Option(names = "--sample", description = "report only this sample column")
    private String sample;

    @Option(names = "--build", paramLabel = "GRCh37|GRCh38", description = "genome build; wins over the header")
    private GenomeBuild build;

    @Option(names = "--min-depth", description = "default from reference/hotspot-thresholds.properties")
    private Integer minDepth;

    @Option(names = "--min-alt-reads", description = "default from reference/hotspot-thresholds.properties")
    private Integer minAltReads;

    @Option(names = "--min-vaf", description = "default from reference/hotspot-thresholds.properties")
    private Double minVaf;

    @Option(names = "--covered-regions", paramLabel = "BED", description = "the panel's validated coverage")
    private Path coveredRegions;

    @Option(names = "--format", description = "tsv (default) or json")
    private Format format = Format.tsv;

    public CallHotspotsCommand() {
        // picocli fills the fields
    }

    /** Runs the command on its own, without the main CLI (bench/call-hotspots.sh uses it). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new CallHotspotsCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Thresholds thresholds = thresholds();
        try {
            List<HotspotCall> calls =
                    HotspotCaller.call(vcf, new CallSettings(sample, build, thresholds, coveredRegions), err::println);
            out.print(format == Format.json ? json(calls) : tsv(calls));
            out.flush();
            return 0;
        } catch (BundleFileException e) {
            err.println(e.getMessage());
            err.flush();
            return FILE_PROBLEM;
        }
    }

    private Thresholds thresholds() {
        Thresholds defaults = Thresholds.defaults();
        try {
            return new Thresholds(
                    minDepth != null ? minDepth : defaults.minDepth(),
                    minAltReads != null ? minAltReads : defaults.minAltReads(),
                    minVaf != null ? minVaf : defaults.minVaf());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String tsv(List<HotspotCall> calls) {
        StringBuilder text = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (HotspotCall call : calls) {
            text.append(String.join(
                            "\t",
                            call.sample(),
                            call.hotspot(),
                            call.gene(),
                            call.status().name(),
                            call.reason() == null ? "" : call.reason().name(),
                            orEmpty(call.depth()),
                            orEmpty(call.altReads()),
                            call.vaf() == null ? "" : rounded(call.vaf()).toPlainString()))
                    .append('\n');
        }
        return text.toString();
    }

    static String json(List<HotspotCall> calls) {
        List<Map<String, Object>> rows = calls.stream()
                .map(call -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("sample", call.sample());
                    row.put("hotspot", call.hotspot());
                    row.put("gene", call.gene());
                    row.put("status", call.status().name());
                    row.put(
                            "reason",
                            call.reason() == null ? null : call.reason().name());
                    row.put("depth", call.depth());
                    row.put("alt_reads", call.altReads());
                    row.put("vaf", call.vaf() == null ? null : rounded(call.vaf()));
                    return row;
                })
                .toList();
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows) + "\n";
    }

    private static String orEmpty(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static BigDecimal rounded(double vaf) {
        return BigDecimal.valueOf(vaf).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
