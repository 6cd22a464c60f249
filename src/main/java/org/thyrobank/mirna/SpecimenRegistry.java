package org.thyrobank.mirna;

import java.util.Optional;

/**
 * The specimens the study knows (specimens.csv). The import looks every plate's specimen up here;
 * {@link StoredSpecimens} reads them through the clinical module, which owns them (a test gives its own), so that
 * reading and checking a plate needs no database.
 */
@FunctionalInterface
public interface SpecimenRegistry {

    Optional<RegisteredSpecimen> find(String specimenId);
}
