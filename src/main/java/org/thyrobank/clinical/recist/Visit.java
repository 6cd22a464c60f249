package org.thyrobank.clinical.recist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.Assessment.NonTargetStatus;
import org.thyrobank.clinical.Lesion;

/** The rows of one assessment visit, read against the patient's lesions. */
record Visit(LocalDate date, Map<String, Assessment> byLesion, boolean newLesion) {

    static Visit of(LocalDate date, List<Assessment> rows) {
        Map<String, Assessment> byLesion = rows.stream()
                .filter(a -> !a.newLesion())
                .collect(Collectors.toMap(Assessment::lesionId, Function.identity(), (a, b) -> a));
        return new Visit(date, byLesion, rows.stream().anyMatch(Assessment::newLesion));
    }

    /** The sum of the target diameters (short axis for nodes), or null when a target has no measurement. */
    BigDecimal targetSum(List<Lesion> targets) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Lesion target : targets) {
            BigDecimal diameter = diameter(target);
            if (diameter == null) {
                return null;
            }
            sum = sum.add(diameter);
        }
        return sum;
    }

    /** The worst non-target status recorded at this visit, null when none was. */
    NonTargetStatus nonTargetStatus(List<Lesion> nonTargets) {
        return nonTargets.stream()
                .map(l -> byLesion.get(l.lesionId()))
                .filter(Objects::nonNull)
                .map(Assessment::nonTargetStatus)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** True when every one of the lesions was assessed at this visit and had disappeared. */
    boolean allDisappeared(List<Lesion> lesions, BigDecimal nodeNormalMm) {
        return lesions.stream().allMatch(l -> disappeared(l, nodeNormalMm));
    }

    /**
     * A non-nodal lesion measuring 0 mm, a lymph node below the normal short axis, or a non-target lesion without a
     * measurement recorded as ABSENT. A lesion without a row at the visit, or a target without a diameter, has not
     * disappeared.
     */
    boolean disappeared(Lesion lesion, BigDecimal nodeNormalMm) {
        Assessment row = byLesion.get(lesion.lesionId());
        if (row == null) {
            return false;
        }
        if (row.diameterMm() == null) {
            return !lesion.target() && row.nonTargetStatus() == NonTargetStatus.ABSENT;
        }
        return lesion.lymphNode()
                ? row.diameterMm().compareTo(nodeNormalMm) < 0
                : row.diameterMm().signum() == 0;
    }

    private BigDecimal diameter(Lesion lesion) {
        Assessment row = byLesion.get(lesion.lesionId());
        return row == null ? null : row.diameterMm();
    }
}
