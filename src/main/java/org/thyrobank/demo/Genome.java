package org.thyrobank.demo;

import java.util.ArrayList;
import java.util.List;

/** The two reference builds the runs are aligned to: contig names and lengths, and the hotspot positions. */
enum Genome {
    GRCH37("GRCh37", "", "file:///references/human_g1k_v37.fasta", new long[] {
        249250621, 243199373, 198022430, 191154276, 180915260, 171115067, 159138663, 146364022, 141213431, 135534747,
        135006516, 133851895, 115169878, 107349540, 102531392, 90354753, 81195210, 78077248, 59128983, 63025520,
        48129895, 51304566, 155270560, 59373566, 16569
    }),
    GRCH38("GRCh38", "chr", "file:///references/Homo_sapiens_assembly38.fasta", new long[] {
        248956422, 242193529, 198295559, 190214555, 181538259, 170805979, 159345973, 145138636, 138394717, 133797422,
        135086622, 133275309, 114364328, 107043718, 101991189, 90338345, 83257441, 80373285, 58617616, 64444167,
        46709983, 50818468, 156040895, 57227415, 16569
    });

    /** Chromosomes that carry no catalogue hotspot (NRAS 1, PIK3CA 3, TERT 5, BRAF 7, HRAS 11, KRAS 12, AKT1 14). */
    static final List<String> BACKGROUND_CHROMOSOMES =
            List.of("2", "4", "6", "8", "9", "10", "13", "15", "16", "17", "18", "19", "20", "22");

    /** Their short arms are not in the assembly: no reads, no calls in the first 20 Mb. */
    static final List<String> ACROCENTRIC_CHROMOSOMES = List.of("13", "15", "22");

    final String build;
    final String reference;
    private final String prefix;
    private final long[] lengths;

    Genome(String build, String prefix, String reference, long[] lengths) {
        this.build = build;
        this.prefix = prefix;
        this.reference = reference;
        this.lengths = lengths;
    }

    record Contig(String name, long length, int rank) {}

    List<Contig> contigs() {
        List<Contig> contigs = new ArrayList<>();
        for (int i = 0; i < lengths.length; i++) {
            String chromosome = i < 22 ? String.valueOf(i + 1) : i == 22 ? "X" : i == 23 ? "Y" : "M";
            contigs.add(contig(chromosome, i));
        }
        return contigs;
    }

    Contig contig(String chromosome) {
        int rank = switch (chromosome) {
            case "X" -> 22;
            case "Y" -> 23;
            case "M" -> 24;
            default -> Integer.parseInt(chromosome) - 1;
        };
        return contig(chromosome, rank);
    }

    private Contig contig(String chromosome, int rank) {
        String name = chromosome.equals("M") && prefix.isEmpty() ? "MT" : prefix + chromosome;
        return new Contig(name, lengths[rank], rank);
    }

    int position(Hotspot hotspot) {
        return this == GRCH37 ? hotspot.grch37 : hotspot.grch38;
    }

    /** The hotspots the cohort carries; TERT lies on the minus strand, so c.-124C>T shows as G>A. */
    enum Hotspot {
        BRAF_V600E("7", 140453136, 140753336, "A", "T"),
        TERT_C228T("5", 1295228, 1295113, "G", "A"),
        TERT_C250T("5", 1295250, 1295135, "G", "A");

        final String chromosome;
        final String ref;
        final String alt;
        private final int grch37;
        private final int grch38;

        Hotspot(String chromosome, int grch37, int grch38, String ref, String alt) {
            this.chromosome = chromosome;
            this.grch37 = grch37;
            this.grch38 = grch38;
            this.ref = ref;
            this.alt = alt;
        }
    }
}
