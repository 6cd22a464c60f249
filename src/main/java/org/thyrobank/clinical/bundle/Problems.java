package org.thyrobank.clinical.bundle;

import java.util.ArrayList;
import java.util.List;
import org.thyrobank.platform.BundleFileException;

/** The problems of one file, all of them counted and the first {@link BundleFileException#LISTED_PROBLEMS} kept. */
final class Problems {

    private final List<String> listed = new ArrayList<>();
    private int count;

    void add(String problem) {
        count++;
        if (listed.size() < BundleFileException.LISTED_PROBLEMS) {
            listed.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The rejection of {@code file} for these problems (the first ones listed, the rest counted). */
    BundleFileException rejection(String file) {
        return new BundleFileException(file, listed, count);
    }
}
