package org.thyrobank.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of patients a test left out, by reason, in a fixed key order (the keys are the report's). */
final class LeftOut {

    static final String NOT_EVALUABLE = "not_evaluable";
    static final String NOT_TREATED = "not_treated";
    static final String NO_CALL = "no_call";
    static final String UNDEFINED_OUTCOME = "undefined_outcome";
    static final String NO_SURVIVAL_TIME = "no_survival_time";
    static final String MISSING_SAMPLE = "missing_sample";
    /** A factor undefined because consent withholds the data behind it (docs/consent.md). */
    static final String CONSENT_WITHDRAWN = "consent_withdrawn";
    /** A hotspot factor undefined because the patient's calls are of runs not signed out (docs/lab-pages.md). */
    static final String PRELIMINARY_CALL = "preliminary_call";

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    LeftOut(String... reasons) {
        for (String reason : reasons) {
            counts.put(reason, 0);
        }
    }

    void count(String reason) {
        if (!counts.containsKey(reason)) {
            throw new IllegalArgumentException("not a reason of this test: " + reason);
        }
        counts.merge(reason, 1, Integer::sum);
    }

    /** Counts a reason that is a key only once someone is left out for it (consent_withdrawn, preliminary_call). */
    void countOccasional(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
