package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.platform.BundleFileException;

/** A VCF read as contig shares gives every variant once, in some share, whatever the number of shares. */
class ContigSharesTests {

    @TempDir
    Path dir;

    static Stream<Path> vcfs() throws IOException {
        return PlainRecordsTests.realAndExampleVcfs().filter(ContigSharesTests::readable);
    }

    private static boolean readable(Path vcf) {
        try (VcfVariants variants = VcfVariants.open(vcf, null)) {
            variants.forEachRemaining(variant -> {});
            return true;
        } catch (BundleFileException e) {
            return false;
        }
    }

    private static List<VcfVariant> read(Path vcf, int share, int shares) {
        List<VcfVariant> variants = new ArrayList<>();
        try (VcfVariants reader = VcfVariants.open(vcf, null, share, shares)) {
            reader.forEachRemaining(variants::add);
        }
        return variants;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vcfs")
    void theSharesOfAFileHoldEachOfItsVariantsOnce(Path vcf) {
        List<VcfVariant> whole = read(vcf, 0, 1);
        for (int shares = 2; shares <= 4; shares++) {
            int n = shares;
            List<VcfVariant> dealt = new ArrayList<>(IntStream.range(0, n)
                    .mapToObj(share -> read(vcf, share, n))
                    .flatMap(List::stream)
                    .toList());
            dealt.sort(Comparator.comparingLong(VcfVariant::line));
            assertThat(dealt).as(n + " shares").isEqualTo(whole);
        }
    }

    @Test
    void longContigsAreSpreadAndUnlistedOnesGoToTheFirstShare() {
        try (VcfInput input = VcfInput.open(Fixtures.path("mutect2-statuses.vcf"))) {
            ContigShares shares = new ContigShares(input.header(), 2);
            assertThat(input.header().getContigLines()).hasSizeGreaterThan(2);
            // the two longest contigs of the header go to different shares
            assertThat(shares.shareOf("chr1")).isNotEqualTo(shares.shareOf("chr3"));
            assertThat(shares.shareOf("chrUn_not_in_header")).isZero();
        }
    }

    /** A bad line is checked by the share its CHROM falls in only: the other shares pass over it unread. */
    @Test
    void aBadLineIsTheConcernOfItsOwnShareOnly() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.path("mutect2-statuses.vcf")));
        lines.add("chr1\t5\t.\tA\tG");
        Path vcf = Files.write(dir.resolve("bad-on-chr1.vcf"), lines);
        int badShare;
        try (VcfInput input = VcfInput.open(vcf)) {
            badShare = new ContigShares(input.header(), 2).shareOf("chr1");
        }
        assertThatThrownBy(() -> read(vcf, badShare, 2))
                .isInstanceOf(BundleFileException.class)
                .hasMessageContaining("tab-separated columns");
        assertThat(read(vcf, 1 - badShare, 2)).isNotEmpty();
    }
}
