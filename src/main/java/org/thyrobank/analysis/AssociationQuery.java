package org.thyrobank.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thyrobank.analysis.stats.FisherExactTest;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.PatientOutcome;

/**
 * One 2x2 association on demand: a factor (a report {@link Factor} by its label, or any catalogue hotspot id, MUTANT
 * against WILD_TYPE) against an {@link Outcome}, optionally within a centre and/or histology. The same table, test
 * and left-out rules as the report's associations, with the patient ids behind every cell and every exclusion.
 *
 * @param factor    the factor's label, e.g. {@code BRAF_V600E+TERT} or {@code NRAS_Q61R}
 * @param centre    the subgroup's centre; null for all
 * @param histology the subgroup's histology; null for all
 */
public record AssociationQuery(String factor, Outcome outcome, Patient.Centre centre, Patient.Histology histology) {

    /**
     * The figures and the patients behind them. {@code table} rows are the factor's {@code levels}, columns the
     * outcome true / false; {@code cellPatients} the same cells' patient ids; an infinite odds ratio or bound is null.
     */
    public record Answer(
            String factor,
            String outcome,
            String method,
            Map<String, String> subgroup,
            int patientsInSubgroup,
            List<String> levels,
            List<List<Integer>> table,
            int n,
            Double oddsRatio,
            List<Double> oddsRatioCi95,
            Double pValue,
            Map<String, Integer> leftOut,
            Map<String, List<String>> leftOutPatients,
            List<List<List<String>>> cellPatients) {}

    /** The query from request parameters; blank centre/histology mean all. A bad one names its parameter. */
    public static AssociationQuery parse(
            String factor, String outcome, String centre, String histology, Collection<String> hotspotIds) {
        return new AssociationQuery(
                checkFactor(factor, hotspotIds),
                parseEnum(Outcome.class, "outcome", outcome, true),
                parseEnum(Patient.Centre.class, "centre", centre, false),
                parseEnum(Patient.Histology.class, "histology", histology, false));
    }

    /**
     * The factor when it is one of {@link #factorNames}, or a combination of two or more different ones joined by
     * {@code +} (all present) or {@code |} (any present); else a {@link QueryParameterException} for {@code factor}.
     */
    static String checkFactor(String factor, Collection<String> hotspotIds) {
        List<String> names = factorNames(hotspotIds);
        if (factor == null || factor.isBlank()) {
            throw new QueryParameterException("factor", "required: one of " + names + COMBINATIONS);
        }
        // an unencoded + in a query string arrives as a space
        factor = factor.trim().replaceAll("\\s+", FactorChoice.ALL);
        if (names.contains(factor)) {
            return factor;
        }
        List<String> parts = FactorChoice.parts(factor);
        if (parts.size() == 1) {
            throw new QueryParameterException("factor", "'" + factor + "' is not one of " + names + COMBINATIONS);
        }
        if (factor.contains(FactorChoice.ALL) && factor.contains(FactorChoice.ANY)) {
            throw new QueryParameterException(
                    "factor", "'" + factor + "' mixes + and |: join all its parts with one of them");
        }
        for (String part : parts) {
            if (!names.contains(part)) {
                throw new QueryParameterException(
                        "factor", "'" + part + "' in '" + factor + "' is not one of " + names);
            }
        }
        if (parts.stream().distinct().count() < parts.size()) {
            throw new QueryParameterException("factor", "'" + factor + "' names a part twice");
        }
        return factor;
    }

    private static final String COMBINATIONS = ", or two or more of them joined by + (all present) or | (any present)";

    /** The report's factor labels, then the catalogue's hotspot ids that are not already one of them. */
    public static List<String> factorNames(Collection<String> hotspotIds) {
        List<String> names = new java.util.ArrayList<>(
                Arrays.stream(Factor.values()).map(Factor::label).toList());
        hotspotIds.stream().filter(id -> !names.contains(id)).forEach(names::add);
        return names;
    }

    public Answer answer(List<PatientOutcome> patients, PatientFactors factors) {
        List<PatientOutcome> inSubgroup = patients.stream()
                .filter(p -> centre == null || p.centre() == centre)
                .filter(p -> histology == null || p.histology() == histology)
                .toList();
        FactorChoice chosen = FactorChoice.of(factor, factors);
        TwoByTwo counted = TwoByTwo.count(inSubgroup, chosen.level(), outcome, chosen::withheldReason);
        var fisher = FisherExactTest.test(
                counted.count(0, 0), counted.count(0, 1), counted.count(1, 0), counted.count(1, 1));
        Map<String, String> subgroup = new LinkedHashMap<>();
        if (centre != null) {
            subgroup.put("centre", centre.name());
        }
        if (histology != null) {
            subgroup.put("histology", histology.name());
        }
        return new Answer(
                factor,
                outcome.name(),
                Associations.METHOD,
                subgroup,
                inSubgroup.size(),
                chosen.levels(),
                counted.table(),
                counted.n(),
                Associations.finite(fisher.oddsRatio()),
                Arrays.asList(
                        Associations.finite(fisher.oddsRatioCiLower()), Associations.finite(fisher.oddsRatioCiUpper())),
                fisher.pValue(),
                counted.leftOutCounts(),
                counted.leftOutPatients(),
                counted.cellPatients());
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String parameter, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new QueryParameterException(
                        parameter, "required: one of " + Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryParameterException(
                    parameter, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
