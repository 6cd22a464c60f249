package org.thyrobank.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.thyrobank.clinical.PatientOutcome;

/**
 * A factor asked for by name: a report {@link Factor} by its label, else a catalogue hotspot id (MUTANT against
 * WILD_TYPE, NO_CALL undefined). {@code levels} are the present level, then the absent one.
 */
record FactorChoice(String label, List<String> levels, Function<PatientOutcome, Boolean> level) {

    static FactorChoice of(String label, PatientFactors factors) {
        Factor named = Arrays.stream(Factor.values()).filter(f -> f.label().equals(label)).findFirst().orElse(null);
        if (named != null) {
            return new FactorChoice(label, List.of(named.presentLevel(), named.absentLevel()), p -> factors.of(named, p));
        }
        return new FactorChoice(label, List.of(PatientFactors.MUTANT, PatientFactors.WILD_TYPE),
                p -> factors.ofHotspot(label, p));
    }

    String level(boolean present) {
        return levels.get(present ? 0 : 1);
    }
}
