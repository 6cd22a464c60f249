package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.InputLimits;

/** Hostile VCFs are refused by the limits of reference/input-limits.properties, in bounded time and memory. */
class VcfLimitsTests {

    private static final String HEADER = "##fileformat=VCFv4.2\n"
            + "##contig=<ID=chr7,length=159345973>\n"
            + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
            + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT1\n";
    private static final String RECORD = "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT:AD\t0/1:80,20\n";
    private static final Duration BOUNDED = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static GZIPOutputStream gzip(Path file) throws IOException {
        return new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    private static void repeat(OutputStream out, byte value, long count) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, value);
        for (long left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(left, chunk.length));
        }
    }

    @Test
    void aGzipWhoseOneLineInflatesToAGigabyteIsRefusedNamingTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.vcf.gz");
        try (OutputStream out = gzip(bomb)) {
            out.write("##fileformat=VCFv4.2 ".getBytes(StandardCharsets.US_ASCII));
            repeat(out, (byte) 'A', 1L << 30);
        }
        assertThat(Files.size(bomb)).isLessThan(8L << 20);

        assertTimeoutPreemptively(BOUNDED, () -> {
            assertThatThrownBy(() -> VcfVariants.open(bomb, null))
                    .isInstanceOf(BundleFileException.class)
                    .hasMessage(bomb + ": line 1: longer than 8388608 bytes"
                            + " (max-line-bytes = 8388608 in reference/input-limits.properties)");
            assertThatThrownBy(() -> GenomeBuild.fromHeader(bomb))
                    .isInstanceOf(BundleFileException.class)
                    .hasMessageContaining("max-line-bytes");
        });
    }

    @Test
    void aLongDataLineIsRefusedAtItsLine() throws IOException {
        Path vcf = dir.resolve("long-record.vcf");
        Files.writeString(vcf, HEADER + RECORD + RECORD.replace("\t.\tPASS", "\t" + "X".repeat(5000) + "\tPASS"));
        InputLimits limits = new InputLimits(4096, 100_000, 64L << 20, 256L << 20);

        try (VcfInput input = VcfInput.open(vcf, limits)) {
            assertThat(input.nextRecord()).isTrue();
            assertThatThrownBy(input::nextRecord)
                    .isInstanceOf(BundleFileException.class)
                    .hasMessage(vcf + ": line 7: longer than 4096 bytes"
                            + " (max-line-bytes = 4096 in reference/input-limits.properties)");
        }
    }

    @Test
    void aHeaderOfMillionsOfLinesIsRefusedAtTheLimit() throws IOException {
        Path vcf = dir.resolve("many-header-lines.vcf.gz");
        try (OutputStream out = gzip(vcf)) {
            out.write("##fileformat=VCFv4.2\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "##note=x\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 3_000_000; i++) {
                out.write(line);
            }
            out.write((HEADER.substring(HEADER.indexOf("##contig")) + RECORD).getBytes(StandardCharsets.US_ASCII));
        }

        assertTimeoutPreemptively(
                BOUNDED,
                () -> assertThatThrownBy(() -> VcfVariants.open(vcf, null))
                        .isInstanceOf(BundleFileException.class)
                        .hasMessage(vcf + ": line 100001: a header of more than 100000 lines"
                                + " (max-vcf-header-lines = 100000 in reference/input-limits.properties)"));
    }

    @Test
    void aHeaderLargerThanTheLimitIsRefused() throws IOException {
        Path vcf = dir.resolve("large-header.vcf");
        String info = "##note=" + "x".repeat(1000) + "\n";
        Files.writeString(
                vcf, "##fileformat=VCFv4.2\n" + info.repeat(3000) + HEADER.substring(HEADER.indexOf("##contig")));
        InputLimits limits = new InputLimits(8 << 20, 100_000, 2L << 20, 256L << 20);

        assertThatThrownBy(() -> VcfInput.open(vcf, limits))
                .isInstanceOf(BundleFileException.class)
                .hasMessage(vcf + ": line 2082: a header larger than 2 MiB"
                        + " (max-vcf-header-mib = 2 in reference/input-limits.properties)");
        try (VcfInput input = VcfInput.open(vcf, InputLimits.configured())) {
            assertThat(input.header().getGenotypeSamples()).containsExactly("T1");
        }
    }

    @Test
    void aContigLengthThatIsNotANumberIsSkipped() throws IOException {
        Path vcf = dir.resolve("odd-length.vcf");
        Files.writeString(
                vcf,
                HEADER.replace(
                                "##contig=<ID=chr7,length=159345973>",
                                "##contig=<ID=chr7,length=unknown>\n##contig=<ID=chr17,length=83257441>")
                        + RECORD);

        assertThat(GenomeBuild.fromHeader(vcf)).contains(GenomeBuild.GRCh38);
    }
}
