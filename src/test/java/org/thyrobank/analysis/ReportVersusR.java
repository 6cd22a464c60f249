package org.thyrobank.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.cli.SpringContexts;
import org.thyrobank.platform.database.OpenDatabase;

/**
 * The Java half of bench/report-vs-r.sh (issue 16: the report on a 10,000-patient cohort no slower than R running the
 * same tests on the same data). Not a test: a program run from the test classes, since it reuses
 * {@link FixtureExport} and {@link RGolden}.
 *
 * <ul>
 *   <li>{@code export DATA_DIR FIXTURE_DIR NULL_RATE}: opens the embedded data directory, reads the report's input as
 *       {@code report --include-preliminary --null-rate NULL_RATE} does, writes it as the CSVs
 *       src/test/r/report-golden.R reads, and prints how long reading the input and building the report take in
 *       this JVM (the first build, then the best of {@value #BUILDS}: the statistics without JVM or database start).
 *   <li>{@code compare REPORT_TSV R_TSV}: every figure R printed must agree with the report's TSV within the
 *       tolerances of the R golden tests; prints the differences and exits 1 when there is one.
 * </ul>
 */
public final class ReportVersusR {

    private static final int BUILDS = 5;

    private ReportVersusR() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("export")) {
            export(Path.of(args[1]), Path.of(args[2]), Double.parseDouble(args[3]));
        } else if (args.length == 3 && args[0].equals("compare")) {
            System.exit(compare(Path.of(args[1]), Path.of(args[2])) ? 0 : 1);
        } else {
            System.err.println(
                    "usage: ReportVersusR export DATA_DIR FIXTURE_DIR NULL_RATE" + " | compare REPORT_TSV R_TSV");
            System.exit(2);
        }
    }

    private static void export(Path dataDir, Path fixture, double nullRate) throws IOException {
        ReportOptions options = ReportOptions.defaults().withNullRate(nullRate).withIncludePreliminary(true);
        try (OpenDatabase db = OpenDatabase.embedded(dataDir);
                ConfigurableApplicationContext context = SpringContexts.start(db, WebApplicationType.NONE, Map.of())) {
            ReportService service = context.getBean(ReportService.class);
            long start = System.nanoTime();
            ReportInput input = service.consistentRead(() -> service.input(options))
                    .orElseThrow(() -> new IllegalStateException(dataDir + " holds no clinical data"));
            double readSeconds = seconds(start);
            List<Double> builds = new ArrayList<>();
            for (int i = 0; i < BUILDS; i++) {
                long buildStart = System.nanoTime();
                ReportBuilder.build(input);
                builds.add(seconds(buildStart));
            }
            FixtureExport.write(input, fixture);
            System.out.printf(
                    "java_read_input_s\t%.3f%njava_build_first_s\t%.3f%njava_build_best_s\t%.3f%npatients\t%d%n",
                    readSeconds,
                    builds.get(0),
                    builds.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    input.clinical().patients().size());
        }
    }

    static boolean compare(Path reportTsv, Path rTsv) throws IOException {
        Map<String, String> report = RGolden.tsv(Files.readString(reportTsv));
        Map<String, String> golden = RGolden.tsv(Files.readString(rTsv));
        List<String> differences = new ArrayList<>();
        golden.forEach((key, expected) -> {
            try {
                RGolden.assertAgrees(report, key, expected);
            } catch (AssertionError e) {
                differences.add(key + ": R " + expected + ", report " + report.get(key));
            }
        });
        differences.forEach(System.out::println);
        System.out.printf("figures_compared\t%d%nfigures_differing\t%d%n", golden.size(), differences.size());
        return differences.isEmpty();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
