package org.thyrobank.genomics.importing;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.thyrobank.genomics.vcf.VcfVariant;
import org.thyrobank.genomics.vcf.VcfVariants;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundleFileParameters;

/**
 * Streams the variants of the execution's VCF for the manifest's sample, one record at a time. A bad record
 * throws the {@link org.thyrobank.platform.BundleFileException} naming the file and line.
 */
class VariantReader implements ItemStreamReader<VcfVariant>, StepExecutionListener {

    private BundleFile file;
    private String sample;
    private VcfVariants variants;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        file = BundleFileParameters.file(stepExecution.getJobParameters());
        sample = stepExecution.getJobParameters().getString(VcfImportJob.SAMPLE);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        variants = VcfVariants.open(file.path(), sample);
    }

    @Override
    public VcfVariant read() {
        return variants.hasNext() ? variants.next() : null;
    }

    @Override
    public void close() {
        if (variants != null) {
            variants.close();
            variants = null;
        }
    }
}
