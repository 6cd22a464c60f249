package org.thyrobank.demo;

import static org.thyrobank.demo.Table.decimal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.thyrobank.demo.Genome.Contig;

/**
 * One tumour-only VCF as GATK Mutect2 (with a panel of normals) and FilterMutectCalls write it. Records are kept
 * in contig order; a record with ALT {@code .} states the depth at a hotspot where the caller was forced to
 * report and saw no alternate allele.
 */
final class MutectVcf implements SomaticVcf {

    private static final List<String> ARTEFACT_FILTERS = List.of("weak_evidence", "strand_bias", "clustered_events");

    private record Line(int rank, long position, String text) {}

    private final Genome genome;
    private final String tumour;
    private final Draw draw;
    private final List<Line> lines = new ArrayList<>();

    MutectVcf(Genome genome, String tumour, Draw draw) {
        this.genome = genome;
        this.tumour = tumour;
        this.draw = draw;
    }

    @Override
    public void variant(
            Contig contig, long position, String ref, String alt, boolean passing, int depth, int altReads) {
        variant(contig, position, ref, alt, passing ? "PASS" : "strand_bias", depth, altReads);
    }

    /** Mutect2 forced to report the site: a record with ALT {@code .} and the depth it saw. */
    @Override
    public void lowCoverage(Contig contig, long position, String ref, String alt, int depth) {
        referenceOnly(contig, position, ref, depth);
    }

    private void variant(Contig contig, long position, String ref, String alt, String filter, int depth, int altReads) {
        int refReads = depth - altReads;
        String info = "DP=%d;ECNT=1;TLOD=%s".formatted(depth, decimal(altReads * draw.uniform(2.6, 3.4), 2));
        String sample = "0/1:%d,%d:%s:%d:%s"
                .formatted(
                        refReads,
                        altReads,
                        decimal((altReads + 1.0) / (depth + 2.0), 3),
                        depth,
                        orientations(refReads, altReads));
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
                        filter,
                        info,
                        "GT:AD:AF:DP:F1R2:F2R1",
                        sample)));
    }

    private void referenceOnly(Contig contig, long position, String ref, int depth) {
        String sample = "0/0:%d:%d".formatted(depth, depth);
        lines.add(new Line(
                contig.rank(),
                position,
                String.join(
                        "\t",
                        contig.name(),
                        String.valueOf(position),
                        ".",
                        ref,
                        ".",
                        ".",
                        "PASS",
                        "DP=" + depth,
                        "GT:AD:DP",
                        sample)));
    }

    @Override
    public void background() {
        int passing = draw.integer(12, 26);
        int filtered = draw.integer(2, 6);
        for (int i = 0; i < passing + filtered; i++) {
            Site site = Site.background(genome, draw);
            int depth = draw.integer(80, 320);
            double vaf = i < passing ? draw.uniform(0.05, 0.48) : draw.uniform(0.02, 0.08);
            int altReads = Math.max(2, (int) Math.round(depth * vaf));
            String filter = i < passing ? "PASS" : draw.oneOf(ARTEFACT_FILTERS);
            variant(site.contig(), site.position(), site.ref(), site.alt(), filter, depth, altReads);
        }
    }

    @Override
    public List<String> lines(String runDate) {
        List<String> out = new ArrayList<>(MutectHeader.lines(genome, tumour, runDate));
        out.add(String.join("\t", "#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT", tumour));
        lines.stream()
                .sorted(Comparator.comparingInt(Line::rank).thenComparingLong(Line::position))
                .map(Line::text)
                .forEach(out::add);
        return out;
    }

    /** F1R2 and F2R1: each allele's reads split about evenly between the two pair orientations. */
    private String orientations(int refReads, int altReads) {
        int refF1r2 = half(refReads);
        int altF1r2 = half(altReads);
        return "%d,%d:%d,%d".formatted(refF1r2, altF1r2, refReads - refF1r2, altReads - altF1r2);
    }

    private int half(int reads) {
        return Math.max(0, Math.min(reads, (int) Math.round(reads / 2.0 + draw.normal(0, Math.sqrt(reads) / 4))));
    }
}
