package org.thyrobank.analysis;

import java.util.List;

/**
 * Hotspot calls a report left out because no second lab member has signed their run out (docs/lab-pages.md).
 *
 * @param leftOut  whether the report used signed-out calls only; false when it was asked to include preliminary ones
 * @param patients the patients whose tumour calls were all preliminary: every hotspot factor is undefined for them,
 *                 and an association leaves them out as {@code preliminary_call}
 * @param calls    the preliminary tumour calls left out (of those patients and of patients with a signed-out run too)
 */
public record PreliminaryCalls(boolean leftOut, List<String> patients, int calls) {

    /** Every stored call used, signed out or not. */
    public static final PreliminaryCalls INCLUDED = new PreliminaryCalls(false, List.of(), 0);

    public PreliminaryCalls {
        patients = List.copyOf(patients);
        if (!leftOut && (!patients.isEmpty() || calls != 0)) {
            throw new IllegalArgumentException("preliminary calls included leave nothing out");
        }
    }
}
