package org.thyrobank.mirna;

import java.util.Objects;

/**
 * One no-template control (NTC) well of a plate: water instead of a specimen's RNA, so it should not amplify. Read
 * from the well's task as the instrument export marks it ({@code NTC}, Bio-Rad {@code NTC-01}, RDML {@code ntc}).
 *
 * @param assay the panel assay the well's target stands for, or the file's target name when it is outside the panel
 * @param cq    the quantification cycle; {@code null} when the well did not amplify ({@code Undetermined})
 * @param well  the well position ({@code H12}), or {@code null} when the file does not give one
 * @param runId the instrument run, or {@code null} when the file does not give one
 */
public record NtcWell(String assay, Double cq, String well, String runId) {

    public NtcWell {
        if (Objects.requireNonNull(assay, "assay").isBlank()) {
            throw new IllegalArgumentException("assay must not be blank");
        }
        if (cq != null && (cq.isNaN() || cq.isInfinite() || cq < 0)) {
            throw new IllegalArgumentException("a Cq is a finite number >= 0, not " + cq);
        }
        well = well == null || well.isBlank() ? null : well;
        runId = runId == null || runId.isBlank() ? null : runId;
    }
}
