package org.thyrobank.genomics.vcf;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.MutationFuzzer;

/**
 * Mutated VCFs (src/test/resources/fuzz/vcf*) through every way a VCF is read: its variants streamed, its build
 * told, its hotspots called. Each must be read or refused with a {@link BundleFileException} naming it.
 */
class VcfFuzzTests {

    @TempDir
    Path dir;

    private static void readEveryWay(Path vcf) {
        try (VcfVariants variants = VcfVariants.open(vcf, null)) {
            while (variants.hasNext()) {
                variants.next();
            }
        }
        GenomeBuild.fromHeader(vcf);
        HotspotCaller.call(vcf, CallSettings.defaults(), warning -> {});
    }

    private static boolean namesTheFile(Throwable outcome, Path vcf) {
        return outcome instanceof BundleFileException e
                && e.file().equals(vcf.toString())
                && e.getMessage().startsWith(vcf + ": ")
                && !e.problems().isEmpty();
    }

    @Test
    void plainVcf() throws IOException {
        Path vcf = dir.resolve("fuzzed.vcf");
        MutationFuzzer.fuzz(
                        "vcf",
                        14,
                        MutationFuzzer.corpus("vcf"),
                        MutationFuzzer::mutate,
                        vcf,
                        MutationFuzzer.PER_READER,
                        VcfFuzzTests::readEveryWay,
                        outcome -> namesTheFile(outcome, vcf))
                .assertBothSeen("vcf");
    }

    @Test
    void bgzipVcf() throws IOException {
        Path vcf = dir.resolve("fuzzed.vcf.gz");
        MutationFuzzer.fuzz(
                        "vcf-bgzip",
                        14,
                        MutationFuzzer.corpus("vcf-bgzip"),
                        VcfFuzzTests::mutateCompressedOrText,
                        vcf,
                        MutationFuzzer.PER_READER,
                        VcfFuzzTests::readEveryWay,
                        outcome -> namesTheFile(outcome, vcf))
                .assertBothSeen("vcf-bgzip");
    }

    /** Half the inputs are damaged BGZF (blocks, end marker); half are damaged text compressed whole again. */
    private static byte[] mutateCompressedOrText(byte[] bgzip, Random random) {
        if (random.nextBoolean()) {
            return MutationFuzzer.mutate(bgzip, random);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bgzip))) {
            byte[] text = MutationFuzzer.mutate(in.readAllBytes(), random);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (BlockCompressedOutputStream out = new BlockCompressedOutputStream(compressed, (Path) null)) {
                out.write(text);
            }
            return compressed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
