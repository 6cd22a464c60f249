package org.thyrobank.clinical.ctcae;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thyrobank.clinical.GradedLab;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.LabValue.Analyte;
import org.thyrobank.clinical.LabValue.Unit;

class CtcaeGraderTests {

    static final LocalDate THERAPY = LocalDate.of(2022, 1, 10);

    private final CtcaeGrader grader = CtcaeGrader.fromReference();

    static LabValue lab(int day, Analyte test, String value, String unit) {
        return new LabValue(
                "P",
                THERAPY.plusDays(day),
                test,
                new BigDecimal(value),
                Unit.ofLabel(unit).orElseThrow());
    }

    @ParameterizedTest(name = "{0} {1} {2} is grade {3}")
    @CsvSource({
        "PLATELETS, 150, 10^9/L, 0",
        "PLATELETS, 149.9, 10^9/L, 1",
        "PLATELETS, 75, 10^9/L, 1",
        "PLATELETS, 74.9, 10^9/L, 2",
        "PLATELETS, 50, 10^9/L, 2",
        "PLATELETS, 49.9, 10^9/L, 3",
        "PLATELETS, 25, 10^9/L, 3",
        "PLATELETS, 24.9, 10^9/L, 4",
        "PLATELETS, 75000, /mm3, 1",
        "PLATELETS, 74999, /mm3, 2",
        "NEUTROPHILS, 2.0, 10^9/L, 0",
        "NEUTROPHILS, 1.5, 10^9/L, 1",
        "NEUTROPHILS, 1.49, 10^9/L, 2",
        "NEUTROPHILS, 1.0, 10^9/L, 2",
        "NEUTROPHILS, 0.99, 10^9/L, 3",
        "NEUTROPHILS, 0.5, 10^9/L, 3",
        "NEUTROPHILS, 0.49, 10^9/L, 4",
        "NEUTROPHILS, 999, /mm3, 3",
        "LEUKOCYTES, 4.0, 10^9/L, 0",
        "LEUKOCYTES, 3.0, 10^9/L, 1",
        "LEUKOCYTES, 2.9, 10^9/L, 2",
        "LEUKOCYTES, 1.9, 10^9/L, 3",
        "LEUKOCYTES, 0.9, 10^9/L, 4",
        "LYMPHOCYTES, 1.0, 10^9/L, 0",
        "LYMPHOCYTES, 0.8, 10^9/L, 1",
        "LYMPHOCYTES, 0.79, 10^9/L, 2",
        "LYMPHOCYTES, 0.49, 10^9/L, 3",
        "LYMPHOCYTES, 0.19, 10^9/L, 4",
        "HEMOGLOBIN, 120, g/L, 0",
        "HEMOGLOBIN, 100, g/L, 1",
        "HEMOGLOBIN, 99, g/L, 2",
        "HEMOGLOBIN, 80, g/L, 2",
        "HEMOGLOBIN, 79, g/L, 3",
        "HEMOGLOBIN, 40, g/L, 3",
        "HEMOGLOBIN, 10.0, g/dL, 1",
        "HEMOGLOBIN, 9.9, g/dL, 2",
        "HEMOGLOBIN, 7.9, g/dL, 3"
    })
    void gradesAreTheCtcaeV4LimitsWithAValueOnALimitInTheMilderGrade(
            Analyte test, String value, String unit, int grade) {
        assertThat(grader.grade(lab(5, test, value, unit)).grade()).isEqualTo(grade);
    }

    @Test
    void valuesAreGradedInGramsPerLitreAndCountsPerNanolitre() {
        GradedLab haemoglobin = grader.grade(lab(5, Analyte.HEMOGLOBIN, "9.9", "g/dL"));
        GradedLab platelets = grader.grade(lab(5, Analyte.PLATELETS, "74000", "/mm3"));

        assertThat(haemoglobin.gradingValue()).isEqualByComparingTo("99");
        assertThat(platelets.gradingValue()).isEqualByComparingTo("74");
    }

    @Test
    void theNadirIsTheLowestValueAfterTheFirstTherapyTheEarliestWhenTied() {
        // before and on the therapy day: 40 and 45, left out; after it: 90, then 70 twice (day 28 first)
        List<GradedLab> labs = List.of(
                        lab(-3, Analyte.PLATELETS, "40", "10^9/L"),
                        lab(0, Analyte.PLATELETS, "45", "10^9/L"),
                        lab(14, Analyte.PLATELETS, "90", "10^9/L"),
                        lab(28, Analyte.PLATELETS, "70000", "/mm3"),
                        lab(42, Analyte.PLATELETS, "70", "10^9/L"),
                        lab(28, Analyte.HEMOGLOBIN, "11.5", "g/dL"))
                .stream()
                .map(grader::grade)
                .toList();

        List<LabNadir> nadirs = grader.nadirs("P", THERAPY, labs);

        assertThat(nadirs)
                .containsExactly(
                        new LabNadir(
                                "P",
                                Analyte.PLATELETS,
                                THERAPY.plusDays(28),
                                new BigDecimal("70.000"),
                                Unit.PER_NANOLITRE,
                                2),
                        new LabNadir(
                                "P",
                                Analyte.HEMOGLOBIN,
                                THERAPY.plusDays(28),
                                new BigDecimal("115.0"),
                                Unit.GRAMS_PER_LITRE,
                                1));
    }
}
