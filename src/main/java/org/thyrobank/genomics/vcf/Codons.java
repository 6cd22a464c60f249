package org.thyrobank.genomics.vcf;

/** The standard genetic code, enough to read a codon on either strand. */
final class Codons {

    private static final String BASES = "TCAG";
    // amino acids in TCAG x TCAG x TCAG order (NCBI translation table 1)
    private static final String TABLE_1 = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG";

    private Codons() {}

    /** The one-letter amino acid a DNA codon codes for, {@code *} for a stop, {@code X} when a base is not ACGT. */
    static char translate(String codon) {
        if (codon.length() != 3) {
            throw new IllegalArgumentException("a codon has three bases: " + codon);
        }
        int index = 0;
        for (int i = 0; i < 3; i++) {
            int base = BASES.indexOf(Character.toUpperCase(codon.charAt(i)));
            if (base < 0) {
                return 'X';
            }
            index = index * 4 + base;
        }
        return TABLE_1.charAt(index);
    }

    static String reverseComplement(String bases) {
        StringBuilder out = new StringBuilder(bases.length());
        for (int i = bases.length() - 1; i >= 0; i--) {
            out.append(
                    switch (Character.toUpperCase(bases.charAt(i))) {
                        case 'A' -> 'T';
                        case 'C' -> 'G';
                        case 'G' -> 'C';
                        case 'T' -> 'A';
                        default -> 'N';
                    });
        }
        return out.toString();
    }
}
