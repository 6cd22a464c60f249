package org.thyrobank.genomics.importing;

import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.persistence.SequencingMapper.ExecutionOfFile;
import org.thyrobank.genomics.vcf.ContigShares;
import org.thyrobank.platform.importing.BundleFileParameters;

/**
 * Makes running a VCF's partition again safe. A partition runs again when its worker died holding it (RabbitMQ
 * gives the unacknowledged request to another worker), and that worker may have committed chunks: before the step,
 * they are deleted and the step's counts start from zero, so the file ends with each row once. When the file is split
 * into contig shares ({@code partitions-per-vcf}), only the rows on this partition's contigs are its own: the other
 * partitions of the file may be storing theirs at the same time. A partition whose importing process has stopped
 * waiting (its job execution no longer running) is not run, and rows written while the importing process gave up
 * are deleted after the step.
 */
final class PartitionAttempt implements StepExecutionListener {

    private final JobRepository repository;
    private final SequencingMapper mapper;
    private final TransactionTemplate transaction;

    PartitionAttempt(JobRepository repository, SequencingMapper mapper, TransactionTemplate transaction) {
        this.repository = repository;
        this.mapper = mapper;
        this.transaction = transaction;
    }

    @Override
    public void beforeStep(StepExecution step) {
        if (!managerWaiting(step)) {
            throw new IllegalStateException("the importing process no longer waits for this partition (job execution "
                    + step.getJobExecutionId() + " has ended)");
        }
        deleteRowsOf(step);
        step.setReadCount(0);
        step.setWriteCount(0);
        step.setFilterCount(0);
        step.setCommitCount(0);
        step.setRollbackCount(0);
        step.setReadSkipCount(0);
        step.setProcessSkipCount(0);
        step.setWriteSkipCount(0);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (!managerWaiting(step)) {
            deleteRowsOf(step);
            return ExitStatus.FAILED.addExitDescription("the importing process stopped waiting; rows deleted");
        }
        return null;
    }

    private void deleteRowsOf(StepExecution step) {
        ExecutionOfFile rows = rowsOf(step);
        VcfShare share = VcfShare.of(step);
        if (share.wholeFile()) {
            transaction.executeWithoutResult(t -> mapper.deleteVariantsOfExecution(rows));
            return;
        }
        ContigShares shares = ContigShares.of(
                BundleFileParameters.file(step.getJobParameters()).path(), share.shares());
        transaction.executeWithoutResult(t -> {
            List<String> mine = mapper.chromsOfExecution(rows).stream()
                    .filter(chrom -> shares.shareOf(chrom) == share.share())
                    .toList();
            if (!mine.isEmpty()) {
                mapper.deleteVariantsOfExecutionOn(rows, mine);
            }
        });
    }

    private boolean managerWaiting(StepExecution step) {
        JobExecution job = repository.getJobExecution(step.getJobExecutionId());
        return job != null && job.isRunning();
    }

    private static ExecutionOfFile rowsOf(StepExecution step) {
        return new ExecutionOfFile(step.getJobParameters().getString(VcfImportJob.FILE), step.getJobExecutionId());
    }
}
