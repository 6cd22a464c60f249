package org.thyrobank.genomics.importing;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.persistence.SequencingMapper.ExecutionOfFile;

/**
 * Keeps a VCF whole or absent: before an execution, removes rows of the file that no completed execution stored
 * (a run killed half-way); after an execution that did not complete, removes the rows it wrote chunk by chunk.
 */
final class DiscardFailedRows implements JobExecutionListener {

    private final SequencingMapper mapper;
    private final TransactionTemplate transaction;

    DiscardFailedRows(SequencingMapper mapper, TransactionTemplate transaction) {
        this.mapper = mapper;
        this.transaction = transaction;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        transaction.executeWithoutResult(t ->
                mapper.deleteUncommittedVariants(execution.getJobParameters().getString(VcfImportJob.FILE)));
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            transaction.executeWithoutResult(t -> mapper.deleteVariantsOfExecution(
                    new ExecutionOfFile(execution.getJobParameters().getString(VcfImportJob.FILE), execution.getId())));
        }
    }
}
