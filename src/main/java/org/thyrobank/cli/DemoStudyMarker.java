package org.thyrobank.cli;

import java.nio.file.Path;
import org.thyrobank.demo.SyntheticCohort;

/**
 * What a demo study folder was written for, kept in its {@value #FILE} file so that a second demo reuses it only for
 * the same cohort. The text is the seed, then the number of patients unless it is the designed 60: a 60-patient
 * marker reads as it always has (and as an older thyrobank wrote it, a seed alone).
 */
record DemoStudyMarker(long seed, int patients) {

    static final String FILE = ".demo-seed";

    static DemoStudyMarker parse(String text, Path file) {
        String[] words = text.strip().split("\\s+");
        try {
            if (words.length == 1) {
                return new DemoStudyMarker(Long.parseLong(words[0]), SyntheticCohort.DESIGNED_PATIENTS);
            }
            if (words.length == 2) {
                return new DemoStudyMarker(Long.parseLong(words[0]), Integer.parseInt(words[1]));
            }
        } catch (NumberFormatException e) {
            throw notAMarker(file);
        }
        throw notAMarker(file);
    }

    private static IllegalArgumentException notAMarker(Path file) {
        return new IllegalArgumentException(file + " is not a demo study marker (a seed, then optionally the number"
                + " of patients); choose another --study-dir");
    }

    String text() {
        return patients == SyntheticCohort.DESIGNED_PATIENTS ? Long.toString(seed) : seed + " " + patients;
    }

    /** demo-study-SEED, or demo-study-SEED-Npatients for another size, so that the two never share a folder. */
    String defaultFolderName() {
        return patients == SyntheticCohort.DESIGNED_PATIENTS
                ? "demo-study-" + seed
                : "demo-study-" + seed + "-" + patients + "patients";
    }

    String describe() {
        return "seed " + seed + " with " + patients + " patients";
    }

    /** The demo options that write this study. */
    String options() {
        return "--seed " + seed + " --patients " + patients;
    }
}
