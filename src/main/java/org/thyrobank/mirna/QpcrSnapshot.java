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
 * the wells' technical replicates averaged plate by plate (mean and SD, for QC), the specimens they name and the
 * plates' no-template control wells (for the NTC check). What a report is normalised from, and what a data freeze
 * keeps of the qPCR.
 *
 * @param ntcWells the NTC wells by plate; a freeze made before they were stored has none
 */
public record QpcrSnapshot(
        long valueCount,
        Map<String, List<ReplicateMean>> replicateMeans,
        List<RegisteredSpecimen> specimens,
        Map<String, List<NtcWell>> ntcWells) {

    public QpcrSnapshot {
        replicateMeans = inPlateOrder(replicateMeans);
        specimens = List.copyOf(specimens);
        ntcWells = inPlateOrder(ntcWells == null ? Map.of() : ntcWells);
    }

    private static <T> Map<String, List<T>> inPlateOrder(Map<String, List<T>> byPlate) {
        Map<String, List<T>> inPlateOrder = new LinkedHashMap<>();
        byPlate.forEach((plate, values) -> inPlateOrder.put(plate, List.copyOf(values)));
        return Collections.unmodifiableMap(inPlateOrder);
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
