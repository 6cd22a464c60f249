package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFConstants;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import org.thyrobank.platform.BundleFileException;

/**
 * Streams every variant of a VCF ({@code .vcf}, BGZF or gzip {@code .vcf.gz}, gVCF) once, one
 * {@link VcfVariant} per reported sample and alternate allele, in file order. gVCF reference blocks and the
 * {@code <NON_REF>}/spanning-deletion alleles are not variants and are skipped. Holds one record at a time.
 * Reading stops with a {@link BundleFileException} naming the file and line at the first bad record.
 */
public final class VcfVariants implements Iterator<VcfVariant>, AutoCloseable {

    private final VcfInput input;
    private final List<String> samples;
    private final AlleleCounts convention;
    /** Read from the header once: every record carries it. */
    private final String caller;

    private final Queue<VcfVariant> pending = new ArrayDeque<>();
    private boolean finished;

    /** Reads the common records without htsjdk's decoding, or {@code null} to decode every record with htsjdk. */
    private final PlainRecords plain;

    /** Which records are this reader's: all of them, or one contig share of the file ({@link ContigShares}). */
    private final ContigShares shares;

    private final int share;

    private VcfVariants(VcfInput input, List<String> samples, boolean plainRecords, int share, int shares) {
        this.input = input;
        this.samples = samples;
        this.convention = AlleleCounts.forHeader(input.header());
        this.caller = input.source();
        this.plain = plainRecords ? PlainRecords.forFile(input, samples, convention, caller) : null;
        this.shares = shares == 1 ? null : new ContigShares(input.header(), shares);
        this.share = share;
    }

    /**
     * Opens a VCF and reads its header.
     *
     * @param sample the only sample to yield, or {@code null} for every sample but the {@code ##normal_sample}
     */
    public static VcfVariants open(Path vcf, String sample) {
        return open(vcf, sample, true, 0, 1);
    }

    /**
     * {@link #open(Path, String)} for one contig share of the file: only the records of contigs {@link ContigShares}
     * deals to {@code share} of {@code shares} are read (and checked); the others are passed over unread.
     */
    public static VcfVariants open(Path vcf, String sample, int share, int shares) {
        return open(vcf, sample, true, share, shares);
    }

    /** {@link #open(Path, String)}, with every record decoded by htsjdk unless {@code plainRecords}; tests compare the two. */
    static VcfVariants open(Path vcf, String sample, boolean plainRecords) {
        return open(vcf, sample, plainRecords, 0, 1);
    }

    private static VcfVariants open(Path vcf, String sample, boolean plainRecords, int share, int shares) {
        if (share < 0 || share >= shares) {
            throw new IllegalArgumentException("share " + share + " of " + shares);
        }
        VcfInput input = VcfInput.open(vcf);
        try {
            return new VcfVariants(input, input.reportedSamples(sample), plainRecords, share, shares);
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** The samples whose variants are yielded, in header order. */
    public List<String> samples() {
        return samples;
    }

    /** The caller as the file's {@code ##source} names it, or {@code null}. */
    public String caller() {
        return caller;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !finished) {
            if (!input.nextDataLine()) {
                finished = true;
            } else if (mine(input.current())) {
                input.checkColumns();
                if (plain == null || !plain.read(input.current(), input.lineNumber(), pending)) {
                    VariantContext record = input.decode(input.current().text());
                    try {
                        queue(record);
                    } catch (RuntimeException e) {
                        throw input.problemAt("bad sample values: " + VcfInput.htsjdkProblem(e));
                    }
                }
            }
        }
        return !pending.isEmpty();
    }

    /** Whether the line's record is in this reader's share (told by its CHROM bytes alone, before any check). */
    private boolean mine(ByteLines line) {
        if (shares == null) {
            return true;
        }
        byte[] bytes = line.buffer();
        int chromEnd = line.start();
        while (chromEnd < line.end() && bytes[chromEnd] != '\t') {
            chromEnd++;
        }
        return shares.shareOf(bytes, line.start(), chromEnd) == share;
    }

    @Override
    public VcfVariant next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.remove();
    }

    private void queue(VariantContext record) {
        if (GvcfBlock.isBlock(record)) {
            return;
        }
        String filter = record.isFiltered()
                ? String.join(";", record.getFilters())
                : record.filtersWereApplied() ? VCFConstants.PASSES_FILTERS_v4 : VCFConstants.UNFILTERED;
        for (String sample : samples) {
            SampleCounts counts = convention.read(record, record.getGenotype(sample));
            for (int i = 1; i < record.getNAlleles(); i++) {
                Allele alt = record.getAlleles().get(i);
                if (alt.isNonRefAllele() || alt.equals(Allele.SPAN_DEL)) {
                    continue;
                }
                AlleleFigures figures = counts.figures(i);
                pending.add(new VcfVariant(
                        sample,
                        record.getContig(),
                        record.getStart(),
                        record.getReference().getDisplayString(),
                        alt.getDisplayString(),
                        filter,
                        figures.depth(),
                        figures.altReads(),
                        figures.vaf(),
                        caller(),
                        input.lineNumber()));
            }
        }
    }

    @Override
    public void close() {
        input.close();
    }
}
