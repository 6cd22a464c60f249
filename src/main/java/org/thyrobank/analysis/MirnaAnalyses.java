package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.thyrobank.analysis.Report.MirnaFactorComparison;
import org.thyrobank.analysis.Report.MirnaGroupComparison;
import org.thyrobank.analysis.Report.MirnaPairedComparison;
import org.thyrobank.analysis.Report.MirnaTest;
import org.thyrobank.analysis.stats.BenjaminiHochberg;
import org.thyrobank.analysis.stats.WilcoxonRankSumTest;
import org.thyrobank.analysis.stats.WilcoxonSignedRankTest;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.mirna.Timepoint;
import org.thyrobank.mirna.normalisation.DeltaCq;
import org.thyrobank.mirna.normalisation.DeltaDeltaCq;
import org.thyrobank.mirna.normalisation.Normalisation;

/**
 * The miRNA tests (docs/analyses.md) for every miRNA detected in every circulating specimen of the normalisation:
 * {@code pre_cr_vs_noncr}, {@code wilcox.test(dCq[CR], dCq[non-CR])} on PRE dCq of evaluable patients;
 * {@code post_vs_pre}, the signed rank test of the patients' ddCq = POST - PRE dCq (rounded to 6 decimals, as
 * {@code wilcox.test(post, pre, paired = TRUE)} when the decimal differences are exact), with the median ddCq;
 * {@code change_cr_vs_noncr}, the ddCq of evaluable patients with SOFT_TISSUE_CR against those without; and
 * {@code pre_by_<X>}, PRE dCq of patients whose IODINE_REFRACTORY, RADIORESISTANT, BRAF_V600E or TERT_PROMOTER is
 * true (MUTANT) against false (WILD_TYPE), {@code wilcox.test(x_true, x_false)}.
 * q values are Benjamini-Hochberg within each test. Each row counts the QC-flagged specimens among those it used
 * (docs/analyses.md: flags are reported with every result).
 */
final class MirnaAnalyses {

    static final String PRE_CR_VS_NONCR = "pre_cr_vs_noncr";
    static final String POST_VS_PRE = "post_vs_pre";
    static final String CHANGE_CR_VS_NONCR = "change_cr_vs_noncr";
    static final String PRE_BY = "pre_by_";

    private MirnaAnalyses() {}

    /** The miRNAs detected in every specimen of the normalisation, sorted. */
    static List<String> detectedEverywhere(Normalisation normalisation) {
        Set<String> specimens =
                normalisation.deltaCq().stream().map(DeltaCq::specimenId).collect(Collectors.toSet());
        Map<String, Set<String>> detectedIn = new TreeMap<>();
        for (DeltaCq delta : normalisation.deltaCq()) {
            Set<String> in = detectedIn.computeIfAbsent(delta.mirna(), m -> new HashSet<>());
            if (delta.detected()) {
                in.add(delta.specimenId());
            }
        }
        return detectedIn.entrySet().stream()
                .filter(e -> e.getValue().size() == specimens.size())
                .map(Map.Entry::getKey)
                .toList();
    }

    static List<MirnaTest> all(
            Normalisation normalisation, List<PatientOutcome> patients, Set<String> flagged, PatientFactors factors) {
        if (normalisation == null) {
            return List.of();
        }
        List<String> mirnas = detectedEverywhere(normalisation);
        ByMirna rows = ByMirna.of(normalisation);
        List<List<MirnaTest>> byTest = new ArrayList<>();
        byTest.add(mirnas.stream()
                .map(m -> (MirnaTest) preCrVsNonCr(m, rows, patients, flagged))
                .toList());
        byTest.add(mirnas.stream()
                .map(m -> (MirnaTest) postVsPre(m, rows, flagged))
                .toList());
        byTest.add(mirnas.stream()
                .map(m -> (MirnaTest) changeCrVsNonCr(m, rows, patients, flagged))
                .toList());
        for (Outcome outcome : List.of(Outcome.IODINE_REFRACTORY, Outcome.RADIORESISTANT)) {
            byTest.add(mirnas.stream()
                    .map(m -> (MirnaTest) preBy(
                            PRE_BY + outcome.name(),
                            m,
                            rows,
                            patients,
                            flagged,
                            outcome::of,
                            outcome.evaluableOnly(),
                            LeftOut.UNDEFINED_OUTCOME))
                    .toList());
        }
        for (Factor factor : List.of(Factor.BRAF_V600E, Factor.TERT_PROMOTER)) {
            byTest.add(mirnas.stream()
                    .map(m -> (MirnaTest) preBy(
                            PRE_BY + factor.label(),
                            m,
                            rows,
                            patients,
                            flagged,
                            p -> factors.of(factor, p),
                            false,
                            LeftOut.NO_CALL))
                    .toList());
        }
        List<List<Double>> qValues = byTest.stream()
                .map(tests -> BenjaminiHochberg.adjust(
                        tests.stream().map(MirnaTest::pValue).toList()))
                .toList();
        List<MirnaTest> tests = new ArrayList<>();
        for (int i = 0; i < mirnas.size(); i++) {
            for (int t = 0; t < byTest.size(); t++) {
                tests.add(withQ(byTest.get(t).get(i), qValues.get(t).get(i)));
            }
        }
        return tests;
    }

    private static MirnaTest withQ(MirnaTest test, Double q) {
        if (test instanceof MirnaGroupComparison g) {
            return new MirnaGroupComparison(
                    g.mirna(), g.test(), g.n(), g.nCr(), g.nNonCr(), g.pValue(), q, g.flaggedSpecimens(), g.leftOut());
        }
        if (test instanceof MirnaPairedComparison p) {
            return new MirnaPairedComparison(
                    p.mirna(), p.test(), p.n(), p.medianDdcq(), p.pValue(), q, p.flaggedSpecimens(), p.leftOut());
        }
        MirnaFactorComparison f = (MirnaFactorComparison) test;
        return new MirnaFactorComparison(
                f.mirna(), f.test(), f.n(), f.nTrue(), f.nFalse(), f.pValue(), q, f.flaggedSpecimens(), f.leftOut());
    }

    /**
     * The normalisation's rows grouped by miRNA once, in their order, and each miRNA's PRE dCq and specimens worked
     * out once: each test reads one miRNA's rows rather than the whole panel's (on 10,000 patients, scanning every
     * row for each miRNA and test took most of the report's time).
     */
    static final class ByMirna {

        private final Map<String, List<DeltaCq>> deltaCq;
        private final Map<String, List<DeltaDeltaCq>> deltaDeltaCq;
        private final Map<String, Map<String, Double>> preDeltaCq = new HashMap<>();
        private final Map<List<Object>, Map<String, List<String>>> specimensUsed = new HashMap<>();

        private ByMirna(Map<String, List<DeltaCq>> deltaCq, Map<String, List<DeltaDeltaCq>> deltaDeltaCq) {
            this.deltaCq = deltaCq;
            this.deltaDeltaCq = deltaDeltaCq;
        }

        static ByMirna of(Normalisation normalisation) {
            return new ByMirna(
                    normalisation.deltaCq().stream().collect(Collectors.groupingBy(DeltaCq::mirna)),
                    normalisation.deltaDeltaCq().stream().collect(Collectors.groupingBy(DeltaDeltaCq::mirna)));
        }

        List<DeltaCq> deltaCq(String mirna) {
            return deltaCq.getOrDefault(mirna, List.of());
        }

        List<DeltaDeltaCq> deltaDeltaCq(String mirna) {
            return deltaDeltaCq.getOrDefault(mirna, List.of());
        }

        /** patient -> PRE dCq of one miRNA (patients whose PRE specimen has no normaliser are absent). */
        Map<String, Double> preDeltaCq(String mirna) {
            return preDeltaCq.computeIfAbsent(mirna, m -> {
                Map<String, Double> pre = new HashMap<>();
                deltaCq(m).stream()
                        .filter(d -> d.timepoint() == Timepoint.PRE && d.dCq() != null)
                        .forEach(d -> pre.put(d.patientId(), d.dCq()));
                return Collections.unmodifiableMap(pre);
            });
        }

        /** patient -> the specimens of these timepoints that measured the miRNA. */
        Map<String, List<String>> specimensUsed(String mirna, Timepoint... timepoints) {
            return specimensUsed.computeIfAbsent(List.of(mirna, List.of(timepoints)), key -> {
                Map<String, List<String>> used = new HashMap<>();
                for (Timepoint timepoint : timepoints) {
                    specimens(mirna, timepoint)
                            .forEach((patient, specimen) -> used.computeIfAbsent(patient, p -> new ArrayList<>())
                                    .add(specimen));
                }
                return Collections.unmodifiableMap(used);
            });
        }

        /** patient -> the specimen of one timepoint that measured the miRNA. */
        Map<String, String> specimens(String mirna, Timepoint timepoint) {
            Map<String, String> specimens = new HashMap<>();
            deltaCq(mirna).stream()
                    .filter(d -> d.timepoint() == timepoint)
                    .forEach(d -> specimens.put(d.patientId(), d.specimenId()));
            return specimens;
        }
    }

    /** PRE dCq of evaluable patients with SOFT_TISSUE_CR against those without, Mann-Whitney. */
    private static MirnaGroupComparison preCrVsNonCr(
            String mirna, ByMirna rows, List<PatientOutcome> patients, Set<String> flagged) {
        Split split = Split.of(
                patients,
                rows.preDeltaCq(mirna),
                rows.specimensUsed(mirna, Timepoint.PRE),
                flagged,
                PatientOutcome::softTissueCr,
                true,
                LeftOut.UNDEFINED_OUTCOME);
        return new MirnaGroupComparison(
                mirna,
                PRE_CR_VS_NONCR,
                split.n(),
                split.yes().size(),
                split.no().size(),
                split.pValue(),
                null,
                split.flaggedUsed(),
                split.leftOut());
    }

    private static MirnaPairedComparison postVsPre(String mirna, ByMirna rows, Set<String> flagged) {
        double[] ddCq = rows.deltaDeltaCq(mirna).stream()
                .mapToDouble(DeltaDeltaCq::ddCq)
                .toArray();
        Set<String> paired =
                rows.deltaDeltaCq(mirna).stream().map(DeltaDeltaCq::patientId).collect(Collectors.toSet());
        LeftOut leftOut = new LeftOut(LeftOut.MISSING_SAMPLE);
        rows.deltaCq(mirna).stream()
                .filter(d -> !paired.contains(d.patientId()))
                .map(DeltaCq::patientId)
                .distinct()
                .forEach(p -> leftOut.count(LeftOut.MISSING_SAMPLE));
        Map<String, String> pre = rows.specimens(mirna, Timepoint.PRE);
        Map<String, String> post = rows.specimens(mirna, Timepoint.POST);
        int flaggedUsed = (int) paired.stream()
                .flatMap(patient -> Stream.of(pre.get(patient), post.get(patient)))
                .filter(flagged::contains)
                .count();
        Double p =
                ddCq.length == 0 ? null : WilcoxonSignedRankTest.oneSample(ddCq).pValue();
        return new MirnaPairedComparison(
                mirna, POST_VS_PRE, ddCq.length, median(ddCq), p, null, flaggedUsed, leftOut.counts());
    }

    /** ddCq of evaluable patients with SOFT_TISSUE_CR against those without, Mann-Whitney. */
    private static MirnaGroupComparison changeCrVsNonCr(
            String mirna, ByMirna rows, List<PatientOutcome> patients, Set<String> flagged) {
        Map<String, Double> ddCq = new HashMap<>();
        rows.deltaDeltaCq(mirna).forEach(d -> ddCq.put(d.patientId(), d.ddCq()));
        Split split = Split.of(
                patients,
                ddCq,
                rows.specimensUsed(mirna, Timepoint.PRE, Timepoint.POST),
                flagged,
                PatientOutcome::softTissueCr,
                true,
                LeftOut.UNDEFINED_OUTCOME);
        return new MirnaGroupComparison(
                mirna,
                CHANGE_CR_VS_NONCR,
                split.n(),
                split.yes().size(),
                split.no().size(),
                split.pValue(),
                null,
                split.flaggedUsed(),
                split.leftOut());
    }

    /** PRE dCq of patients whose factor or outcome is true against false, Mann-Whitney. */
    private static MirnaFactorComparison preBy(
            String test,
            String mirna,
            ByMirna rows,
            List<PatientOutcome> patients,
            Set<String> flagged,
            Function<PatientOutcome, Boolean> level,
            boolean evaluableOnly,
            String undefined) {
        Split split = Split.of(
                patients,
                rows.preDeltaCq(mirna),
                rows.specimensUsed(mirna, Timepoint.PRE),
                flagged,
                level,
                evaluableOnly,
                undefined);
        return new MirnaFactorComparison(
                mirna,
                test,
                split.n(),
                split.yes().size(),
                split.no().size(),
                split.pValue(),
                null,
                split.flaggedUsed(),
                split.leftOut());
    }

    /**
     * The patients' values split by a level (true / false), with the QC-flagged specimens behind the values used.
     * Left out, each once and in this order: patients who are not evaluable (for a level of the evaluable only),
     * whose level is undefined (NO_CALL, or an outcome undefined) and those without a value.
     */
    private record Split(List<Double> yes, List<Double> no, int flaggedUsed, Map<String, Integer> leftOut) {

        static Split of(
                List<PatientOutcome> patients,
                Map<String, Double> values,
                Map<String, List<String>> specimensUsed,
                Set<String> flagged,
                Function<PatientOutcome, Boolean> level,
                boolean evaluableOnly,
                String undefined) {
            LeftOut leftOut = evaluableOnly
                    ? new LeftOut(LeftOut.NOT_EVALUABLE, undefined, LeftOut.MISSING_SAMPLE)
                    : new LeftOut(undefined, LeftOut.MISSING_SAMPLE);
            List<Double> yes = new ArrayList<>();
            List<Double> no = new ArrayList<>();
            int flaggedUsed = 0;
            for (PatientOutcome patient : patients) {
                Boolean value = level.apply(patient);
                Double x = values.get(patient.patientId());
                if (evaluableOnly && !patient.evaluable()) {
                    leftOut.count(LeftOut.NOT_EVALUABLE);
                } else if (value == null) {
                    leftOut.count(undefined);
                } else if (x == null) {
                    leftOut.count(LeftOut.MISSING_SAMPLE);
                } else {
                    (value ? yes : no).add(x);
                    flaggedUsed += (int) specimensUsed.getOrDefault(patient.patientId(), List.of()).stream()
                            .filter(flagged::contains)
                            .count();
                }
            }
            return new Split(yes, no, flaggedUsed, leftOut.counts());
        }

        int n() {
            return yes.size() + no.size();
        }

        Double pValue() {
            return yes.isEmpty() || no.isEmpty()
                    ? null
                    : WilcoxonRankSumTest.test(array(yes), array(no)).pValue();
        }
    }

    /** R's median: the middle value, or the mean of the two middle values; null for no values. */
    static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
