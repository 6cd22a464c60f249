package org.thyrobank.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.Locus;

/**
 * The canonical change of a catalogue hotspot on the plus strand, as a MAF row gives it: the bases its cDNA change
 * ({@code c.1799T>A}, {@code c.1798_1799delinsAA}) alters within the codon, or the promoter base and its
 * {@code altPlus}. A gene on the minus strand reads the codon backwards and complemented.
 */
record HotspotAllele(
        String chromosome,
        int start,
        int end,
        String referenceAllele,
        String tumourAllele,
        String variantClassification,
        String variantType) {

    private static final Pattern SUBSTITUTION = Pattern.compile("c\\.(\\d+)([ACGT])>([ACGT])");
    private static final Pattern DELINS = Pattern.compile("c\\.(\\d+)_(\\d+)delins([ACGT]+)");

    static HotspotAllele of(Hotspot hotspot, GenomeBuild build) {
        Locus locus = hotspot.locus(build);
        if (hotspot.altAminoAcid().isEmpty()) {
            return new HotspotAllele(
                    locus.chrom(), locus.start(), locus.end(), hotspot.refPlus(), hotspot.altPlus(), "5'Flank", "SNP");
        }
        int first;
        int last;
        String codingAlt;
        Matcher m = SUBSTITUTION.matcher(hotspot.cdnaChange());
        Matcher d = DELINS.matcher(hotspot.cdnaChange());
        if (m.matches()) {
            first = (Integer.parseInt(m.group(1)) - 1) % 3;
            last = first;
            codingAlt = m.group(3);
        } else if (d.matches()) {
            first = (Integer.parseInt(d.group(1)) - 1) % 3;
            last = (Integer.parseInt(d.group(2)) - 1) % 3;
            codingAlt = d.group(3);
        } else {
            throw new IllegalArgumentException(hotspot.id() + ": cannot place cDNA change " + hotspot.cdnaChange());
        }
        boolean plus = hotspot.strand() == '+';
        int from = plus ? first : 2 - last;
        int to = plus ? last : 2 - first;
        String alt = plus ? codingAlt : reverseComplement(codingAlt);
        return new HotspotAllele(
                locus.chrom(),
                locus.start() + from,
                locus.start() + to,
                hotspot.refPlus().substring(from, to + 1),
                alt,
                "Missense_Mutation",
                from == to ? "SNP" : to - from == 1 ? "DNP" : "ONP");
    }

    private static String reverseComplement(String bases) {
        StringBuilder out = new StringBuilder();
        for (int i = bases.length() - 1; i >= 0; i--) {
            out.append(
                    switch (bases.charAt(i)) {
                        case 'A' -> 'T';
                        case 'C' -> 'G';
                        case 'G' -> 'C';
                        case 'T' -> 'A';
                        default -> throw new IllegalArgumentException("not a base: " + bases.charAt(i));
                    });
        }
        return out.toString();
    }
}
