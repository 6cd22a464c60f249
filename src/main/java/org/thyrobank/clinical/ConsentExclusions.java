package org.thyrobank.clinical;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who consent leaves out, scope by scope (docs/consent.md), for the report to count: {@code excluded}, the patients
 * none of whose data of the scope may be used (no row, or withdrawn with STOP_ALL_USE); {@code stopNewData}, those
 * whose data of the scope dated after a STOP_NEW_DATA withdrawal is left out. Both list every scope, sorted ids;
 * all empty when consent is not recorded.
 */
public record ConsentExclusions(
        boolean recorded, Map<Consent.Scope, List<String>> excluded, Map<Consent.Scope, List<String>> stopNewData) {

    public ConsentExclusions {
        excluded = Map.copyOf(excluded);
        stopNewData = Map.copyOf(stopNewData);
    }

    public static ConsentExclusions notRecorded() {
        return of(Set.of(), Consents.notRecorded());
    }

    /** Of every patient the stored (not yet filtered) bundle names. */
    public static ConsentExclusions of(ClinicalBundle stored) {
        return of(ClinicalDerivations.patientIds(stored), stored.consents());
    }

    static ConsentExclusions of(Set<String> patientIds, Consents consents) {
        Map<Consent.Scope, List<String>> excluded = new EnumMap<>(Consent.Scope.class);
        Map<Consent.Scope, List<String>> stopNewData = new EnumMap<>(Consent.Scope.class);
        for (Consent.Scope scope : Consent.Scope.values()) {
            excluded.put(scope, List.copyOf(consents.excluded(scope, patientIds)));
            stopNewData.put(
                    scope,
                    patientIds.stream()
                            .filter(id -> consents.stopsNewDataAfter(id, scope).isPresent())
                            .sorted()
                            .toList());
        }
        return new ConsentExclusions(consents.isRecorded(), excluded, stopNewData);
    }

    /** The patients left out of the population flow right after {@code enrolled}. */
    public List<String> withdrawnFromResearch() {
        return excluded.get(Consent.Scope.CLINICAL_RESEARCH);
    }
}
