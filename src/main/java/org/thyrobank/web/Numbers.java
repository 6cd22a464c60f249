package org.thyrobank.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How the pages write numbers (templates call it as {@code ${@num.p(x)}}): p and q values to three significant
 * figures and never more than four decimals ({@code < 0.001} below), doses and activities to two decimals, estimates
 * (odds and hazard ratios, medians) to two, rates to three, counts as integers; an undefined value as a dash. Downloads
 * (CSV, JSON) keep full precision and do not pass through here.
 */
@Component("num")
public class Numbers {

    /** What an undefined value (null, NaN) reads as. */
    public static final String UNDEFINED = "—";

    private static final double SMALLEST_P = 0.001;
    private static final int MOST_DECIMALS = 4;

    /** A p or q value: three significant figures, at most four decimals, "< 0.001" below 0.001. */
    public String p(Double value) {
        if (undefined(value)) {
            return UNDEFINED;
        }
        if (value < SMALLEST_P) {
            return "< 0.001";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        if (rounded.scale() > MOST_DECIMALS) {
            rounded = rounded.setScale(MOST_DECIMALS, RoundingMode.HALF_EVEN);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A dose (Gy) or an activity (GBq): two decimals. */
    public String dose(Number value) {
        return fixed(value, 2);
    }

    /** An estimate (odds ratio, hazard ratio, median months, a difference): two decimals, "∞" when infinite. */
    public String estimate(Number value) {
        if (value != null && Double.isInfinite(value.doubleValue())) {
            return "∞";
        }
        return fixed(value, 2);
    }

    /** A proportion: three decimals. */
    public String rate(Number value) {
        return fixed(value, 3);
    }

    /** A count: an integer, grouped by thousands. */
    public String count(Number value) {
        return value == null ? UNDEFINED : String.format(Locale.ROOT, "%,d", Math.round(value.doubleValue()));
    }

    /** A 95 % interval as "lower – upper" of two estimates; an unbounded end (null) as ∞. */
    public String interval(List<? extends Number> bounds) {
        if (bounds == null || bounds.size() != 2) {
            return UNDEFINED;
        }
        return bound(bounds.get(0)) + " – " + bound(bounds.get(1));
    }

    /** A rate's 95 % interval as "lower – upper", three decimals. */
    public String rateInterval(List<? extends Number> bounds) {
        if (bounds == null || bounds.size() != 2 || bounds.get(0) == null || bounds.get(1) == null) {
            return UNDEFINED;
        }
        return rate(bounds.get(0)) + " – " + rate(bounds.get(1));
    }

    /**
     * Counts of patients left out by reason, in words: "2 with no BRAF V600E call, 1 with no survival time"; "none"
     * when every count is 0. {@code factor} names the factor a {@code no_call} is about.
     */
    public String reasons(Map<String, ? extends Number> counts, String factor) {
        String words = counts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().longValue() > 0)
                .map(e -> count(e.getValue()) + " " + reason(e.getKey(), factor))
                .collect(Collectors.joining(", "));
        return words.isEmpty() ? "none" : words;
    }

    /** A left-out reason of the report ({@code no_call}, {@code not_evaluable}, ...) in words. */
    public String reason(String code, String factor) {
        return switch (code) {
            case "no_call" -> "with no " + (factor == null ? "" : factor.replace('_', ' ') + " ") + "call";
            case "not_evaluable" -> "not evaluable";
            case "not_treated" -> "not treated";
            case "undefined_outcome" -> "with an undefined outcome";
            case "no_survival_time" -> "with no survival time";
            case "missing_sample" -> "with a missing sample";
            case "preliminary_call" -> "with calls not yet signed out";
            default -> code.replace('_', ' ');
        };
    }

    /** A subgroup's conditions, e.g. "centre MILAN, histology PAPILLARY". */
    public String conditions(Map<String, ?> conditions) {
        return conditions.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private String bound(Number value) {
        return value == null ? "∞" : estimate(value);
    }

    private static String fixed(Number value, int decimals) {
        if (value == null || undefined(value.doubleValue())) {
            return UNDEFINED;
        }
        BigDecimal exact = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.doubleValue());
        return exact.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static boolean undefined(Double value) {
        return value == null || value.isNaN();
    }
}
