package org.thyrobank.clinical.ctcae;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.AdverseEventSummary;

/** Per CTCAE term, in term order: the events reported, the patients who had them and the highest grade. */
public final class AdverseEventCounts {

    private AdverseEventCounts() {
    }

    public static List<AdverseEventSummary> summarise(List<AdverseEvent> events) {
        Map<String, List<AdverseEvent>> byTerm = events.stream()
                .collect(Collectors.groupingBy(AdverseEvent::term, TreeMap::new, Collectors.toList()));
        return byTerm.entrySet().stream()
                .map(e -> new AdverseEventSummary(e.getKey(), e.getValue().size(),
                        (int) e.getValue().stream().map(AdverseEvent::patientId).distinct().count(),
                        e.getValue().stream().mapToInt(AdverseEvent::grade).max().orElseThrow()))
                .toList();
    }
}
