package org.thyrobank.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.thyrobank.clinical.PatientOutcome;

/**
 * A factor asked for by name: a report {@link Factor} by its label, else a catalogue hotspot id (MUTANT against
 * WILD_TYPE, NO_CALL undefined), else a combination of those (true/false). {@code levels} are the present level,
 * then the absent one.
 *
 * <p>A combination joins two or more names with {@code +} (all present) or {@code |} (any present), never both. As
 * docs/analyses.md defines {@code BRAF_V600E+TERT}: {@code A+B} is true when every part is present, false when any part
 * is absent, undefined otherwise; {@code A|B} is true when any part is present, false when every part is absent,
 * undefined otherwise. {@code fromHotspots}: whether any part is a hotspot factor (so consent or a preliminary call can
 * be why it is undefined, {@link #withheldReason}).
 */
record FactorChoice(
        String label,
        List<String> levels,
        Function<PatientOutcome, Boolean> level,
        boolean fromHotspots,
        PatientFactors factors) {

    static final String ALL = "+";
    static final String ANY = "|";

    static FactorChoice of(String label, PatientFactors factors) {
        Factor named = Arrays.stream(Factor.values())
                .filter(f -> f.label().equals(label))
                .findFirst()
                .orElse(null);
        if (named != null) {
            return new FactorChoice(
                    label,
                    List.of(named.presentLevel(), named.absentLevel()),
                    p -> factors.of(named, p),
                    named.fromHotspots(),
                    factors);
        }
        List<String> parts = parts(label);
        if (parts.size() > 1) {
            List<FactorChoice> choices =
                    parts.stream().map(part -> of(part, factors)).toList();
            List<Function<PatientOutcome, Boolean>> levels =
                    choices.stream().map(FactorChoice::level).toList();
            boolean all = label.contains(ALL);
            return new FactorChoice(
                    label,
                    List.of("true", "false"),
                    p -> combined(all, levels.stream().map(l -> l.apply(p)).toList()),
                    choices.stream().anyMatch(FactorChoice::fromHotspots),
                    factors);
        }
        return new FactorChoice(
                label,
                List.of(PatientFactors.MUTANT, PatientFactors.WILD_TYPE),
                p -> factors.ofHotspot(label, p),
                true,
                factors);
    }

    /** The names a combination joins (one name when {@code label} joins none). */
    static List<String> parts(String label) {
        return Arrays.stream(label.split("[+|]", -1)).map(String::trim).toList();
    }

    private static Boolean combined(boolean all, List<Boolean> parts) {
        Boolean decisive = !all;
        Boolean other = all;
        if (parts.contains(decisive)) {
            return decisive;
        }
        return parts.contains(null) ? null : other;
    }

    /**
     * Why the factor is undefined for {@code patient} other than a NO_CALL ({@code consent_withdrawn},
     * {@code preliminary_call}); null when it is not, or is a plain NO_CALL.
     */
    String withheldReason(PatientOutcome patient) {
        return fromHotspots ? factors.hotspotsWithheldReason(patient) : null;
    }

    String level(boolean present) {
        return levels.get(present ? 0 : 1);
    }
}
