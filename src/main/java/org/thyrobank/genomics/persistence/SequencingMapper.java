package org.thyrobank.genomics.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.HotspotCall;
import org.thyrobank.genomics.vcf.Thresholds;

/** What the sequencing-run import reads and writes: variant rows, hotspot calls, imported VCFs. */
@Mapper
public interface SequencingMapper {

    /** The settings a VCF was last imported with, or {@code null} when it was never imported. */
    String settingsOf(String sourceFile);

    /** The variant rows the file's last completed import stored, or {@code null} when it was never imported. */
    Long variantsOf(String sourceFile);

    /** Removes the rows of one execution of the file (a failed one). */
    int deleteVariantsOfExecution(ExecutionOfFile execution);

    /** The contigs of the rows one execution of the file has stored so far. */
    List<String> chromsOfExecution(ExecutionOfFile execution);

    /** Removes the rows of one execution of the file on the given contigs (one contig share's partition). */
    int deleteVariantsOfExecutionOn(
            @Param("execution") ExecutionOfFile execution, @Param("chroms") List<String> chroms);

    /** Removes every row of the file that is not the given execution's: an earlier version's, or a crashed run's. */
    int deleteVariantsNotOf(ExecutionOfFile execution);

    /** Removes every row of the file that no completed execution stored (left by a run that was killed). */
    int deleteUncommittedVariants(String sourceFile);

    int deleteCallsOf(String sourceFile);

    void insertCalls(List<CallRow> calls);

    /** The stored calls of one VCF, in the order they were stored (sample by sample, catalogue order). */
    List<CallRow> callsOf(String sourceFile);

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
            double minVaf) {

        /** The row of one call of a VCF, recording the build and thresholds it was made with. */
        public static CallRow of(
                HotspotCall call,
                String sourceFile,
                String runId,
                String specimenId,
                GenomeBuild build,
                Thresholds thresholds) {
            return new CallRow(
                    sourceFile,
                    runId,
                    specimenId,
                    call.sample(),
                    call.hotspot(),
                    call.gene(),
                    call.status().name(),
                    call.reason() == null ? null : call.reason().name(),
                    call.depth(),
                    call.altReads(),
                    call.vaf(),
                    build.name(),
                    thresholds.minDepth(),
                    thresholds.minAltReads(),
                    thresholds.minVaf());
        }
    }

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
            long jobExecutionId,
            String importedBy) {}
}
