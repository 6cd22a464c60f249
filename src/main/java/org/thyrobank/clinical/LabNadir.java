package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A patient's lowest value of one test drawn after the first therapy (the earliest when tied) and its grade. */
public record LabNadir(
        String patientId, LabValue.Analyte test, LocalDate drawnOn, BigDecimal value, LabValue.Unit unit, int grade) {

    public LabNadir {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(drawnOn, "drawn_on");
        Objects.requireNonNull(value, "value");
        if (unit != test.gradingUnit()) {
            throw new IllegalArgumentException(
                    "a nadir is given in the grading unit " + test.gradingUnit().label());
        }
        if (grade < 0 || grade > 4) {
            throw new IllegalArgumentException("a lab value's CTCAE grade is 0 to 4, was " + grade);
        }
    }
}
