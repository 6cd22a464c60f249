package org.thyrobank.genomics.importing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.persistence.SequencingMapper.VariantRow;
import org.thyrobank.genomics.vcf.VcfVariant;

/** Writes a chunk of variants as rows of table variant, tagged with the execution id, by multi-row INSERTs. */
class VariantWriter implements ItemWriter<VcfVariant>, StepExecutionListener {

    private final SequencingMapper mapper;
    private final int insertBatchSize;
    private String file;
    private String runId;
    private String specimenId;
    private long executionId;

    VariantWriter(SequencingMapper mapper, int insertBatchSize) {
        if (insertBatchSize < 1) {
            throw new IllegalArgumentException("batch-jobs/" + VcfImportJob.SETTINGS
                    + ".properties: insert-batch-size must be at least 1, not " + insertBatchSize);
        }
        this.mapper = mapper;
        this.insertBatchSize = insertBatchSize;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        file = stepExecution.getJobParameters().getString(VcfImportJob.FILE);
        runId = stepExecution.getJobParameters().getString(VcfImportJob.RUN);
        specimenId = stepExecution.getJobParameters().getString(VcfImportJob.SPECIMEN);
        executionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void write(Chunk<? extends VcfVariant> chunk) {
        List<VariantRow> rows = new ArrayList<>(Math.min(chunk.size(), insertBatchSize));
        for (VcfVariant v : chunk) {
            rows.add(new VariantRow(file, runId, specimenId, v.sample(), v.chrom(), v.pos(), v.ref(), v.alt(), v.filter(),
                    v.depth(), v.altReads(), v.vaf(), v.caller(), executionId));
            if (rows.size() == insertBatchSize) {
                mapper.insertVariants(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            mapper.insertVariants(rows);
        }
    }
}
