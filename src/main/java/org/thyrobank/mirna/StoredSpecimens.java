package org.thyrobank.mirna;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Specimen;

/**
 * The specimens of the database, read through the clinical module that owns them, as a {@link SpecimenRegistry},
 * each looked up once: a plate names the same specimen in many wells. One instance serves one import or one query;
 * it does not see later changes.
 */
public final class StoredSpecimens implements SpecimenRegistry {

    private final ClinicalQueries clinical;
    private final Map<String, Optional<RegisteredSpecimen>> seen = new HashMap<>();

    public StoredSpecimens(ClinicalQueries clinical) {
        this.clinical = clinical;
    }

    @Override
    public Optional<RegisteredSpecimen> find(String specimenId) {
        return seen.computeIfAbsent(specimenId, id -> clinical.findSpecimen(id).map(StoredSpecimens::registered));
    }

    static RegisteredSpecimen registered(Specimen specimen) {
        return new RegisteredSpecimen(
                specimen.specimenId(),
                specimen.patientId(),
                specimen.kind(),
                specimen.timepoint() == null
                        ? null
                        : Timepoint.valueOf(specimen.timepoint().name()));
    }
}
