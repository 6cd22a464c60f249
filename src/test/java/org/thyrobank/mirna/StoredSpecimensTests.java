package org.thyrobank.mirna;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.Specimen;

/** The clinical module's specimens as the plates need them: the timepoint keeps its name. */
class StoredSpecimensTests {

    @Test
    void everyClinicalTimepointIsAMirnaTimepointOfTheSameName() {
        for (Specimen.Timepoint timepoint : Specimen.Timepoint.values()) {
            RegisteredSpecimen registered = StoredSpecimens.registered(
                    new Specimen("P-1", "MI-001", Specimen.Kind.PLASMA, timepoint, LocalDate.of(2020, 1, 1)));
            assertThat(registered.timepoint().name()).isEqualTo(timepoint.name());
            assertThat(registered)
                    .isEqualTo(new RegisteredSpecimen(
                            "P-1", "MI-001", Specimen.Kind.PLASMA, Timepoint.valueOf(timepoint.name())));
        }
        assertThat(Timepoint.values()).hasSameSizeAs(Specimen.Timepoint.values());
    }

    @Test
    void tumourTissueHasNoTimepoint() {
        assertThat(StoredSpecimens.registered(new Specimen(
                                "T-1", "MI-001", Specimen.Kind.TUMOUR_TISSUE, null, LocalDate.of(2020, 1, 1)))
                        .timepoint())
                .isNull();
    }
}
