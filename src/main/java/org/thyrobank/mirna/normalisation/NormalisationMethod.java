package org.thyrobank.mirna.normalisation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.thyrobank.mirna.AssayKind;
import org.thyrobank.mirna.AssayPanel;

/**
 * How a specimen's normaliser Cq is formed: {@code global-mean} (the default, Mestdagh et al. 2009),
 * {@code reference:<miRNA,...>} (mean Cq of named reference miRNAs) or {@code spike-in:<assay>}.
 */
public sealed interface NormalisationMethod {

    String SYNTAX = "global-mean, reference:<miRNA,...> or spike-in:<assay>";

    /** The spec as the user writes it, e.g. {@code reference:hsa-miR-16-5p,hsa-miR-93-5p}. */
    String spec();

    /** Mean Cq of the hsa- miRNAs detected in every circulating specimen; spike-ins and calibrators excluded. */
    record GlobalMean() implements NormalisationMethod {

        @Override
        public String spec() {
            return "global-mean";
        }
    }

    record ReferenceMirnas(List<String> mirnas) implements NormalisationMethod {

        public ReferenceMirnas {
            mirnas = List.copyOf(mirnas);
            if (mirnas.isEmpty()) {
                throw new IllegalArgumentException("reference normalisation needs at least one miRNA");
            }
        }

        @Override
        public String spec() {
            return "reference:" + String.join(",", mirnas);
        }
    }

    record SpikeIn(String assay) implements NormalisationMethod {

        @Override
        public String spec() {
            return "spike-in:" + assay;
        }
    }

    /** Reads a method spec, checking its assays against the panel; a bad spec gets a message saying why. */
    static NormalisationMethod parse(String spec, AssayPanel panel) {
        String text = spec == null ? "" : spec.strip();
        if (text.equals("global-mean")) {
            return new GlobalMean();
        }
        if (text.startsWith("reference:")) {
            List<String> mirnas = Arrays.stream(
                            text.substring("reference:".length()).split(",", -1))
                    .map(String::strip)
                    .toList();
            Set<String> distinct = new LinkedHashSet<>(mirnas);
            if (mirnas.contains("") || distinct.size() != mirnas.size()) {
                throw bad(spec, "reference: takes a comma-separated list of distinct miRNAs");
            }
            for (String mirna : mirnas) {
                if (panel.kindOf(mirna).filter(k -> k == AssayKind.MIRNA).isEmpty()) {
                    throw bad(spec, "'" + mirna + "' is not a human miRNA of reference/mirna-panel.tsv");
                }
            }
            return new ReferenceMirnas(mirnas);
        }
        if (text.startsWith("spike-in:")) {
            String assay = text.substring("spike-in:".length()).strip();
            if (panel.kindOf(assay).filter(k -> k == AssayKind.SPIKE_IN).isEmpty()) {
                throw bad(spec, "'" + assay + "' is not a spike-in of reference/mirna-panel.tsv");
            }
            return new SpikeIn(assay);
        }
        throw bad(spec, "expected " + SYNTAX);
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("normalisation '" + spec + "': " + why);
    }
}
