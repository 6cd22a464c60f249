package org.thyrobank.genomics.recall;

/**
 * A hotspot call whose status (or no-call reason) a re-call changed: what sign-out of the run must see again.
 *
 * @param oldStatus the stored status ({@code NO_CALL (REASON)} for a no-call), or {@code null} when the hotspot was
 *                  not called before (it is new in the catalogue)
 * @param newStatus the re-derived status, or {@code null} when the hotspot is no longer in the catalogue
 * @param why       the thresholds and figures behind the change, in words
 */
public record ChangedCall(
        String runId,
        String sourceFile,
        String specimenId,
        String sample,
        String hotspot,
        String oldStatus,
        String newStatus,
        String why) {}
