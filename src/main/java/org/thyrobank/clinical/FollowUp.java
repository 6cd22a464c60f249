package org.thyrobank.clinical;

import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code clinical/follow_up.csv}; progressed_on is the adjudicated progression date. */
public record FollowUp(String patientId, LocalDate lastContactOn, LocalDate progressedOn, LocalDate diedOn) {

    public FollowUp {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(lastContactOn, "last_contact_on");
    }
}
