package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.platform.BundleFileException;

class HotspotCallerTests {

    private static final Thresholds DEFAULTS = new Thresholds(20, 3, 0.05);

    @TempDir
    Path dir;

    static List<HotspotCall> calls(String fixture, CallSettings settings) {
        return HotspotCaller.call(Fixtures.path(fixture), settings, warning -> {});
    }

    static HotspotCall call(String fixture, String sample, String hotspot) {
        return calls(fixture, new CallSettings(null, null, DEFAULTS, null)).stream()
                .filter(call -> call.sample().equals(sample) && call.hotspot().equals(hotspot))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + sample + " " + hotspot + " in " + fixture));
    }

    /** {@code status} is {@code STATUS} or {@code NO_CALL/REASON}; empty figures are null. */
    static void assertCall(HotspotCall call, String status, Integer depth, Integer altReads, Double vaf) {
        String[] parts = status.split("/");
        assertThat(call.status()).as(call.toString()).isEqualTo(HotspotStatus.valueOf(parts[0]));
        assertThat(call.reason())
                .as(call.toString())
                .isEqualTo(parts.length > 1 ? NoCallReason.valueOf(parts[1]) : null);
        assertThat(call.depth()).as("depth of " + call).isEqualTo(depth);
        assertThat(call.altReads()).as("alt reads of " + call).isEqualTo(altReads);
        if (vaf == null) {
            assertThat(call.vaf()).as("vaf of " + call).isNull();
        } else {
            assertThat(call.vaf()).as("vaf of " + call).isCloseTo(vaf, org.assertj.core.data.Offset.offset(0.0001));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BRAF_V600E    | MUTANT                  | 160 | 40 | 0.25
            BRAF_V600K    | WILD_TYPE               | 160 |    |
            TERT_C228T    | NO_CALL/LOW_COVERAGE    | 10  | 2  | 0.2
            TERT_C250T    | NO_CALL/BELOW_THRESHOLD | 184 | 4  | 0.0217
            NRAS_Q61R     | NO_CALL/FILTERED        | 70  | 20 | 0.2857
            NRAS_Q61K     | WILD_TYPE               | 70  |    |
            HRAS_Q61R     | NO_CALL/BELOW_THRESHOLD | 102 | 2  | 0.0196
            KRAS_G12D     | MUTANT                  | 90  | 30 | 0.3333
            KRAS_G12V     | WILD_TYPE               | 90  |    |
            KRAS_G13D     | NO_CALL/NO_EVIDENCE     |     |    |
            PIK3CA_E545K  | MUTANT                  | 100 | 30 | 0.3
            PIK3CA_H1047R | MUTANT                  | 80  | 25 | 0.3125
            AKT1_E17K     | WILD_TYPE               | 40  |    |
            """)
    void everyStatusAndReasonAsAnalysesDefinesThem(
            String hotspot, String status, Integer depth, Integer altReads, Double vaf) {
        assertCall(call("mutect2-statuses.vcf", "T1", hotspot), status, depth, altReads, vaf);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            strelka2-snvs.vcf     | TUMOR         | BRAF_V600E    | MUTANT               | 92  | 30 | 0.3333
            strelka2-snvs.vcf     | NORMAL        | BRAF_V600E    | WILD_TYPE            | 40  |    |
            strelka2-snvs.vcf     | TUMOR         | TERT_C228T    | NO_CALL/FILTERED     | 50  | 10 | 0.2
            strelka2-indels.vcf   | TUMOR         | BRAF_V600E    | WILD_TYPE            | 50  |    |
            varscan2.vcf          | TUMOR         | TERT_C228T    | MUTANT               | 60  | 15 | 0.25
            varscan2.vcf          | TUMOR         | BRAF_V600E    | NO_CALL/FILTERED     | 60  | 10 | 0.1667
            iontorrent.vcf        | IonXpress_001 | NRAS_Q61R     | MUTANT               | 480 | 90 | 0.1875
            iontorrent.vcf        | IonXpress_001 | PIK3CA_H1047R | NO_CALL/FILTERED     | 200 | 60 | 0.3
            freebayes.vcf         | S1            | KRAS_G13D     | MUTANT               | 120 | 20 | 0.1667
            dragen.vcf            | TUMOR         | AKT1_E17K     | MUTANT               | 80  | 10 | 0.125
            haplotypecaller.g.vcf | S1            | BRAF_V600E    | WILD_TYPE            | 45  |    |
            haplotypecaller.g.vcf | S1            | TERT_C228T    | NO_CALL/LOW_COVERAGE | 8   |    |
            haplotypecaller.g.vcf | S1            | TERT_C250T    | MUTANT               | 42  | 12 | 0.2857
            haplotypecaller.g.vcf | S1            | NRAS_Q61R     | WILD_TYPE            | 37  |    |
            haplotypecaller.g.vcf | S1            | KRAS_G12D     | NO_CALL/NO_EVIDENCE  |     |    |
            strelka2-germline.genome.vcf | S1     | BRAF_V600E    | WILD_TYPE            | 31  |    |
            """)
    void countsAreReadInEachCallersConvention(
            String fixture, String sample, String hotspot, String status, Integer depth, Integer altReads, Double vaf) {
        assertCall(call(fixture, sample, hotspot), status, depth, altReads, vaf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mutect2-statuses.vcf.gz", "mutect2-statuses-csi.vcf.gz", "mutect2-statuses-gzip.vcf.gz"})
    void compressedAndIndexedFilesGiveTheCallsOfThePlainFile(String fixture) {
        CallSettings settings = new CallSettings(null, null, DEFAULTS, null);
        assertThat(calls(fixture, settings)).isEqualTo(calls("mutect2-statuses.vcf", settings));
    }

    @Test
    void gvcfBlocksAreFoundThroughTheTabixIndexToo() {
        CallSettings settings = new CallSettings(null, null, DEFAULTS, null);
        assertThat(calls("haplotypecaller.g.vcf.gz", settings)).isEqualTo(calls("haplotypecaller.g.vcf", settings));
    }

    /** The file has a line without its sample column on chr1, far from every hotspot: only streaming reads it. */
    @Test
    void indexedFilesAreReadOnlyAtTheCatalogueLoci(@TempDir Path dir) throws IOException {
        String fixture = "bad-record-away-from-hotspots.vcf.gz";
        assertCall(call(fixture, "T1", "BRAF_V600E"), "MUTANT", 160, 40, 0.25);
        Path withoutIndex = Files.copy(Fixtures.path(fixture), dir.resolve(fixture));
        assertThatThrownBy(() -> HotspotCaller.call(withoutIndex, CallSettings.defaults(), warning -> {}))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("line 25: expected 10");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "v600e-mnv-grch37.vcf,         BRAF_V600E, BRAF_V600K", // c.1799_1800delinsAA as CA>TT
        "v600k-mnv-grch37.vcf,         BRAF_V600K, BRAF_V600E", // c.1798_1799delinsAA as AC>TT
        "v600k-phased-ps.vcf,          BRAF_V600K, BRAF_V600E", // two SNVs, GT 0|1 and PS
        "v600k-phased-mutect2.vcf,     BRAF_V600K, BRAF_V600E", // Mutect2's PGT/PID and PS
        "v600k-phased-pgt-only.vcf,    BRAF_V600K, BRAF_V600E", // older Mutect2: PGT/PID only
        "v600e-and-v600k-in-trans.vcf, BRAF_V600E, BRAF_V600K", // same PS, opposite haplotypes
    })
    void brafIsMatchedOnTheProteinChangeNotTheRecord(String fixture, String mutant, String wildType) {
        List<HotspotCall> calls = calls(fixture, new CallSettings(null, null, DEFAULTS, null));
        assertThat(calls)
                .filteredOn(call -> call.hotspot().equals(mutant))
                .extracting(HotspotCall::status)
                .containsExactly(HotspotStatus.MUTANT);
        assertThat(calls)
                .filteredOn(call -> call.hotspot().equals(wildType))
                .extracting(HotspotCall::status)
                .containsExactly(HotspotStatus.WILD_TYPE);
    }

    @Test
    void v600kAsPhasedSnvsIsNotV600e() {
        assertCall(call("v600k-phased-mutect2.vcf", "T1", "BRAF_V600E"), "WILD_TYPE", 90, null, null);
        assertCall(call("v600k-phased-mutect2.vcf", "T1", "BRAF_V600K"), "MUTANT", 90, 30, 0.3333);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mutect2-statuses.vcf", "v600e-mnv-grch37.vcf"})
    void contigsWithAndWithoutChrPrefixAreBothRead(String fixture) {
        assertThat(calls(fixture, new CallSettings(null, null, DEFAULTS, null)))
                .filteredOn(call -> call.hotspot().equals("BRAF_V600E"))
                .extracting(HotspotCall::status)
                .containsExactly(HotspotStatus.MUTANT);
    }

    @Test
    void coveredRegionsProveWildTypeOnlyWhereNoRecordIs() {
        CallSettings panel = new CallSettings("T1", null, DEFAULTS, Fixtures.path("panel-grch38.bed"));
        List<HotspotCall> calls = calls("mutect2-statuses.vcf", panel);
        assertCall(find(calls, "KRAS_G13D"), "WILD_TYPE", null, null, null);
        assertCall(find(calls, "TERT_C228T"), "NO_CALL/LOW_COVERAGE", 10, 2, 0.2);
        assertCall(find(calls, "HRAS_Q61K"), "WILD_TYPE", 102, null, null);
        assertCall(find(calls, "NRAS_Q61K"), "WILD_TYPE", 70, null, null);
    }

    @Test
    void thresholdsAreThoseOfTheSettings() {
        List<HotspotCall> calls =
                calls("mutect2-statuses.vcf", new CallSettings("T1", null, new Thresholds(5, 2, 0.01), null));
        assertCall(find(calls, "TERT_C228T"), "MUTANT", 10, 2, 0.2);
        assertCall(find(calls, "TERT_C250T"), "MUTANT", 184, 4, 0.0217);
    }

    @Test
    void normalSampleIsNeverReportedUnlessAskedFor() {
        assertThat(calls("mutect2-multisample.vcf", new CallSettings(null, null, DEFAULTS, null)))
                .extracting(HotspotCall::sample)
                .containsOnly("T1", "T2")
                .hasSize(28);
        assertCall(call("mutect2-multisample.vcf", "T1", "BRAF_V600E"), "MUTANT", 70, 20, 0.2857);
        assertCall(call("mutect2-multisample.vcf", "T2", "BRAF_V600E"), "WILD_TYPE", 60, null, null);
        List<HotspotCall> normal = calls("mutect2-statuses.vcf", new CallSettings("N1", null, DEFAULTS, null));
        assertThat(normal).extracting(HotspotCall::sample).containsOnly("N1");
        assertCall(find(normal, "BRAF_V600E"), "WILD_TYPE", 80, null, null);
    }

    @Test
    void unknownSampleIsAnErrorNamingSampleAndFile() {
        assertThatThrownBy(() -> calls("mutect2-statuses.vcf", new CallSettings("T9", null, DEFAULTS, null)))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("mutect2-statuses.vcf")
                .hasMessageContaining("'T9'");
    }

    @Test
    void buildGivenWinsOverTheHeaderWithAWarning() {
        List<String> warnings = new ArrayList<>();
        List<HotspotCall> calls = HotspotCaller.call(
                Fixtures.path("v600e-mnv-grch37.vcf"),
                new CallSettings(null, GenomeBuild.GRCh38, DEFAULTS, null),
                warnings::add);
        assertThat(warnings).singleElement().asString().contains("GRCh37").contains("GRCh38");
        assertCall(find(calls, "BRAF_V600E"), "NO_CALL/NO_EVIDENCE", null, null, null);
    }

    @Test
    void buildThatCannotBeToldIsAnErrorUnlessGiven() {
        assertThatThrownBy(() -> calls("build-unknown.vcf", new CallSettings(null, null, DEFAULTS, null)))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("build-unknown.vcf")
                .hasMessageContaining("genome build cannot be told");
        List<HotspotCall> calls =
                calls("build-unknown.vcf", new CallSettings(null, GenomeBuild.GRCh38, DEFAULTS, null));
        assertCall(find(calls, "BRAF_V600E"), "MUTANT", 100, 30, 0.3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.1", "4.2", "4.3", "4.4", "4.5"})
    void everyVcf4VersionIsRead(String version, @TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.path("dragen.vcf")));
        lines.set(0, "##fileformat=VCFv" + version);
        Path vcf = Files.write(dir.resolve("v" + version + ".vcf"), lines);
        assertThat(HotspotCaller.call(vcf, CallSettings.defaults(), warning -> {}))
                .filteredOn(call -> call.hotspot().equals("AKT1_E17K"))
                .extracting(HotspotCall::status)
                .containsExactly(HotspotStatus.MUTANT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated.vcf.gz | truncated
            malformed.vcf    | line 26: expected 10 tab-separated columns, found 9
            not-a-vcf.vcf    | line 1: not a VCF
            """)
    void brokenFilesAreRejectedNamingFileAndLine(String fixture, String problem) {
        assertThatThrownBy(() -> calls(fixture, CallSettings.defaults()))
                .isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith(Fixtures.path(fixture).toString())
                .hasMessageContaining(problem);
    }

    @Test
    void bgzfCutAtABlockBoundaryIsTruncatedToo(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.path("mutect2-statuses.vcf.gz"));
        Path cut = Files.write(dir.resolve("cut.vcf.gz"), Arrays.copyOf(whole, whole.length - 28));
        assertThatThrownBy(() -> HotspotCaller.call(cut, CallSettings.defaults(), warning -> {}))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void gzipCutMidStreamIsRejectedNamingTheLastLineRead(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.path("mutect2-statuses-gzip.vcf.gz"));
        Path cut = Files.write(dir.resolve("cut.vcf.gz"), Arrays.copyOf(whole, whole.length - 200));
        assertThatThrownBy(() -> HotspotCaller.call(cut, CallSettings.defaults(), warning -> {}))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("cut.vcf.gz: line ");
    }

    @Test
    void missingFileAndBadBedAreRejected() {
        assertThatThrownBy(() -> HotspotCaller.call(Path.of("no-such.vcf"), CallSettings.defaults(), warning -> {}))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("no-such.vcf");
        assertThatThrownBy(() ->
                        calls("mutect2-statuses.vcf", new CallSettings(null, null, DEFAULTS, Fixtures.path("bad.bed"))))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("bad.bed: line 2, column 'start'");
    }

    private static HotspotCall find(List<HotspotCall> calls, String hotspot) {
        return calls.stream()
                .filter(call -> call.hotspot().equals(hotspot))
                .findFirst()
                .orElseThrow();
    }

    /** A malformed line (8 columns) inserted after the header of mutect2-statuses.vcf, unindexed. */
    private Path withBadLine(String chrom, int pos) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.path("mutect2-statuses.vcf")));
        int firstRecord =
                (int) lines.stream().filter(line -> line.startsWith("#")).count();
        lines.add(firstRecord, chrom + "\t" + pos + "\t.\tA\tG\t.\tPASS\t.");
        Path vcf = dir.resolve("bad-line-" + chrom + "-" + pos + ".vcf");
        Files.write(vcf, lines);
        return vcf;
    }

    @Test
    void aBadLineTheImportSkippedIsPassedOverOnlyAwayFromEveryHotspot() throws IOException {
        CallSettings settings = new CallSettings(null, null, DEFAULTS, null);
        Path away = withBadLine("chr1", 1_000_000);
        List<HotspotCall> clean = calls("mutect2-statuses.vcf", settings);

        assertThat(HotspotCaller.call(away, settings, 1, warning -> {})).isEqualTo(clean);
        assertThatThrownBy(() -> HotspotCaller.call(away, settings, 0, warning -> {}))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("expected 11 tab-separated columns, found 8");
        // 1,000 bases before BRAF V600 a REF of up to 1,024 bases could reach it; on it, it is the call itself
        for (int nearBraf : new int[] {140_753_336 - 1_000, 140_753_336}) {
            Path near = withBadLine("chr7", nearBraf);
            assertThatThrownBy(() -> HotspotCaller.call(near, settings, 5, warning -> {}))
                    .as("bad line at chr7:" + nearBraf)
                    .isInstanceOf(BundleFileException.class);
        }
    }
}
