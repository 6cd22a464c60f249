package org.thyrobank.mirna;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thyrobank.mirna.normalisation.PlateCq;

/**
 * The stored qPCR results as the analyses start from them, before any normalisation: how many wells are stored,
 * the wells' Cq with technical replicates averaged plate by plate, and the specimens they name. What a report is
 * normalised from, and what a data freeze keeps of the qPCR.
 */
public record QpcrSnapshot(long valueCount, List<PlateCq> cq, List<RegisteredSpecimen> specimens) {

    public QpcrSnapshot {
        cq = List.copyOf(cq);
        specimens = List.copyOf(specimens);
    }

    /** The specimens as a registry; a specimen absent from the database then is absent here. */
    SpecimenRegistry registry() {
        Map<String, RegisteredSpecimen> byId =
                specimens.stream().collect(Collectors.toMap(RegisteredSpecimen::specimenId, Function.identity()));
        return id -> Optional.ofNullable(byId.get(id));
    }
}
