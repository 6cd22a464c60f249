package org.thyrobank.genomics.vcf;

import org.thyrobank.platform.Settings;

/** The figures a hotspot call is held to (docs/analyses.md, Hotspot calls). */
public record Thresholds(int minDepth, int minAltReads, double minVaf) {

    static final String FILE = "hotspot-thresholds.properties";

    public Thresholds {
        if (minDepth < 0 || minAltReads < 0 || minVaf < 0 || minVaf > 1) {
            throw new IllegalArgumentException(
                    "thresholds out of range: depth " + minDepth + ", alt reads " + minAltReads + ", VAF " + minVaf);
        }
    }

    /** The defaults kept in {@code reference/hotspot-thresholds.properties}. */
    public static Thresholds defaults() {
        Settings s = Settings.reference(FILE);
        return new Thresholds(s.integer("min-depth"), s.integer("min-alt-reads"), s.number("min-vaf"));
    }
}
