package org.thyrobank.genomics.importing;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.thyrobank.genomics.vcf.VcfVariant;
import org.thyrobank.genomics.vcf.VcfVariants;
import org.thyrobank.platform.importing.BundleFile;

/**
 * Streams the variants of the execution's VCF for the manifest's sample, one record at a time. A bad record
 * throws the {@link org.thyrobank.platform.BundleFileException} naming the file and line. With a read-ahead the
 * file is parsed on a thread of its own, at most that many records ahead of the step's thread (which spends
 * its time on the JDBC round trips), and the step sees the same records and failures in the same order.
 */
class VariantReader implements ItemStreamReader<VcfVariant>, StepExecutionListener {

    private final int readAhead;
    private BundleFile file;
    private String sample;
    private VcfVariants variants;
    private ReadAhead<VcfVariant> ahead;

    /** @param readAhead records parsed ahead on a thread of their own; 0: parsed on the step's thread */
    VariantReader(int readAhead) {
        if (readAhead < 0) {
            throw new IllegalArgumentException("batch-jobs/" + VcfImportJob.SETTINGS
                    + ".properties: read-ahead must be 0 or more, not " + readAhead);
        }
        this.readAhead = readAhead;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        file = VcfImportJob.file(stepExecution.getJobParameters());
        sample = stepExecution.getJobParameters().getString(VcfImportJob.SAMPLE);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        variants = VcfVariants.open(file.path(), sample);
        if (readAhead > 0) {
            ahead = new ReadAhead<>(variants, readAhead, "vcf-read-ahead " + file.relativePath());
        }
    }

    @Override
    public VcfVariant read() {
        if (ahead != null) {
            return ahead.next();
        }
        return variants.hasNext() ? variants.next() : null;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
        if (variants != null) {
            variants.close();
            variants = null;
        }
    }
}
