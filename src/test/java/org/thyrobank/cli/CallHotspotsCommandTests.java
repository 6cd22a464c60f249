package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.genomics.vcf.GenomeBuild;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CallHotspotsCommandTests {

    private static final String HEADER = "sample\thotspot\tgene\tstatus\treason\tdepth\talt_reads\tvaf";

    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CallHotspotsCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static String fixture(String name) {
        return fixturePath(name).toString();
    }

    /** The test VCFs under {@code src/test/resources/org/thyrobank/genomics/vcf/}. */
    static Path fixturePath(String name) {
        URL url = CallHotspotsCommandTests.class.getResource("/org/thyrobank/genomics/vcf/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tsvHasTheHeaderOfInterfacesMdAndOneRowPerSampleAndHotspot() {
        Run run = run(fixture("mutect2-statuses.vcf"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(15).first().isEqualTo(HEADER);
        assertThat(run.lines())
                .contains(
                        "T1\tBRAF_V600E\tBRAF\tMUTANT\t\t160\t40\t0.25",
                        "T1\tTERT_C250T\tTERT\tNO_CALL\tBELOW_THRESHOLD\t184\t4\t0.0217",
                        "T1\tKRAS_G13D\tKRAS\tNO_CALL\tNO_EVIDENCE\t\t\t");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheSameFields() {
        Run run = run(fixture("mutect2-statuses.vcf"), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(run.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isEqualTo(14);
        JsonNode braf = rows.get(0);
        assertThat(braf.propertyNames())
                .containsExactly("sample", "hotspot", "gene", "status", "reason", "depth", "alt_reads", "vaf");
        assertThat(braf.get("status").asString()).isEqualTo("MUTANT");
        assertThat(braf.get("reason").isNull()).isTrue();
        assertThat(braf.get("alt_reads").asInt()).isEqualTo(40);
        assertThat(braf.get("vaf").asDouble()).isEqualTo(0.25);
        assertThat(rows.get(10).get("depth").isNull()).isTrue();
    }

    @Test
    void optionsReachTheCall() {
        Run run = run(
                fixture("mutect2-statuses.vcf"),
                "--sample",
                "T1",
                "--min-depth",
                "5",
                "--min-alt-reads",
                "2",
                "--min-vaf",
                "0.01",
                "--covered-regions",
                fixture("panel-grch38.bed"),
                "--build",
                "GRCh38");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines())
                .contains("T1\tTERT_C228T\tTERT\tMUTANT\t\t10\t2\t0.2", "T1\tKRAS_G13D\tKRAS\tWILD_TYPE\t\t\t\t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.vcf.gz", "malformed.vcf", "not-a-vcf.vcf", "build-unknown.vcf"})
    void fileProblemsExitWith2WithTheFileOnStderrAndNothingOnStdout(String name) {
        Run run = run(fixture(name));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(fixture(name));
    }

    @Test
    void unknownSampleExitsWith2NamingSampleAndFile() {
        Run run = run(fixture("mutect2-statuses.vcf"), "--sample", "T9");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("mutect2-statuses.vcf").contains("'T9'");
    }

    @Test
    void buildContradictingTheHeaderWarnsOnStderrAndWins() {
        Run run = run(fixture("v600e-mnv-grch37.vcf"), "--build", "GRCh38");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("header says GRCh37").contains("GRCh38");
        assertThat(run.lines()).contains("T1\tBRAF_V600E\tBRAF\tNO_CALL\tNO_EVIDENCE\t\t\t");
    }

    @Test
    void unknownBuildFormatOrImpossibleThresholdIsAUsageError() {
        assertThat(run(fixture("mutect2-statuses.vcf"), "--build", "hg19").exitCode())
                .isEqualTo(2);
        assertThat(run(fixture("mutect2-statuses.vcf"), "--format", "xml").exitCode())
                .isEqualTo(2);
        Run badVaf = run(fixture("mutect2-statuses.vcf"), "--min-vaf", "1.5");
        assertThat(badVaf.exitCode()).isEqualTo(2);
        assertThat(badVaf.out()).isEmpty();
        assertThat(badVaf.err()).contains("VAF 1.5");
    }

    static Stream<Arguments> exampleVcfs() throws IOException {
        Path examples = fixturePath("examples");
        List<Arguments> vcfs = new ArrayList<>();
        try (Stream<Path> runs = Files.list(examples)) {
            for (Path run : runs.sorted().toList()) {
                List<String> manifest = Files.readAllLines(run.resolve("manifest.csv"));
                List<String> columns = List.of(manifest.get(0).split(","));
                for (String row : manifest.subList(1, manifest.size())) {
                    String[] cells = row.split(",", -1);
                    String bed = columns.contains("covered_regions") ? cells[columns.indexOf("covered_regions")] : "";
                    vcfs.add(Arguments.of(
                            run.resolve(cells[columns.indexOf("vcf")]),
                            cells[columns.indexOf("vcf_sample")],
                            cells[columns.indexOf("genome_build")],
                            bed.isEmpty() ? null : run.resolve(bed)));
                }
            }
        }
        return vcfs.stream();
    }

    /** The shared study example (copied into the test resources): every VCF its manifests name. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleVcfs")
    void everyExampleVcfIsCallableAndItsHeaderAgreesWithTheManifest(Path vcf, String sample, String build, Path bed) {
        assertThat(GenomeBuild.fromHeader(vcf)).contains(GenomeBuild.parse(build));
        List<String> args = new ArrayList<>(List.of(vcf.toString(), "--sample", sample));
        if (bed != null) {
            args.addAll(List.of("--covered-regions", bed.toString()));
        }
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(15).allMatch(line -> line.equals(HEADER) || line.startsWith(sample + "\t"));
    }

    @Test
    void helpIsOffered() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("call-hotspots")
                .contains("--covered-regions")
                .contains("--min-vaf");
    }
}
