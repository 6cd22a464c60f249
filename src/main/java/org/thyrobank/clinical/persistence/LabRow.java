package org.thyrobank.clinical.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.thyrobank.clinical.GradedLab;
import org.thyrobank.clinical.LabValue;

/** A row of lab_value: the lab value as written and its CTCAE grading, flat as the table holds it. */
public record LabRow(
        String patientId,
        LocalDate drawnOn,
        LabValue.Analyte test,
        BigDecimal value,
        LabValue.Unit unit,
        BigDecimal gradingValue,
        int ctcaeGrade) {

    public GradedLab graded() {
        return new GradedLab(new LabValue(patientId, drawnOn, test, value, unit), gradingValue, ctcaeGrade);
    }
}
