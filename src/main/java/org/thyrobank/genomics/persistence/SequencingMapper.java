package org.thyrobank.genomics.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** What the sequencing-run import reads and writes: variant rows, hotspot calls, imported VCFs. */
@Mapper
public interface SequencingMapper {

    /** The settings a VCF was last imported with, or {@code null} when it was never imported. */
    String settingsOf(String sourceFile);

    /** The variant rows the file's last completed import stored, or {@code null} when it was never imported. */
    Long variantsOf(String sourceFile);

    /** Removes the rows of one execution of the file (a failed one). */
    int deleteVariantsOfExecution(ExecutionOfFile execution);

    /** Removes every row of the file that is not the given execution's: an earlier version's, or a crashed run's. */
    int deleteVariantsNotOf(ExecutionOfFile execution);

    /** Removes every row of the file that no completed execution stored (left by a run that was killed). */
    int deleteUncommittedVariants(String sourceFile);

    int deleteCallsOf(String sourceFile);

    void insertCalls(List<CallRow> calls);

    void upsertFile(SequencingFileRow file);

    /** Every stored VCF, run by run, by file name. */
    List<SequencingFileRow> files();

    /** One job execution of one VCF. */
    record ExecutionOfFile(String sourceFile, long jobExecutionId) {}

    /** One row of table hotspot_call. */
    record CallRow(
            String sourceFile,
            String runId,
            String specimenId,
            String sample,
            String hotspot,
            String gene,
            String status,
            String reason,
            Integer depth,
            Integer altReads,
            Double vaf,
            String genomeBuild,
            int minDepth,
            int minAltReads,
            double minVaf) {}

    /** One row of table sequencing_file: a VCF, the manifest row it was called with, its completed execution. */
    record SequencingFileRow(
            String sourceFile,
            String runId,
            String specimenId,
            String sample,
            String genomeBuild,
            String coveredRegions,
            String settings,
            long variants,
            long jobExecutionId) {}
}
