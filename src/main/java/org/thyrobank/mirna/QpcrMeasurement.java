package org.thyrobank.mirna;

import java.util.Objects;

/**
 * One well of a qPCR plate as read from any supported format: the specimen, the assay and its Cq.
 *
 * @param specimenId a PLASMA or SERUM specimen of specimens.csv
 * @param assay      a panel assay (miRBase mature name, spike-in or calibrator)
 * @param cq         the quantification cycle; {@code null} when the well did not amplify ({@code Undetermined})
 * @param well       the well position ({@code A1}), or {@code null} when the file does not give one
 * @param runId      the instrument run, or {@code null} when the file does not give one
 */
public record QpcrMeasurement(String specimenId, String assay, Double cq, String well, String runId) {

    public QpcrMeasurement {
        requireText(specimenId, "specimenId");
        requireText(assay, "assay");
        if (cq != null && (cq.isNaN() || cq.isInfinite() || cq < 0)) {
            throw new IllegalArgumentException("a Cq is a finite number >= 0, not " + cq);
        }
        well = blankToNull(well);
        runId = blankToNull(runId);
    }

    /** True when the well amplified (a Cq was called), whatever the detection cut-off. */
    public boolean amplified() {
        return cq != null;
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
