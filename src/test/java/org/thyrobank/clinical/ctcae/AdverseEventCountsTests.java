package org.thyrobank.clinical.ctcae;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.AdverseEventSummary;

class AdverseEventCountsTests {

    @Test
    void eachTermGetsItsEventsPatientsAndHighestGrade() {
        List<AdverseEvent> events = List.of(new AdverseEvent("A", "Dry mouth", 1, null, null),
                new AdverseEvent("A", "Dry mouth", 2, null, null), new AdverseEvent("B", "Dry mouth", 1, null, null),
                new AdverseEvent("B", "Salivary duct inflammation", 3, null, null));

        assertThat(AdverseEventCounts.summarise(events)).containsExactly(
                new AdverseEventSummary("Dry mouth", 3, 2, 2),
                new AdverseEventSummary("Salivary duct inflammation", 1, 1, 3));
    }
}
