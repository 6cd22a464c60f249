package org.thyrobank.genomics.importing;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionUtils;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.persistence.SequencingMapper.VariantRow;
import org.thyrobank.genomics.vcf.VcfVariant;

/**
 * Writes a chunk of variants as rows of table variant, tagged with the execution id, through MyBatis's BATCH
 * executor: one prepared INSERT, its rows sent to the driver as JDBC batches of {@code insert-batch-size}. The
 * chunk's session is taken once (bound to the chunk's transaction, which commits it) rather than per row through
 * a mapper proxy: at 50,000 rows a second the per-call lookups showed.
 */
class VariantWriter implements ItemWriter<VcfVariant>, StepExecutionListener {

    private static final String INSERT = SequencingMapper.class.getName() + ".insertVariant";

    private final SqlSessionFactory sessions;
    private final int insertBatchSize;
    private String file;
    private String runId;
    private String specimenId;
    private long executionId;

    VariantWriter(SqlSessionFactory sessions, int insertBatchSize) {
        if (insertBatchSize < 1) {
            throw new IllegalArgumentException("batch-jobs/" + VcfImportJob.SETTINGS
                    + ".properties: insert-batch-size must be at least 1, not " + insertBatchSize);
        }
        this.sessions = sessions;
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
        SqlSession session = SqlSessionUtils.getSqlSession(sessions, ExecutorType.BATCH, null);
        try {
            int pending = 0;
            for (VcfVariant v : chunk) {
                session.insert(
                        INSERT,
                        new VariantRow(
                                file,
                                runId,
                                specimenId,
                                v.sample(),
                                v.chrom(),
                                v.pos(),
                                v.ref(),
                                v.alt(),
                                v.filter(),
                                v.depth(),
                                v.altReads(),
                                v.vaf(),
                                v.caller(),
                                executionId));
                if (++pending == insertBatchSize) {
                    session.flushStatements();
                    pending = 0;
                }
            }
            session.flushStatements();
        } finally {
            SqlSessionUtils.closeSqlSession(session, sessions);
        }
    }
}
