package org.thyrobank.genomics.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionUtils;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.vcf.VcfVariant;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.importing.BundleFileParameters;

/**
 * Writes a chunk (the blocks of {@link VariantReader}) as rows of table variant, tagged with the execution id, with one
 * {@code LOAD DATA LOCAL INFILE} statement whose "file" is the chunk as tab-separated text streamed through the
 * driver: the server's bulk path, 2-3x the rows per second of batched INSERTs. The statement runs on the chunk's
 * transactional connection, so a chunk is stored whole or not at all and {@link DiscardFailedRows} still removes a
 * failed execution's rows.
 *
 * <p>With LOCAL the server cannot stop the client half-way, so a value it cannot store (a REF longer than the
 * column) becomes a warning and a truncated row instead of an error; the writer reads the warnings after each load
 * and rejects the file, naming the record's line, when there is one ({@link ValuesNotStored}: not a bad record, so
 * never skipped under {@code skip-limit}, which would skip the whole block).
 *
 * <p>The step's read and write counts are of rows, as every reader of {@code BATCH_STEP_EXECUTION} (the upload
 * progress, the file's outcome line, the benchmarks) takes them: Spring Batch counts one per block, and the writer
 * adds the rest once the block is stored.
 */
class VariantWriter implements ItemWriter<List<VcfVariant>>, StepExecutionListener {

    /** A value the table cannot hold as written (the server truncated it); the file is rejected. */
    static final class ValuesNotStored extends BundleFileException {
        ValuesNotStored(String file, List<String> problems) {
            super(file, problems);
        }
    }

    private static final String LOAD = SequencingMapper.class.getName() + ".loadVariants";
    private static final String WARNINGS = SequencingMapper.class.getName() + ".loadWarnings";
    /** "Data truncated for column 'ref' at row 3", "Incorrect integer value: 'x' for column `db`.`variant`.`depth` at row 2" */
    private static final Pattern COLUMN_AND_ROW = Pattern.compile("column .*[`'](\\w+)[`'] at row (\\d+)");
    /** What the VCF calls the column whose value could not be stored. */
    private static final Map<String, String> VCF_NAME_OF_COLUMN = Map.of(
            "sample", "the sample name",
            "chrom", "CHROM",
            "pos", "POS",
            "ref", "REF",
            "alt", "ALT",
            "filter", "FILTER",
            "caller", "##source");

    private final SqlSessionFactory sessions;
    private final String loadStatement;
    private final String warningsStatement;
    private final SQLExceptionTranslator translator;
    private String file;
    /** The VCF as the reader names it in its rejections. */
    private String path;

    private String runId;
    private String specimenId;
    private long executionId;
    private StepExecution stepExecution;

    VariantWriter(SqlSessionFactory sessions) {
        this.sessions = sessions;
        this.loadStatement = sql(sessions, LOAD);
        this.warningsStatement = sql(sessions, WARNINGS);
        this.translator = new SQLErrorCodeSQLExceptionTranslator(
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    private static String sql(SqlSessionFactory sessions, String statement) {
        return sessions.getConfiguration()
                .getMappedStatement(statement)
                .getBoundSql(null)
                .getSql();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        file = stepExecution.getJobParameters().getString(VcfImportJob.FILE);
        path = BundleFileParameters.file(stepExecution.getJobParameters())
                .path()
                .toString();
        runId = stepExecution.getJobParameters().getString(VcfImportJob.RUN);
        specimenId = stepExecution.getJobParameters().getString(VcfImportJob.SPECIMEN);
        executionId = stepExecution.getJobExecutionId();
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends List<VcfVariant>> chunk) {
        List<VcfVariant> items = new ArrayList<>();
        chunk.forEach(items::addAll);
        store(items);
        // Spring Batch adds one read and one write per block to the step when the chunk ends; the rows are the rest
        stepExecution.setReadCount(stepExecution.getReadCount() + items.size() - chunk.size());
        stepExecution.setWriteCount(stepExecution.getWriteCount() + items.size() - chunk.size());
    }

    private void store(List<VcfVariant> items) {
        byte[] rows = tabSeparated(items);
        SqlSession session = SqlSessionUtils.getSqlSession(sessions);
        try (Statement statement = session.getConnection().createStatement()) {
            statement
                    .unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new ByteArrayInputStream(rows));
            long stored = statement.executeLargeUpdate(loadStatement);
            rejectValuesNotStored(statement, items);
            if (stored != items.size()) {
                throw new IllegalStateException(
                        file + ": the server stored " + stored + " rows of a chunk of " + items.size());
            }
        } catch (SQLException e) {
            throw translator.translate("LOAD DATA of " + file, loadStatement, e);
        } finally {
            SqlSessionUtils.closeSqlSession(session, sessions);
        }
    }

    private void rejectValuesNotStored(Statement statement, List<? extends VcfVariant> items) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet warnings = statement.executeQuery(warningsStatement)) {
            while (warnings.next()) {
                if (!"Note".equals(warnings.getString("Level"))) {
                    problems.add(problem(warnings.getString("Message"), items));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValuesNotStored(path, problems);
        }
    }

    private static String problem(String serverMessage, List<? extends VcfVariant> items) {
        Matcher m = COLUMN_AND_ROW.matcher(serverMessage);
        if (m.find()) {
            int row = Integer.parseInt(m.group(2));
            if (row >= 1 && row <= items.size()) {
                String column = VCF_NAME_OF_COLUMN.getOrDefault(m.group(1), m.group(1));
                return "line " + items.get(row - 1).line() + ": " + column + " cannot be stored as it is (the server: "
                        + serverMessage.substring(0, m.start(2)).replaceFirst(" at row $", "")
                        + ")";
            }
        }
        return "a record could not be stored as it is: " + serverMessage;
    }

    /** The rows as LOAD DATA reads them: fields split by tabs, rows by newlines, {@code \N} for NULL, backslash escapes. */
    private byte[] tabSeparated(List<? extends VcfVariant> items) {
        StringBuilder text = new StringBuilder(items.size() * (file.length() + 120));
        for (VcfVariant v : items) {
            field(text, file);
            field(text, runId);
            field(text, specimenId);
            field(text, v.sample());
            field(text, v.chrom());
            field(text, Integer.toString(v.pos()));
            field(text, v.ref());
            field(text, v.alt());
            field(text, v.filter());
            field(text, v.depth() == null ? null : v.depth().toString());
            field(text, v.altReads() == null ? null : v.altReads().toString());
            field(text, v.vaf() == null ? null : v.vaf().toString());
            field(text, v.caller());
            text.append(executionId).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\0' -> text.append("\\0");
                    default -> text.append(c);
                }
            }
        }
        text.append('\t');
    }
}
