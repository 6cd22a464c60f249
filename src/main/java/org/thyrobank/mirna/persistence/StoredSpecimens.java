package org.thyrobank.mirna.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.thyrobank.mirna.RegisteredSpecimen;
import org.thyrobank.mirna.SpecimenRegistry;

/**
 * The specimens of the database as a {@link SpecimenRegistry}, each looked up once: a plate names the same
 * specimen in many wells. One instance serves one import or one query; it does not see later changes.
 */
public final class StoredSpecimens implements SpecimenRegistry {

    private final SpecimenMapper mapper;
    private final Map<String, Optional<RegisteredSpecimen>> seen = new HashMap<>();

    public StoredSpecimens(SpecimenMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<RegisteredSpecimen> find(String specimenId) {
        return seen.computeIfAbsent(specimenId, id -> Optional.ofNullable(mapper.find(id)));
    }
}
