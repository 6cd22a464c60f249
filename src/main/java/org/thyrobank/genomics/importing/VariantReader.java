package org.thyrobank.genomics.importing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.thyrobank.genomics.vcf.VcfVariant;
import org.thyrobank.genomics.vcf.VcfVariants;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundleFileParameters;

/**
 * Streams the variants of the partition's VCF (or of its contig share, {@link VcfShare}) for the manifest's sample as blocks of up to {@code chunk-size}
 * rows, each block one item and one chunk: Spring Batch's work per item (listeners, retry state, observation
 * lookups) then runs once per block instead of once per row, which had cost the import more than reading the VCF
 * (docs/performance.md). {@link VariantWriter} counts the rows.
 *
 * <p>A bad record ends the block before it, and the next read throws its
 * {@link org.thyrobank.platform.BundleFileException} naming the file and line: the file is rejected, or under
 * {@code skip-limit} that one record is skipped and reading goes on after it.
 */
class VariantReader implements ItemStreamReader<List<VcfVariant>>, StepExecutionListener {

    private final int rowsPerBlock;
    private BundleFile file;
    private String sample;
    private VcfShare share;
    private VcfVariants variants;
    /** The bad record that ended the last block, thrown by the next read. */
    private BundleFileException badRecord;

    VariantReader(int rowsPerBlock) {
        this.rowsPerBlock = rowsPerBlock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        file = BundleFileParameters.file(stepExecution.getJobParameters());
        sample = stepExecution.getJobParameters().getString(VcfImportJob.SAMPLE);
        share = VcfShare.of(stepExecution);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        badRecord = null;
        variants = VcfVariants.open(file.path(), sample, share.share(), share.shares());
    }

    @Override
    public List<VcfVariant> read() {
        if (badRecord != null) {
            BundleFileException bad = badRecord;
            badRecord = null;
            throw bad;
        }
        List<VcfVariant> block = new ArrayList<>(Math.min(rowsPerBlock, 8192));
        try {
            while (block.size() < rowsPerBlock && variants.hasNext()) {
                block.add(variants.next());
            }
        } catch (BundleFileException e) {
            if (block.isEmpty()) {
                throw e;
            }
            badRecord = e;
        }
        return block.isEmpty() ? null : block;
    }

    @Override
    public void close() {
        if (variants != null) {
            variants.close();
            variants = null;
        }
    }
}
