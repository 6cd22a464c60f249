package org.thyrobank.genomics;

/**
 * One stored hotspot call of a tumour specimen: status ({@code MUTANT}, {@code WILD_TYPE}, {@code NO_CALL}), the
 * reason of a NO_CALL, the figures it rests on ({@code null} where the VCF gave none), the build and thresholds it
 * was called with, and the VCF it came from.
 */
public record HotspotCallRow(
        String specimenId,
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
        double minVaf,
        String sample,
        String sourceFile,
        String runId) {}
