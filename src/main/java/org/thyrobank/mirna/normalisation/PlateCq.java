package org.thyrobank.mirna.normalisation;

import java.util.List;
import java.util.Objects;
import org.thyrobank.mirna.QpcrPlate;

/**
 * The Cq of one specimen and assay on one plate (its technical replicates already averaged): what QC and
 * normalisation work on.
 *
 * @param cq {@code null} when no well amplified
 */
public record PlateCq(String plate, String specimenId, String assay, Double cq) {

    public PlateCq {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(specimenId, "specimenId");
        Objects.requireNonNull(assay, "assay");
    }

    public static List<PlateCq> of(String plate, QpcrPlate read) {
        return read.replicates().stream()
                .map(r -> new PlateCq(plate, r.specimenId(), r.assay(), r.cq()))
                .toList();
    }
}
