package org.thyrobank.genomics.vcf;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bases one allele, or several alleles on one haplotype, put into a hotspot's locus, with the figures
 * that carry them. Built only from substitutions (SNVs and MNVs, however anchored) whose changed bases all
 * lie inside the locus: an indel or a change that reaches beyond the codon is not this protein change.
 */
record CodonChange(Map<Integer, Character> edits, boolean passing, AlleleFigures figures) {

    /** The change an allele makes in {@code locus}, or {@code null} when it makes none there. */
    static CodonChange of(Locus locus, SampleRecord.Alternate alternate, boolean passing) {
        String ref = alternate.ref();
        String alt = alternate.bases();
        if (alt == null || alt.length() != ref.length()) {
            return null;
        }
        Map<Integer, Character> edits = new TreeMap<>();
        for (int i = 0; i < ref.length(); i++) {
            char base = Character.toUpperCase(alt.charAt(i));
            if (base != Character.toUpperCase(ref.charAt(i))) {
                int position = alternate.position() + i;
                if (!locus.contains(position)) {
                    return null;
                }
                edits.put(position, base);
            }
        }
        return edits.isEmpty() ? null : new CodonChange(edits, passing, alternate.figures());
    }

    /**
     * Several changes on one haplotype read as one: their edits together, passing only if all passed, with
     * the figures of the most weakly supported part.
     */
    static CodonChange together(List<CodonChange> parts) {
        Map<Integer, Character> edits = new TreeMap<>();
        parts.forEach(part -> part.edits.forEach(edits::putIfAbsent));
        boolean passing = parts.stream().allMatch(CodonChange::passing);
        AlleleFigures weakest = parts.stream()
                .map(CodonChange::figures)
                .min(Comparator.comparing(AlleleFigures::altReads, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
        return new CodonChange(edits, passing, weakest);
    }

    /** The plus-strand bases of the locus with this change applied. */
    String applyTo(Locus locus, String refPlus) {
        StringBuilder bases = new StringBuilder(refPlus);
        edits.forEach((position, base) -> bases.setCharAt(position - locus.start(), base));
        return bases.toString();
    }

    boolean hasAltReads() {
        return figures.altReads() == null || figures.altReads() > 0;
    }
}
