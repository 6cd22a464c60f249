package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.vcf.VCFConstants;
import java.util.List;

/** Reads a sample's FORMAT values as htsjdk leaves them (text until asked), {@code .} being missing. */
final class FormatValues {

    private FormatValues() {}

    /** Every comma-separated integer of a FORMAT field, {@code -1} where missing; {@code null} when the field is absent. */
    static int[] ints(Genotype sample, String key) {
        String[] parts = parts(sample.getExtendedAttribute(key));
        if (parts == null) {
            return null;
        }
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = isMissing(parts[i]) ? -1 : (int) Math.round(Double.parseDouble(parts[i].trim()));
        }
        return values;
    }

    /** The first integer of a FORMAT field, or {@code null}. */
    static Integer firstInt(Genotype sample, String key) {
        int[] values = ints(sample, key);
        return values == null || values.length == 0 || values[0] < 0 ? null : values[0];
    }

    /** Every comma-separated number of a FORMAT field, a trailing {@code %} read as a percentage, NaN where missing. */
    static double[] doubles(Genotype sample, String key) {
        return doubles(sample.getExtendedAttribute(key));
    }

    /** {@link #doubles(Genotype, String)} of a FORMAT value as written (a {@code String} or htsjdk's list), or {@code null}. */
    static double[] doubles(Object value) {
        String[] parts = parts(value);
        if (parts == null) {
            return null;
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (isMissing(part)) {
                values[i] = Double.NaN;
            } else if (part.endsWith("%")) {
                values[i] = Double.parseDouble(part.substring(0, part.length() - 1)) / 100;
            } else {
                values[i] = Double.parseDouble(part);
            }
        }
        return values;
    }

    /** The sample's FORMAT DP, or {@code null} (boxed before choosing: a missing DP must not unbox a null). */
    static Integer depth(Genotype sample) {
        return sample.hasDP() ? Integer.valueOf(sample.getDP()) : firstInt(sample, VCFConstants.DEPTH_KEY);
    }

    private static String[] parts(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof List<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return isMissing(text) ? null : text.split(",");
    }

    private static boolean isMissing(String text) {
        return text.isEmpty() || text.equals(VCFConstants.MISSING_VALUE_v4);
    }
}
