package org.thyrobank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.demo.BundleCsv.rows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.clinical.AnalysisPopulation;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalDerivations;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionClass;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Therapy;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;

/**
 * The demo bundle read by the clinical reader and derived as the report derives it (docs/analyses.md), for several
 * seeds: the plan's populations (60 enrolled, all in dosimetry, 5 exited to standard care, 55 treated, 46
 * evaluable), the activities against the MTA and the recommended activity, the 6-month scans against the derived
 * lesion classes, and the adverse events' attributions.
 */
class SyntheticCohortDerivationTests {

    private static final long[] SEEDS = {20_260_101L, 1, 7, 11, 42};
    private static final BigDecimal DEVIATION_FRACTION = new BigDecimal("0.95");
    private static final BigDecimal MTA_TOLERANCE_GBQ = new BigDecimal("0.005");

    @TempDir
    static Path root;

    private static final Map<Long, Written> WRITTEN = new HashMap<>();

    /** One seed's bundle as written, and what the reader and the derivations make of it. */
    private record Written(
            Path study, SyntheticCohort.Summary summary, ClinicalBundle bundle, DerivedClinical derived) {

        List<PatientOutcome> patients() {
            return derived.patients();
        }

        Set<String> ids(Predicate<PatientOutcome> which) {
            return patients().stream()
                    .filter(which)
                    .map(PatientOutcome::patientId)
                    .collect(Collectors.toSet());
        }

        List<CSVRecord> rows(String clinicalFile) {
            return BundleCsv.rows(study.resolve("clinical").resolve(clinicalFile));
        }

        List<String> header(String clinicalFile) {
            try {
                return List.of(Files.readAllLines(study.resolve("clinical").resolve(clinicalFile))
                        .get(0)
                        .split(","));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static LongStream seeds() {
        return LongStream.of(SEEDS);
    }

    private static synchronized Written written(long seed) {
        return WRITTEN.computeIfAbsent(seed, s -> {
            Path study = root.resolve("study-" + s);
            SyntheticCohort.Summary summary = SyntheticCohort.write(study, s);
            ClinicalBundle bundle = ClinicalBundleReader.read(study.resolve("clinical"));
            return new Written(study, summary, bundle, ClinicalDerivations.derive(bundle));
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sixtyEnrolledAllWithDosimetryFiveExitedFiftyFiveTreatedFortySixEvaluable(long seed) {
        Written w = written(seed);
        List<PatientOutcome> patients = w.patients();
        assertThat(patients).hasSize(60);
        assertThat(patients).allMatch(PatientOutcome::inDosimetry);
        assertThat(w.ids(p -> Boolean.TRUE.equals(p.exitToStandardCare()))).hasSize(5);
        assertThat(w.ids(PatientOutcome::treated)).hasSize(55);
        assertThat(w.ids(PatientOutcome::evaluable)).hasSize(46);
        Map<AnalysisPopulation.Reason, Long> leftOut = patients.stream()
                .filter(p -> !p.evaluable())
                .collect(Collectors.groupingBy(AnalysisPopulation::leftOut, TreeMap::new, Collectors.counting()));
        assertThat(leftOut)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        AnalysisPopulation.Reason.EXIT_TO_STANDARD_CARE,
                        5L,
                        AnalysisPopulation.Reason.NO_VISIT_AT_6_MONTHS,
                        9L)));
        assertThat(w.summary().patients()).isEqualTo(60);
        assertThat(w.summary().evaluable()).isEqualTo(46);
        assertThat(patients.stream().map(PatientOutcome::centre).distinct()).hasSize(2);
    }

    /** Two of the five exited are given 131I in standard care anyway: a therapies.csv row off protocol. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theExitedAreIodineRefractoryOffProtocolAndOutsideTheSafetyData(long seed) {
        Written w = written(seed);
        Set<String> exited = w.ids(p -> Boolean.TRUE.equals(p.exitToStandardCare()));
        assertThat(w.patients()).filteredOn(p -> exited.contains(p.patientId())).allSatisfy(p -> {
            assertThat(p.iodineRefractory()).isTrue();
            assertThat(p.treated()).isFalse();
            assertThat(p.softTissueCr()).isNull();
        });
        Set<String> withTherapy = w.bundle().therapies().stream()
                .map(Therapy::patientId)
                .filter(exited::contains)
                .collect(Collectors.toSet());
        assertThat(withTherapy).hasSize(2);
        Map<String, List<LesionClass>> softTissueClasses = w.derived().lesionDoses().stream()
                .filter(d -> d.site() == Lesion.Site.SOFT_TISSUE)
                .collect(Collectors.groupingBy(
                        LesionDose::patientId, Collectors.mapping(LesionDose::lesionClass, Collectors.toList())));
        assertThat(withTherapy)
                .allSatisfy(id -> assertThat(softTissueClasses.get(id)).contains(LesionClass.LOW_UPTAKE));
        assertThat(w.rows("adverse_events.csv")).noneMatch(r -> exited.contains(r.get("patient_id")));
        assertThat(w.rows("follow_up.csv").stream().map(r -> r.get("patient_id")))
                .containsAll(exited);
    }

    /**
     * Every treated soft-tissue lesion can reach 80 Gy at the MTA; no first therapy is above the MTA, and the plan
     * gives 3 treated patients less than the recommended activity, so at most a few more (the 18.5 GBq practical
     * maximum) may fall below 95 % of it.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void treatedPatientsAreGivenTheirRecommendedActivityUpToTheMtaSaveAFewDeviations(long seed) {
        Written w = written(seed);
        Set<String> treated = w.ids(PatientOutcome::treated);
        assertThat(w.derived().lesionDoses())
                .filteredOn(d -> treated.contains(d.patientId()))
                .noneMatch(d -> d.lesionClass() == LesionClass.LOW_UPTAKE);
        long atRecommended = 0;
        for (PatientOutcome p : w.patients()) {
            if (!p.treated()) {
                continue;
            }
            BigDecimal given =
                    w.bundle().firstTherapy(p.patientId()).orElseThrow().administeredGbq();
            assertThat(given).as(p.patientId()).isLessThanOrEqualTo(p.mta().add(MTA_TOLERANCE_GBQ));
            atRecommended += given.compareTo(DEVIATION_FRACTION.multiply(p.recommendedActivity())) >= 0 ? 1 : 0;
        }
        assertThat(atRecommended).isBetween(49L, 55L);
    }

    /**
     * No dates that disagree (baselines before therapy, plasma timepoints, visits and draws within follow-up). The
     * reader on this branch does not know fdg.csv's timepoint and adverse_events.csv's attribution columns yet and
     * says so; once it does, there is no warning at all.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void theReaderFindsNothingToWarnAboutButColumnsItDoesNotKnowYet(long seed) {
        assertThat(written(seed).bundle().warnings())
                .allSatisfy(warning -> assertThat(warning)
                        .containsAnyOf("column 'timepoint'", "column 'attribution'")
                        .contains("unknown column"));
    }

    /** A second cycle only for an evaluable patient without a complete response, after the 6-month visit. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aFewEvaluablePatientsHaveASecondCycleAfterTheSixMonthVisit(long seed) {
        Written w = written(seed);
        Map<String, List<Therapy>> cycles =
                w.bundle().therapies().stream().collect(Collectors.groupingBy(Therapy::patientId));
        Map<String, List<Therapy>> repeated = cycles.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(repeated.size()).isBetween(1, 15);
        Set<String> evaluable = w.ids(PatientOutcome::evaluable);
        Set<String> complete = w.ids(p -> Boolean.TRUE.equals(p.softTissueCr()));
        repeated.forEach((id, therapies) -> {
            assertThat(therapies).hasSize(2);
            assertThat(evaluable).contains(id);
            assertThat(complete).doesNotContain(id);
            assertThat(ChronoUnit.DAYS.between(
                            therapies.get(0).treatedOn(), therapies.get(1).treatedOn()))
                    .isGreaterThan(182);
        });
    }

    /**
     * The 6-month scans: POST FDG rows for the 41 evaluable patients the plan does not leave without (46 - 5), every
     * lesion of theirs; a repeated 124I PET for 38 (46 - 8), 172 to 203 days after therapy (the 6-month visit, days
     * 182 to 203, and the scan up to 10 days before it), every lesion of theirs. A lesion the derivations class
     * RESPONSIVE has less iodine and no more FDG uptake than before therapy.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void mostEvaluablePatientsHaveSixMonthFdgAndIodineScansOfEveryLesion(long seed) {
        Written w = written(seed);
        Set<String> evaluable = w.ids(PatientOutcome::evaluable);
        Map<String, Set<String>> lesions = w.bundle().lesions().stream()
                .collect(Collectors.groupingBy(
                        Lesion::patientId, Collectors.mapping(Lesion::lesionId, Collectors.toSet())));
        Set<String> responsive = w.derived().lesionDoses().stream()
                .filter(d -> d.lesionClass() == LesionClass.RESPONSIVE)
                .map(d -> key(d.patientId(), d.lesionId()))
                .collect(Collectors.toSet());

        List<CSVRecord> fdg = w.rows("fdg.csv");
        assertThat(fdg).allSatisfy(r -> assertThat(r.get("timepoint")).isIn("PRE", "POST"));
        assertThat(fdg)
                .filteredOn(r -> r.get("timepoint").equals("PRE"))
                .hasSize(lesions.values().stream().mapToInt(Set::size).sum());
        Map<String, Set<String>> post = byPatient(
                fdg.stream().filter(r -> r.get("timepoint").equals("POST")).toList());
        assertThat(post).hasSize(41);
        post.forEach((id, scanned) -> {
            assertThat(evaluable).contains(id);
            assertThat(scanned).isEqualTo(lesions.get(id));
        });
        Map<String, Map<String, Double>> suv = new HashMap<>();
        for (CSVRecord r : fdg) {
            double value = Double.parseDouble(r.get("suv_max"));
            assertThat(Boolean.parseBoolean(r.get("fdg_positive")))
                    .as(r.toString())
                    .isEqualTo(value >= 2.5);
            suv.computeIfAbsent(key(r.get("patient_id"), r.get("lesion_id")), k -> new HashMap<>())
                    .put(r.get("timepoint"), value);
        }
        suv.forEach((lesion, scans) -> {
            if (responsive.contains(lesion) && scans.containsKey("POST")) {
                assertThat(scans.get("POST")).as(lesion).isLessThanOrEqualTo(scans.get("PRE"));
            }
        });

        Map<String, Double> preUptake = w.rows("lesion_dosimetry.csv").stream()
                .collect(Collectors.toMap(
                        r -> key(r.get("patient_id"), r.get("lesion_id")),
                        r -> Double.parseDouble(r.get("uptake_pct"))));
        List<CSVRecord> iodine = w.rows("iodine_pet.csv");
        assertThat(iodine).isNotEmpty();
        assertThat(w.header("iodine_pet.csv")).containsExactly("patient_id", "lesion_id", "scanned_on", "uptake_pct");
        Map<String, Set<String>> repeated = byPatient(iodine);
        assertThat(repeated).hasSize(38);
        repeated.forEach((id, scanned) -> {
            assertThat(evaluable).contains(id);
            assertThat(scanned).isEqualTo(lesions.get(id));
        });
        for (CSVRecord r : iodine) {
            LocalDate first =
                    w.bundle().firstTherapy(r.get("patient_id")).orElseThrow().treatedOn();
            assertThat(ChronoUnit.DAYS.between(first, LocalDate.parse(r.get("scanned_on"))))
                    .as(r.toString())
                    .isBetween(172L, 203L);
            double uptake = Double.parseDouble(r.get("uptake_pct"));
            assertThat(uptake).isNotNegative();
            String lesion = key(r.get("patient_id"), r.get("lesion_id"));
            if (responsive.contains(lesion)) {
                assertThat(uptake).as(lesion).isLessThan(preUptake.get(lesion));
            }
        }
    }

    /**
     * Every event has an attribution or none (not assessed); the effects of 131I (nausea, sialadenitis, dry mouth)
     * are mostly judged related, by the plan's weights about 80 %; some events are judged unrelated or unlikely,
     * a few not at all (about 8 % blank). Over the seeds together, so that none of them is needed for a rare kind.
     */
    @Test
    void adverseEventsCarryAnAttributionMostlyRelatedForTheEffectsOfIodine() {
        List<CSVRecord> events = new ArrayList<>();
        for (long seed : SEEDS) {
            assertThat(written(seed).header("adverse_events.csv"))
                    .containsExactly("patient_id", "term", "grade", "onset_on", "attribution");
            events.addAll(written(seed).rows("adverse_events.csv"));
        }
        Function<CSVRecord, String> attribution = r -> r.get("attribution");
        assertThat(events)
                .allSatisfy(r -> assertThat(attribution.apply(r))
                        .isIn("", "UNRELATED", "UNLIKELY", "POSSIBLE", "PROBABLE", "DEFINITE"));
        List<CSVRecord> iodineEffects = events.stream()
                .filter(r -> List.of("Nausea", "Salivary duct inflammation", "Dry mouth")
                        .contains(r.get("term")))
                .toList();
        long related = iodineEffects.stream()
                .filter(r -> List.of("POSSIBLE", "PROBABLE", "DEFINITE").contains(attribution.apply(r)))
                .count();
        assertThat((double) related / iodineEffects.size()).isGreaterThan(0.65);
        Map<String, Long> kinds = events.stream().collect(Collectors.groupingBy(attribution, Collectors.counting()));
        assertThat(kinds).containsKeys("", "UNRELATED", "UNLIKELY", "POSSIBLE", "PROBABLE");
        assertThat((double) kinds.get("") / events.size()).isBetween(0.02, 0.2);
    }

    private static Map<String, Set<String>> byPatient(List<CSVRecord> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.get("patient_id"), Collectors.mapping(r -> r.get("lesion_id"), Collectors.toSet())));
    }

    private static String key(String patientId, String lesionId) {
        return patientId + "/" + lesionId;
    }
}
