package org.thyrobank.web.runs;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thyrobank.genomics.SequencingRuns.Evidence;

/**
 * Readable figures for the lab pages, as {@code @labFormat} in their templates: VAF as a percentage to three
 * significant figures, counts as integers, Cq to three decimals, missing figures as a dash.
 */
@Component("labFormat")
public class LabFormat {

    static final String NONE = "–";

    /** 0.0512 as {@code 5.12 %} (a no-break space before the sign), 0.5 as {@code 50.0 %}, 1 as {@code 100 %}. */
    public String vaf(Double vaf) {
        if (vaf == null || vaf.isNaN()) {
            return NONE;
        }
        double percent = vaf * 100;
        int integerDigits = percent < 1 ? 1 : (int) Math.floor(Math.log10(percent)) + 1;
        int decimals = Math.max(0, 3 - integerDigits);
        if (percent > 0 && percent < 1) {
            // below 1 %: three significant figures after the leading zeros
            decimals = 2 - (int) Math.floor(Math.log10(percent));
        }
        return String.format(Locale.ROOT, "%." + decimals + "f\u00a0%%", percent);
    }

    public String count(Number count) {
        return count == null ? NONE : String.format(Locale.ROOT, "%,d", count.longValue());
    }

    /** A Cq to three decimals as the plate pages show it; a well that did not amplify is {@code Undetermined}. */
    public String cq(Double cq) {
        return cq == null ? "Undetermined" : String.format(Locale.ROOT, "%.3f", cq);
    }

    /** The minimum VAF of a threshold as a percentage: 0.05 as {@code 5 %}. */
    public String threshold(double minVaf) {
        return String.format(Locale.ROOT, "%s\u00a0%%", trim(minVaf * 100));
    }

    /** The callers that wrote the records at a hotspot, or a dash when no record reaches it. */
    public String callers(List<Evidence> evidence) {
        return evidence.stream()
                .map(Evidence::caller)
                .map(c -> c == null ? "unnamed" : c)
                .distinct()
                .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? NONE : s));
    }

    /** The FILTER values of the records at a hotspot ({@code .} when a record gave none). */
    public String filters(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> e.filter() == null ? "." : e.filter())
                .distinct()
                .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? NONE : s));
    }

    /** A NO_CALL reason in words. */
    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "LOW_COVERAGE" -> "low coverage: depth below the minimum";
            case "BELOW_THRESHOLD" -> "allele seen, below the alt-read or VAF minimum";
            case "FILTERED" -> "allele only on records that failed the caller's filters";
            case "NO_EVIDENCE" -> "no record, gVCF block or covered region at the locus";
            default -> reason;
        };
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.replaceAll("\\.?0+$", "");
    }
}
