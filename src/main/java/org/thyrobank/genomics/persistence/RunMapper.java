package org.thyrobank.genomics.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.thyrobank.genomics.HotspotCallRow;

/** Reads sequencing runs for {@link org.thyrobank.genomics.SequencingRuns}: their VCFs, calls and variant rows. */
@Mapper
public interface RunMapper {

    /** Every run's specimens with their counts of VCFs and calls by status, by run id and specimen id. */
    List<RunSpecimenCounts> runSpecimens();

    /** The run's stored VCFs, by file name; empty for an unknown run. */
    List<RunFileRow> filesOfRun(String runId);

    /** The run's calls, VCF by VCF in catalogue order. */
    List<HotspotCallRow> callsOfRun(String runId);

    /** The variant rows of one stored VCF (its completed execution only) starting between {@code from} and {@code to}. */
    List<VariantRow> variantsNear(VariantWindow window);

    /** One specimen's VCFs in a run and their calls by status. */
    record RunSpecimenCounts(
            String runId,
            String specimenId,
            long files,
            long mutant,
            long wildType,
            long noCall,
            LocalDateTime lastImportedAt) {}

    record RunFileRow(
            String sourceFile,
            String runId,
            String specimenId,
            String sample,
            String genomeBuild,
            String coveredRegions,
            long variants,
            String importedBy,
            LocalDateTime importedAt) {}

    record VariantWindow(String sourceFile, long from, long to) {}

    record VariantRow(
            String chrom,
            long pos,
            String ref,
            String alt,
            String filter,
            Integer depth,
            Integer altReads,
            Double vaf,
            String caller) {}
}
