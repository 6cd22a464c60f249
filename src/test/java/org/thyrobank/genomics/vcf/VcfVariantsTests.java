package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.platform.BundleFileException;

class VcfVariantsTests {

    @TempDir
    Path dir;

    static List<VcfVariant> read(String fixture, String sample) {
        List<VcfVariant> variants = new ArrayList<>();
        try (VcfVariants reader = VcfVariants.open(Fixtures.path(fixture), sample)) {
            reader.forEachRemaining(variants::add);
        }
        return variants;
    }

    @Test
    void yieldsOneVariantPerReportedSampleAndAlternateAllele() {
        List<VcfVariant> variants = read("mutect2-statuses.vcf", null);
        assertThat(variants).hasSize(10).extracting(VcfVariant::sample).containsOnly("T1");
        assertThat(variants)
                .filteredOn(variant -> variant.pos() == 179234297)
                .containsExactly(
                        new VcfVariant("T1", "chr3", 179234297, "A", "G", "PASS", 80, 25, 25 / 80.0, "Mutect2", 28),
                        new VcfVariant("T1", "chr3", 179234297, "A", "T", "PASS", 80, 5, 5 / 80.0, "Mutect2", 28));
        assertThat(variants)
                .filteredOn(variant -> variant.pos() == 114713908)
                .singleElement()
                .extracting(VcfVariant::filter)
                .isEqualTo("strand_bias;weak_evidence");
    }

    @Test
    void aSampleCanBeChosenAndTheNormalIsReadOnlyWhenChosen() {
        try (VcfVariants reader = VcfVariants.open(Fixtures.path("mutect2-multisample.vcf"), null)) {
            assertThat(reader.samples()).containsExactly("T1", "T2");
            assertThat(reader.caller()).isEqualTo("Mutect2");
        }
        assertThat(read("mutect2-multisample.vcf", "N"))
                .singleElement()
                .satisfies(variant -> assertThat(variant.altReads()).isZero());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            strelka2-indels.vcf   | TUMOR         | TCAC | T | 50  | 20 | 0.4    | strelka
            varscan2.vcf          | TUMOR         | G    | A | 60  | 15 | 0.25   | VarScan2
            iontorrent.vcf        | IonXpress_001 | T    | C | 480 | 90 | 0.1875 | tvc 5.12-8 (e1b2c0a) - Torrent Variant Caller
            freebayes.vcf         | S1            | C    | T | 120 | 20 | 0.1667 | freeBayes v1.3.6
            haplotypecaller.g.vcf | S1            | G    | A | 42  | 12 | 0.2857 | HaplotypeCaller
            """)
    void firstVariantIsReadInItsCallersConvention(
            String fixture, String sample, String ref, String alt, int depth, int altReads, double vaf, String caller) {
        VcfVariant first = read(fixture, sample).get(0);
        assertThat(first.ref()).isEqualTo(ref);
        assertThat(first.alt()).isEqualTo(alt);
        assertThat(first.depth()).isEqualTo(depth);
        assertThat(first.altReads()).isEqualTo(altReads);
        assertThat(first.vaf()).isCloseTo(vaf, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(first.caller()).isEqualTo(caller);
    }

    @Test
    void gvcfReferenceBlocksAndNonRefAllelesAreNotVariants() {
        assertThat(read("haplotypecaller.g.vcf", null))
                .singleElement()
                .satisfies(variant -> assertThat(variant.pos()).isEqualTo(1295135));
    }

    @Test
    void aBadLineStopsReadingNamingFileAndLine() {
        assertThatThrownBy(() -> read("malformed.vcf", null))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("malformed.vcf: line 26");
    }

    /** Mutect2 writes DP as "." for a sample with no reads; real files (gatk3 HCC1143, MC3) were refused for it. */
    @ParameterizedTest(name = "htsjdk decoding every record: {0}")
    @ValueSource(booleans = {true, false})
    void aSampleWithoutItsOwnDepthGetsTheSumOfItsCounts(boolean everyRecordByHtsjdk) throws IOException {
        Path vcf = dir.resolve("no-depth.vcf");
        Files.writeString(vcf, """
                ##fileformat=VCFv4.2
                ##source=Mutect2
                ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
                ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
                ##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
                #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT1
                chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:DP\t0/1:30,10:.
                """);
        List<VcfVariant> variants = new ArrayList<>();
        try (VcfVariants reader = VcfVariants.open(vcf, null, !everyRecordByHtsjdk)) {
            reader.forEachRemaining(variants::add);
        }
        assertThat(variants)
                .singleElement()
                .isEqualTo(new VcfVariant("T1", "chr7", 140753336, "A", "T", "PASS", 40, 10, 0.25, "Mutect2", 7));
    }

    @Test
    void aHeaderLineAmongTheRecordsIsRefusedNamingFileAndLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.path("mutect2-statuses.vcf")));
        lines.add("#chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0:50,0");
        Path vcf = Files.write(dir.resolve("hash-line.vcf"), lines);
        assertThatThrownBy(() -> {
                    try (VcfVariants reader = VcfVariants.open(vcf, null)) {
                        reader.forEachRemaining(variant -> {});
                    }
                })
                .isInstanceOf(BundleFileException.class)
                .hasMessage(vcf + ": line " + lines.size() + ": a header line (starting with #) among the records");
    }
}
