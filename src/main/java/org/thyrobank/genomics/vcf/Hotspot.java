package org.thyrobank.genomics.vcf;

/**
 * One catalogue hotspot (a row of {@code reference/hotspots.tsv}). Its loci cover the whole codon (or the
 * single promoter base) on the plus strand; {@code refPlus} are the reference bases there. A coding hotspot
 * is made by any change of the codon that codes for {@code altAminoAcid} on the gene's strand; a promoter
 * hotspot ({@code altAminoAcid} empty) by the plus-strand bases {@code altPlus}.
 */
public record Hotspot(
        String id,
        String gene,
        String proteinChange,
        String cdnaChange,
        char strand,
        Locus grch37,
        Locus grch38,
        String refPlus,
        String altAminoAcid,
        String altPlus) {

    public Hotspot {
        if (strand != '+' && strand != '-') {
            throw new IllegalArgumentException(id + ": strand must be + or -");
        }
        if (grch37.length() != refPlus.length() || grch38.length() != refPlus.length()) {
            throw new IllegalArgumentException(id + ": the loci must span the reference bases " + refPlus);
        }
        if (altAminoAcid.isEmpty() == altPlus.isEmpty()) {
            throw new IllegalArgumentException(id + ": give either an alternate amino acid or alternate bases");
        }
        if (!altAminoAcid.isEmpty() && refPlus.length() != 3) {
            throw new IllegalArgumentException(id + ": a coding hotspot spans one codon");
        }
    }

    public Locus locus(GenomeBuild build) {
        return build == GenomeBuild.GRCh37 ? grch37 : grch38;
    }

    /** Whether these plus-strand bases over the locus (the reference with a sample's changes applied) are this hotspot. */
    boolean isMadeBy(String mutantPlus) {
        if (mutantPlus.equals(refPlus)) {
            return false;
        }
        if (altAminoAcid.isEmpty()) {
            return mutantPlus.equals(altPlus);
        }
        return altAminoAcid.charAt(0) == aminoAcid(mutantPlus);
    }

    /** The amino acid these plus-strand codon bases code for, read on the gene's strand. */
    char aminoAcid(String codonPlus) {
        return Codons.translate(strand == '-' ? Codons.reverseComplement(codonPlus) : codonPlus);
    }
}
