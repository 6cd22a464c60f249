package org.thyrobank.mirna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.Specimen;

class QpcrMeasurementTests {

    @Test
    void undeterminedIsANullCqNotANumber() {
        QpcrMeasurement measurement = new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-31-5p", null, "", " ");

        assertThat(measurement.amplified()).isFalse();
        assertThat(measurement.well()).isNull();
        assertThat(measurement.runId()).isNull();
    }

    @Test
    void negativeOrNonFiniteCqCannotBeMade() {
        assertThatThrownBy(() -> new QpcrMeasurement("S", "A", -0.5, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QpcrMeasurement("S", "A", Double.NaN, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replicateMeanWithoutAmplifiedWellsHasNoCq() {
        assertThatThrownBy(() -> new ReplicateMean("S", "A", 30.0, null, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReplicateMean("S", "A", null, null, 2, 2).cq()).isNull();
    }

    @Test
    void circulatingSpecimenNeedsATimepoint() {
        assertThatThrownBy(() -> new RegisteredSpecimen("P-1", "MI-001", Specimen.Kind.PLASMA, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RegisteredSpecimen("T-1", "MI-001", Specimen.Kind.TUMOUR_TISSUE, null)
                        .kind()
                        .circulating())
                .isFalse();
    }
}
