package org.thyrobank.clinical.bundle;

import java.util.ArrayList;
import java.util.List;

/** The problems of one file, all of them counted and the first {@link #LIMIT} kept. */
final class Problems {

    static final int LIMIT = 50;

    private final List<String> listed = new ArrayList<>();
    private int count;

    void add(String problem) {
        count++;
        if (listed.size() < LIMIT) {
            listed.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    List<String> list() {
        if (count <= LIMIT) {
            return List.copyOf(listed);
        }
        List<String> all = new ArrayList<>(listed);
        all.add("... and " + (count - LIMIT) + " more problems (" + count + " in all)");
        return List.copyOf(all);
    }
}
