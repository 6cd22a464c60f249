package org.thyrobank.genomics.vcf;

import htsjdk.variant.vcf.VCFContigHeaderLine;
import htsjdk.variant.vcf.VCFHeader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A VCF's records dealt into {@code shares} parts by contig, for importing one file as several partitions at once:
 * the header's {@code ##contig} lines, longest first, each to the share with the fewest bases so far (the first on a
 * tie), so the shares hold about equal parts of a genome-wide file. A contig the header does not list goes to share 0.
 * Every reader of the same header deals the same way, so each record is in exactly one share.
 */
public final class ContigShares {

    private final Map<String, Integer> shareOfContig = new HashMap<>();
    private byte[] lastChrom;
    private int lastShare;

    ContigShares(VCFHeader header, int shares) {
        if (shares < 1) {
            throw new IllegalArgumentException("shares must be at least 1, not " + shares);
        }
        List<VCFContigHeaderLine> contigs = new ArrayList<>(header.getContigLines());
        contigs.sort(Comparator.comparingLong(ContigShares::length).reversed());
        long[] bases = new long[shares];
        for (VCFContigHeaderLine contig : contigs) {
            int smallest = 0;
            for (int share = 1; share < shares; share++) {
                if (bases[share] < bases[smallest]) {
                    smallest = share;
                }
            }
            if (shareOfContig.putIfAbsent(contig.getID(), smallest) == null) {
                bases[smallest] += Math.max(1, length(contig));
            }
        }
    }

    /** The shares of a VCF as its header deals them (to find a partition's rows). */
    public static ContigShares of(Path vcf, int shares) {
        try (VcfInput input = VcfInput.open(vcf)) {
            return new ContigShares(input.header(), shares);
        }
    }

    /** The share of the records on {@code chrom} (as the file writes it). */
    public int shareOf(String chrom) {
        return shareOfContig.getOrDefault(chrom, 0);
    }

    /** The share of the record whose CHROM is {@code bytes[from, to)}; files are sorted, so the last answer is usually right. */
    int shareOf(byte[] bytes, int from, int to) {
        if (lastChrom == null || !Arrays.equals(bytes, from, to, lastChrom, 0, lastChrom.length)) {
            lastChrom = Arrays.copyOfRange(bytes, from, to);
            lastShare = shareOf(new String(lastChrom, StandardCharsets.UTF_8));
        }
        return lastShare;
    }

    private static long length(VCFContigHeaderLine contig) {
        String length = contig.getGenericFields().get("length");
        try {
            return length == null ? 0 : Long.parseLong(length);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
