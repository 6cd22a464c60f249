package org.thyrobank.mirna.normalisation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of normalising a set of plates, with what it rests on.
 *
 * @param normaliserAssays the assays whose Cq formed each specimen's normaliser (for the global mean: the miRNAs
 *                         detected in every specimen)
 * @param calibration      the inter-plate offsets applied, or why none were
 */
public record Normalisation(
        NormalisationMethod method,
        List<String> normaliserAssays,
        PlateCalibration calibration,
        List<DeltaCq> deltaCq,
        List<DeltaDeltaCq> deltaDeltaCq) {

    public Normalisation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(calibration, "calibration");
        normaliserAssays = List.copyOf(normaliserAssays);
        deltaCq = List.copyOf(deltaCq);
        deltaDeltaCq = List.copyOf(deltaDeltaCq);
    }
}
