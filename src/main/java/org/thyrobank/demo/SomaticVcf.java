package org.thyrobank.demo;

import java.util.List;
import org.thyrobank.demo.Genome.Contig;

/** One caller's somatic VCF of one tumour specimen, records kept in contig order. */
interface SomaticVcf {

    /** A call of the allele; {@code passing} false gives the caller's own artefact filter. */
    void variant(Contig contig, long position, String ref, String alt, boolean passing, int depth, int altReads);

    /** The hotspot seen in too few reads to settle it ({@code depth} below the calling threshold). */
    void lowCoverage(Contig contig, long position, String ref, String alt, int depth);

    /** Passing somatic passengers and a few calls the filters caught, on chromosomes without hotspots. */
    void background();

    List<String> lines(String runDate);

    /** A random single-base change away from the hotspots, and outside the acrocentric short arms. */
    record Site(Contig contig, long position, String ref, String alt) {

        private static final String BASES = "ACGT";

        static Site background(Genome genome, Draw draw) {
            Contig contig = genome.contig(draw.oneOf(Genome.BACKGROUND_CHROMOSOMES));
            long start =
                    Genome.ACROCENTRIC_CHROMOSOMES.contains(contig.name().replace("chr", "")) ? 20_000_000 : 1_000_000;
            long position = start + (long) (draw.uniform(0, 1) * (contig.length() - start - 1_000_000));
            int refBase = draw.integer(0, 3);
            int altBase = (refBase + draw.integer(1, 3)) % 4;
            return new Site(
                    contig, position, BASES.substring(refBase, refBase + 1), BASES.substring(altBase, altBase + 1));
        }
    }
}
