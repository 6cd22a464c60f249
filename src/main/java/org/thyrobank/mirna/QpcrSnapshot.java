package org.thyrobank.mirna;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thyrobank.mirna.normalisation.PlateCq;

/**
 * The stored qPCR results as the analyses start from them, before any normalisation: how many wells are stored,
 * the wells' technical replicates averaged plate by plate (mean and SD, for QC), and the specimens they name. What a report is
 * normalised from, and what a data freeze keeps of the qPCR.
 */
public record QpcrSnapshot(
        long valueCount, Map<String, List<ReplicateMean>> replicateMeans, List<RegisteredSpecimen> specimens) {

    public QpcrSnapshot {
        Map<String, List<ReplicateMean>> inPlateOrder = new LinkedHashMap<>();
        replicateMeans.forEach((plate, means) -> inPlateOrder.put(plate, List.copyOf(means)));
        replicateMeans = Collections.unmodifiableMap(inPlateOrder);
        specimens = List.copyOf(specimens);
    }

    /** The replicate means' Cq, plate by plate: what normalisation starts from. */
    public List<PlateCq> cq() {
        return QpcrQueries.plateCq(replicateMeans);
    }

    /** The specimens as a registry; a specimen absent from the database then is absent here. */
    SpecimenRegistry registry() {
        Map<String, RegisteredSpecimen> byId =
                specimens.stream().collect(Collectors.toMap(RegisteredSpecimen::specimenId, Function.identity()));
        return id -> Optional.ofNullable(byId.get(id));
    }
}
