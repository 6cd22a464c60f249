package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.util.Objects;

/** A lab value with its value in the grading unit (10^9/L, g/L) and its CTCAE v4.0 grade (0 = normal). */
public record GradedLab(LabValue lab, BigDecimal gradingValue, int grade) {

    public GradedLab {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(gradingValue, "gradingValue");
        if (grade < 0 || grade > 4) {
            throw new IllegalArgumentException("a lab value's CTCAE grade is 0 to 4, was " + grade);
        }
    }
}
