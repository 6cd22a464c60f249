package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** A row of {@code clinical/labs.csv}: one blood count or haemoglobin value in the unit the lab wrote. */
public record LabValue(String patientId, LocalDate drawnOn, Analyte test, BigDecimal value, Unit unit) {

    /** The tests graded by CTCAE v4.0, each with the unit its grades are written in. */
    public enum Analyte {
        PLATELETS(Unit.PER_NANOLITRE),
        NEUTROPHILS(Unit.PER_NANOLITRE),
        LEUKOCYTES(Unit.PER_NANOLITRE),
        LYMPHOCYTES(Unit.PER_NANOLITRE),
        HEMOGLOBIN(Unit.GRAMS_PER_LITRE);

        private final Unit gradingUnit;

        Analyte(Unit gradingUnit) {
            this.gradingUnit = gradingUnit;
        }

        public Unit gradingUnit() {
            return gradingUnit;
        }

        public boolean accepts(Unit unit) {
            return unit.canonical() == gradingUnit;
        }
    }

    /** The units labs.csv accepts, written as in the file, and how each converts to its grading unit. */
    public enum Unit {
        PER_NANOLITRE("10^9/L", null, BigDecimal.ONE),
        GRAMS_PER_LITRE("g/L", null, BigDecimal.ONE),
        GRAMS_PER_DECILITRE("g/dL", GRAMS_PER_LITRE, BigDecimal.TEN),
        PER_CUBIC_MILLIMETRE("/mm3", PER_NANOLITRE, new BigDecimal("0.001"));

        private final String label;
        private final Unit canonical;
        private final BigDecimal factor;

        Unit(String label, Unit canonical, BigDecimal factor) {
            this.label = label;
            this.canonical = canonical;
            this.factor = factor;
        }

        public String label() {
            return label;
        }

        public Unit canonical() {
            return canonical == null ? this : canonical;
        }

        public BigDecimal toCanonical(BigDecimal value) {
            return value.multiply(factor);
        }

        public static Optional<Unit> ofLabel(String label) {
            return Arrays.stream(values()).filter(u -> u.label.equals(label)).findFirst();
        }
    }

    public LabValue {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(drawnOn, "drawn_on");
        Objects.requireNonNull(test, "test");
        Required.notNegative(Objects.requireNonNull(value, "value"), "value");
        Objects.requireNonNull(unit, "unit");
        if (!test.accepts(unit)) {
            throw new IllegalArgumentException(test + " cannot be written in " + unit.label());
        }
    }

    /** The value in the unit the CTCAE grades are written in (10^9/L for counts, g/L for haemoglobin). */
    public BigDecimal gradingValue() {
        return unit.toCanonical(value);
    }
}
