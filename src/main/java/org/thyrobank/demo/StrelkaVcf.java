package org.thyrobank.demo;

import static org.thyrobank.demo.Table.decimal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.thyrobank.demo.Genome.Contig;

/**
 * One {@code somatic.snvs.vcf} as Strelka2's somatic workflow writes it: NORMAL and TUMOR columns, per sample the
 * tier-1 depth {@code DP} (used plus filtered base calls) and the tier-1,tier-2 counts of each base
 * {@code AU:CU:GU:TU}, the somatic quality {@code QSS} and {@code SomaticEVS} in INFO; calls below the EVS
 * threshold are kept with FILTER {@code LowEVS}. Strelka2 writes only candidate somatic sites, so a wild-type
 * hotspot has no record and is told from the panel's covered regions.
 */
final class StrelkaVcf implements SomaticVcf {

    static final String NORMAL = "NORMAL";
    static final String TUMOUR = "TUMOR";
    private static final String BASES = "ACGT";

    private record Line(int rank, long position, String text) {}

    private final Genome genome;
    private final String tumourBam;
    private final String normalBam;
    private final Draw draw;
    private final List<Line> lines = new ArrayList<>();

    StrelkaVcf(Genome genome, String tumourBam, String normalBam, Draw draw) {
        this.genome = genome;
        this.tumourBam = tumourBam;
        this.normalBam = normalBam;
        this.draw = draw;
    }

    @Override
    public void variant(
            Contig contig, long position, String ref, String alt, boolean passing, int depth, int altReads) {
        int normalDepth = (int) Math.round(depth * draw.uniform(0.6, 1.1));
        double evs = passing ? draw.uniform(8, 32) : draw.uniform(0.4, 6.5);
        int qss = (int) Math.min(250, Math.round(altReads * draw.uniform(2.2, 3.2)));
        String info =
                "SOMATIC;QSS=%d;TQSS=1;NT=ref;QSS_NT=%d;TQSS_NT=1;SGT=%s->%s;DP=%d;MQ=60.00;MQ0=0;ReadPosRankSum=%s;SNVSB=0.00;SomaticEVS=%s"
                        .formatted(
                                qss,
                                qss,
                                ref + ref,
                                sorted(ref, alt),
                                normalDepth + depth,
                                decimal(draw.uniform(-1.5, 1.5), 2),
                                decimal(evs, 2));
        lines.add(new Line(
                contig.rank(),
                position,
                String.join(
                        "\t",
                        contig.name(),
                        String.valueOf(position),
                        ".",
                        ref,
                        alt,
                        ".",
                        passing ? "PASS" : "LowEVS",
                        info,
                        "DP:FDP:SDP:SUBDP:AU:CU:GU:TU",
                        sample(ref, alt, normalDepth, 0),
                        sample(ref, alt, depth, altReads))));
    }

    /** Strelka2 keeps a site seen in a handful of reads with one carrying the allele, as LowEVS. */
    @Override
    public void lowCoverage(Contig contig, long position, String ref, String alt, int depth) {
        variant(contig, position, ref, alt, false, depth, 1);
    }

    @Override
    public void background() {
        int passing = draw.integer(12, 26);
        int filtered = draw.integer(2, 6);
        for (int i = 0; i < passing + filtered; i++) {
            Site site = Site.background(genome, draw);
            int depth = draw.integer(80, 320);
            double vaf = i < passing ? draw.uniform(0.05, 0.48) : draw.uniform(0.02, 0.08);
            variant(site.contig(), site.position(), site.ref(), site.alt(), i < passing, depth, Math.max(2, (int)
                    Math.round(depth * vaf)));
        }
    }

    @Override
    public List<String> lines(String runDate) {
        List<String> out = new ArrayList<>(List.of(
                "##fileformat=VCFv4.1",
                "##FILTER=<ID=PASS,Description=\"All filters passed\">",
                "##source=strelka",
                "##source_version=2.9.10",
                "##startTime=" + runDate,
                "##cmdline=/opt/strelka/bin/configureStrelkaSomaticWorkflow.py --normalBam %s.bam --tumorBam %s.bam --referenceFasta %s --exome --runDir strelka"
                        .formatted(normalBam, tumourBam, genome.reference.substring("file://".length())),
                "##reference=" + genome.reference));
        for (Contig contig : genome.contigs()) {
            out.add("##contig=<ID=%s,length=%d>".formatted(contig.name(), contig.length()));
        }
        out.addAll(List.of(
                "##content=strelka somatic snv calls",
                "##normal_sample=" + NORMAL,
                "##tumor_sample=" + TUMOUR,
                "##priorSomaticSnvQuality=60",
                "##INFO=<ID=QSS,Number=1,Type=Integer,Description=\"Quality score for any somatic snv, ie. for the ALT allele to be present at a significantly different frequency in the tumor and normal\">",
                "##INFO=<ID=TQSS,Number=1,Type=Integer,Description=\"Data tier used to compute QSS\">",
                "##INFO=<ID=NT,Number=1,Type=String,Description=\"Genotype of the normal in all data tiers, as used to classify somatic variants. One of {ref,het,hom,conflict}.\">",
                "##INFO=<ID=QSS_NT,Number=1,Type=Integer,Description=\"Quality score reflecting the joint probability of a somatic variant and NT\">",
                "##INFO=<ID=TQSS_NT,Number=1,Type=Integer,Description=\"Data tier used to compute QSS_NT\">",
                "##INFO=<ID=SGT,Number=1,Type=String,Description=\"Most likely somatic genotype excluding normal noise states\">",
                "##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description=\"Somatic mutation\">",
                "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Combined depth across samples\">",
                "##INFO=<ID=MQ,Number=1,Type=Float,Description=\"RMS Mapping Quality\">",
                "##INFO=<ID=MQ0,Number=1,Type=Integer,Description=\"Total Mapping Quality Zero Reads\">",
                "##INFO=<ID=ReadPosRankSum,Number=1,Type=Float,Description=\"Z-score from Wilcoxon rank sum test of Alt Vs. Ref read-position in the tumor\">",
                "##INFO=<ID=SNVSB,Number=1,Type=Float,Description=\"Somatic SNV site strand bias\">",
                "##INFO=<ID=SomaticEVS,Number=1,Type=Float,Description=\"Somatic Empirical Variant Score (EVS) expressing the phred-scaled probability of the call being a false positive observation.\">",
                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth for tier1 (used+filtered)\">",
                "##FORMAT=<ID=FDP,Number=1,Type=Integer,Description=\"Number of basecalls filtered from original read depth for tier1\">",
                "##FORMAT=<ID=SDP,Number=1,Type=Integer,Description=\"Number of reads with deletions spanning this site at tier1\">",
                "##FORMAT=<ID=SUBDP,Number=1,Type=Integer,Description=\"Number of reads below tier1 mapping quality threshold aligned across this site\">",
                "##FORMAT=<ID=AU,Number=2,Type=Integer,Description=\"Number of 'A' alleles used in tiers 1,2\">",
                "##FORMAT=<ID=CU,Number=2,Type=Integer,Description=\"Number of 'C' alleles used in tiers 1,2\">",
                "##FORMAT=<ID=GU,Number=2,Type=Integer,Description=\"Number of 'G' alleles used in tiers 1,2\">",
                "##FORMAT=<ID=TU,Number=2,Type=Integer,Description=\"Number of 'T' alleles used in tiers 1,2\">",
                "##FILTER=<ID=LowEVS,Description=\"Somatic Empirical Variant Score (SomaticEVS) is below threshold\">",
                "##FILTER=<ID=LowDepth,Description=\"Tumor or normal sample read depth at this locus is below 2\">",
                String.join(
                        "\t", "#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT", NORMAL,
                        TUMOUR)));
        lines.stream()
                .sorted(Comparator.comparingInt(Line::rank).thenComparingLong(Line::position))
                .map(Line::text)
                .forEach(out::add);
        return out;
    }

    /**
     * One sample's values: {@code depth} tier-1 reads of which a few base calls were filtered ({@code FDP}), the rest
     * on the reference or the alternate base; tier 2 (lenient mapping quality) adds a few reads to each.
     */
    private String sample(String ref, String alt, int depth, int altReads) {
        int filtered = Math.min(depth - altReads, draw.integer(0, 2));
        int[] tier1 = new int[4];
        tier1[BASES.indexOf(alt)] = altReads;
        tier1[BASES.indexOf(ref)] = depth - altReads - filtered;
        StringBuilder counts = new StringBuilder();
        for (int base = 0; base < 4; base++) {
            int tier2 = tier1[base] + (tier1[base] == 0 ? 0 : draw.integer(0, 3));
            counts.append(':').append(tier1[base]).append(',').append(tier2);
        }
        return "%d:%d:0:%d%s".formatted(depth, filtered, draw.integer(0, 2), counts);
    }

    /** Strelka2 writes a genotype's two bases in alphabetical order. */
    private static String sorted(String ref, String alt) {
        return ref.compareTo(alt) < 0 ? ref + alt : alt + ref;
    }
}
