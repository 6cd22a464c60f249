package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.MutationFuzzer;

/**
 * {@link PlainRecords} must give exactly what htsjdk's decoding gives: the same variants in the same order, or the
 * same rejection. Each file is read both ways and the two outcomes compared; and the plain reader is shown to take
 * the common lines (else these comparisons would test nothing) and to decline the unusual ones.
 */
class PlainRecordsTests {

    private static final Path REAL_VCFS = Path.of("..", "shared", "realdata", "vcf");
    private static final Path EXAMPLE_RUNS = Path.of("..", "shared", "examples", "study-example", "sequencing");

    private static final String HEADER = """
            ##fileformat=VCFv4.2
            ##source=Mutect2
            ##FILTER=<ID=PASS,Description="All filters passed">
            ##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
            ##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fractions">
            ##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
            ##contig=<ID=chr7,length=159345973>
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT1\tN1
            """;

    @TempDir
    Path dir;

    /** The variants of a file, or the rejection's message, as one comparable text. */
    private static String outcome(Path vcf, boolean plainRecords) {
        return outcome(vcf, null, plainRecords);
    }

    private static String outcome(Path vcf, String sample, boolean plainRecords) {
        List<String> variants = new ArrayList<>();
        try (VcfVariants reader = VcfVariants.open(vcf, sample, plainRecords)) {
            reader.forEachRemaining(variant -> variants.add(variant.toString()));
            return String.join("\n", variants);
        } catch (BundleFileException e) {
            return "rejected after " + variants.size() + " variants: " + e.getMessage();
        }
    }

    static Stream<Path> realAndExampleVcfs() throws IOException {
        List<Path> vcfs = new ArrayList<>();
        for (Path folder : List.of(
                REAL_VCFS, EXAMPLE_RUNS, Fixtures.path("mutect2-statuses.vcf").getParent())) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.getFileName().toString().matches(".*\\.vcf(\\.gz)?"))
                        .sorted()
                        .forEach(vcfs::add);
            }
        }
        return vcfs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realAndExampleVcfs")
    void everyRealExampleAndFixtureVcfReadsAsHtsjdkReadsIt(Path vcf) {
        assertThat(outcome(vcf, true)).isEqualTo(outcome(vcf, false));
    }

    @Test
    void theRealVcfsAreThere() throws IOException {
        try (Stream<Path> files = Files.list(REAL_VCFS)) {
            assertThat(files.filter(file -> file.toString().contains(".vcf"))).hasSizeGreaterThan(20);
        }
    }

    /** Lines the plain reader takes, and lines it must leave to htsjdk; each read both ways in a two-sample file. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "chr7\t140753336\t.\tA\tT\t.\tPASS\tDP=80\tGT:AD:AF:DP\t0/1:60,20:0.25:80\t0/0:50,0:0:50",
                "chr7\t140753336\trs113488022\tA\tT,G\t37.5\tweak_evidence\t.\tGT:AD:AF:DP\t0/1/2:60,20,5:0.25,0.06:85\t.",
                "chr7\t140753336\t.\tAC\tA\t1.\t.\tDB;DP=3\tGT:AD:DP\t0|1:.:.\t./.:1,2",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:AF\t0/1:60,20\t0/1:5,6,7:0.5",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\tFOO=;BAR=1,2\tGT:PL:GQ:XX\t1/1:0,,x:99:any\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tAD:AF:DP\t60,20:0.1%:80\t1,1",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:AF:DP\t0/1:60,20:abc:80\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:AF:DP\t0/1:60,20:1e-1:80\t0/0:1,0:NaN:1",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:AF:DP\t0/1:60,20:.,.:80.5\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:DP\t0/2:60,20:80\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:DP\t0/x:60,20:80\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:DP\t0//1:60,.:80\t0/0:1,-1:+3",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tAD:GT\t60,20:0/1\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20:80\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:FT\t0/1:60,20:0\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:GL\t0/1:60,20:x\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:AD\t0/1:60,20:1,2\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\tEND=140753340\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\tX;END\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\tENDING=1\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\tA B\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\tX=%3B\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tq10;sb\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\t0\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t-1\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\tx\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\ta\tt\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tA\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT,T\t.\tPASS\t.\tGT:AD\t0/1:60,20,1\t0/0",
                "chr7\t140753336\t.\tA\t.\t.\tPASS\t.\tGT:AD\t0/0:60\t0/0",
                "chr7\t140753336\t.\tA\t<NON_REF>\t.\tPASS\t.\tGT:AD\t0/0:60,0\t0/0",
                "chr7\t140753336\t.\tAT\tA,*\t.\tPASS\t.\tGT:AD\t1/2:0,4,5\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:DP\t0/1:60,20:99999999999\t0/0",
                "chr7\t0\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t-5\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\t.\t.\t.",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD:\t0/1:60,20:\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1::\t0/0",
                "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0:%41",
                "#chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:60,20\t0/0",
            })
    void anEdgeLineReadsAsHtsjdkReadsIt(String line) throws IOException {
        Path vcf = dir.resolve("edge.vcf");
        Files.writeString(vcf, HEADER + line + "\n");
        assertThat(outcome(vcf, true)).isEqualTo(outcome(vcf, false));
        assertThat(outcome(vcf, "N1", true)).isEqualTo(outcome(vcf, "N1", false));
    }

    @Test
    void theCommonLinesAreTakenAndTheUnusualOnesLeftToHtsjdk() throws IOException {
        assertThat(takes("chr7\t140753336\t.\tA\tT\t.\tPASS\tDP=80\tGT:AD:AF:DP\t0/1:60,20:0.25:80\t0/0:50,0:0:50"))
                .isTrue();
        assertThat(takes("chr7\t140753336\trs1\tAC\tA,T\t12.5\tweak_evidence\t.\tGT:AD:DP\t1|2:1,2,3:6\t."))
                .isTrue();
        assertThat(takes("chr7\t140753336\t.\tA\t<NON_REF>\t.\tPASS\t.\tGT:AD\t0/0:60,0\t0/0"))
                .isFalse();
        assertThat(takes("chr7\t140753336\t.\tA\tT\t.\tq10;sb\t.\tGT:AD\t0/1:60,20\t0/0"))
                .isFalse();
        assertThat(takes("chr7\t140753336\t.\tA\tT\t.\tPASS\tEND=140753340\tGT:AD\t0/1:60,20\t0/0"))
                .isFalse();
        assertThat(takes("chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/2:60,20\t0/0"))
                .isFalse();
    }

    private boolean takes(String line) throws IOException {
        Path vcf = dir.resolve("one-line.vcf");
        Files.writeString(vcf, HEADER + line + "\n");
        try (VcfInput input = VcfInput.open(vcf)) {
            List<String> samples = input.reportedSamples(null);
            PlainRecords plain =
                    PlainRecords.forFile(input, samples, AlleleCounts.forHeader(input.header()), input.source());
            assertThat(input.nextRecord()).isTrue();
            return plain.read(input.current(), input.lineNumber(), new ArrayDeque<>());
        }
    }

    @Test
    void callersWithTheirOwnCountsAreAllLeftToHtsjdk() {
        try (VcfInput input = VcfInput.open(Fixtures.path("strelka2-snvs.vcf"))) {
            assertThat(PlainRecords.forFile(
                            input, input.reportedSamples(null), AlleleCounts.forHeader(input.header()), null))
                    .isNull();
        }
    }

    @Test
    void mutatedVcfsReadAsHtsjdkReadsThem() throws IOException {
        Path vcf = dir.resolve("fuzzed.vcf");
        Random random = new Random(16);
        List<byte[]> corpus = MutationFuzzer.corpus("vcf");
        long deadline = System.nanoTime() + MutationFuzzer.PER_READER.toNanos();
        int readToVariants = 0;
        int compared = 0;
        while (System.nanoTime() < deadline) {
            Files.write(vcf, MutationFuzzer.mutate(corpus.get(random.nextInt(corpus.size())), random));
            String plain = outcome(vcf, true);
            String htsjdk = outcome(vcf, false);
            assertThat(plain).as("mutated input %d", compared).isEqualTo(htsjdk);
            readToVariants += plain.startsWith("rejected") ? 0 : 1;
            compared++;
        }
        assertThat(readToVariants).as("inputs read to variants").isPositive();
    }
}
