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

    private VcfVariants(VcfInput input, List<String> samples) {
        this.input = input;
        this.samples = samples;
        this.convention = AlleleCounts.forHeader(input.header());
        this.caller = input.source();
    }

    /**
     * Opens a VCF and reads its header.
     *
     * @param sample the only sample to yield, or {@code null} for every sample but the {@code ##normal_sample}
     */
    public static VcfVariants open(Path vcf, String sample) {
        VcfInput input = VcfInput.open(vcf);
        try {
            return new VcfVariants(input, input.reportedSamples(sample));
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
            String line = input.nextLine();
            if (line == null) {
                finished = true;
            } else {
                VariantContext record = input.decode(line);
                try {
                    queue(record);
                } catch (RuntimeException e) {
                    throw input.problemAt("bad sample values: " + e.getMessage());
                }
            }
        }
        return !pending.isEmpty();
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
