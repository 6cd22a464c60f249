package org.thyrobank.genomics.vcf;

/**
 * The status of one catalogue hotspot in one sample, with the figures it rests on ({@code null} where the
 * VCF gives none).
 */
public record HotspotCall(
        String sample,
        String hotspot,
        String gene,
        HotspotStatus status,
        NoCallReason reason,
        Integer depth,
        Integer altReads,
        Double vaf) {

    public HotspotCall {
        if (sample == null || hotspot == null || gene == null || status == null) {
            throw new IllegalArgumentException("sample, hotspot, gene and status are required");
        }
        if ((status == HotspotStatus.NO_CALL) != (reason != null)) {
            throw new IllegalArgumentException("a reason goes with NO_CALL and only with it: " + status + " " + reason);
        }
        if (status == HotspotStatus.MUTANT && (altReads == null || vaf == null)) {
            throw new IllegalArgumentException("a MUTANT call needs its alt reads and VAF");
        }
        if (vaf != null && (vaf < 0 || vaf > 1)) {
            throw new IllegalArgumentException("VAF out of range: " + vaf);
        }
    }
}
