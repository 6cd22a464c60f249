package org.thyrobank.mirna;

import java.time.LocalDateTime;

/**
 * A stored qPCR plate as the lab's plate list shows it.
 *
 * @param software  what wrote the plate's file, as the file said; {@code null} for plates imported before it was kept
 * @param wells     the specimens' wells stored (panel and off-panel; NTC wells not counted)
 * @param specimens the distinct specimens of those wells
 * @param ntcWells  the no-template control wells stored
 * @param flags     the QC flags of the plate's specimens (every issue)
 */
public record PlateSummary(
        String plateId,
        String sourceFile,
        String software,
        int wells,
        int specimens,
        int ntcWells,
        int flags,
        LocalDateTime importedAt) {}
