package org.thyrobank.genomics.vcf;

import java.util.Properties;

import org.thyrobank.platform.ReferenceFiles;

/** The figures a hotspot call is held to (docs/analyses.md, Hotspot calls). */
public record Thresholds(int minDepth, int minAltReads, double minVaf) {

    static final String FILE = "hotspot-thresholds.properties";

    public Thresholds {
        if (minDepth < 0 || minAltReads < 0 || minVaf < 0 || minVaf > 1) {
            throw new IllegalArgumentException("thresholds out of range: depth " + minDepth
                    + ", alt reads " + minAltReads + ", VAF " + minVaf);
        }
    }

    /** The defaults kept in {@code reference/hotspot-thresholds.properties}. */
    public static Thresholds defaults() {
        Properties properties = ReferenceFiles.properties(FILE);
        return new Thresholds(Integer.parseInt(required(properties, "min_depth")),
                Integer.parseInt(required(properties, "min_alt_reads")),
                Double.parseDouble(required(properties, "min_vaf")));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("reference/" + FILE + " has no " + key);
        }
        return value.trim();
    }
}
