package org.thyrobank.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.ConsentExclusions;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.HotspotCatalogue;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.QcFlag;
import org.thyrobank.platform.provenance.ProvenanceRecorder;
import org.thyrobank.platform.status.StatusQueries;

/**
 * The report from what the database holds: the one place where the analysis meets the other modules.
 *
 * <p>Each answer reads the database in one read-only REPEATABLE READ transaction, so it sees every imported file
 * whole or not at all even while an import runs (an import stores a file in one transaction), and computes after
 * that transaction ends. Reports and the patients behind the on-demand queries are cached per data version
 * ({@link StatusQueries#dataFingerprint} and the runs' sign-outs), so concurrent researchers share one computation.
 */
@Service
public class ReportService {

    private static final String COHORT_EVERY_CALL = "cohort of every call";
    private static final String COHORT_SIGNED_OUT = "cohort of signed-out calls";

    private final ClinicalQueries clinical;
    private final HotspotQueries hotspots;
    private final QpcrQueries qpcr;
    private final StatusQueries status;
    private final ProvenanceRecorder provenance;
    private final TransactionTemplate consistentRead;
    private final ResultCache<ReportQuery, Optional<Report>> reports = new ResultCache<>(16);
    private final ResultCache<String, Optional<Cohort>> cohorts = new ResultCache<>(2);

    ReportService(
            ClinicalQueries clinical,
            HotspotQueries hotspots,
            QpcrQueries qpcr,
            StatusQueries status,
            ProvenanceRecorder provenance,
            PlatformTransactionManager transactions) {
        this.clinical = clinical;
        this.hotspots = hotspots;
        this.qpcr = qpcr;
        this.status = status;
        this.provenance = provenance;
        this.consistentRead = new TransactionTemplate(transactions);
        consistentRead.setReadOnly(true);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Empty when there is nothing to report (no clinical data imported). A bad normalisation spec is an
     * {@link IllegalArgumentException}; a normalisation the data cannot support an {@link IllegalStateException}.
     */
    public Optional<Report> report(ReportOptions options) {
        return report(options, null);
    }

    /**
     * As {@link #report(ReportOptions)}, its provenance generated now for {@code generatedBy} (the signed-in user,
     * or {@code cli:<os account>}). The provenance's inputs and data version are read in the same transaction as the
     * figures.
     */
    public Optional<Report> report(ReportOptions options, String generatedBy) {
        ReportQuery query = new ReportQuery(
                options.normalisation(), options.nullRate(), options.excludeFlagged(), options.includePreliminary());
        return reports.get(
                        query,
                        dataFingerprint(),
                        () -> read(() -> input(options)
                                .map(input -> ReportBuilder.build(input)
                                        .withProvenance(ProvenanceRecorder.of(
                                                provenance.capture(), provenanceOptions(input))))))
                .map(report -> report.withProvenance(report.provenance().generated(generatedBy)));
    }

    /** The options a report was computed with, and the thresholds of reference/report.properties in force. */
    static Map<String, Object> provenanceOptions(ReportInput input) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("null_rate", input.nullRate());
        options.put("normalisation", input.normalisation());
        options.put("exclude_flagged", input.flaggedExcluded());
        options.put("include_preliminary", !input.preliminary().leftOut());
        options.put("thresholds", ProvenanceRecorder.referenceSettings(ReportOptions.REFERENCE));
        return options;
    }

    /** What a report's figures depend on besides the data (not its output format or file). */
    private record ReportQuery(
            String normalisation, double nullRate, boolean excludeFlagged, boolean includePreliminary) {}

    /** What {@link #report} computes the report from; empty when there is nothing to report. */
    Optional<ReportInput> input(ReportOptions options) {
        return data().map(data -> input(data, options));
    }

    /** Runs {@code reads} in one read-only REPEATABLE READ transaction: everything it reads is of one moment. */
    public <T> T consistentRead(Supplier<T> reads) {
        return read(reads);
    }

    /** The data as they are now, before the options; empty when there is nothing to report. Call in a read. */
    public Optional<ReportData> data() {
        Optional<ClinicalBundle> bundle = clinical.bundle();
        if (bundle.isEmpty()) {
            return Optional.empty();
        }
        DerivedClinical derived = clinical.derived();
        if (derived.patients().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportData(
                bundle.get(),
                derived,
                hotspots.patientStatuses(),
                hotspots.signedOutPatientStatuses(),
                qpcr.snapshot(),
                clinical.consentExclusions()));
    }

    /** The options applied to the data: the one way both a report of now and a frozen report are computed. */
    ReportInput input(ReportData data, ReportOptions options) {
        NormalisationMethod method = NormalisationMethod.parse(options.normalisation(), qpcr.panel());
        List<QcFlag> flags = qpcr.qcFlags(data.qpcr());
        Normalisation mirna =
                data.qpcr().valueCount() == 0 ? null : qpcr.normalise(data.qpcr(), method, options.excludeFlagged());
        boolean signedOutOnly = !options.includePreliminary() && data.signedOut() != null;
        return new ReportInput(
                data.derived(),
                data.bundle(),
                signedOutOnly ? data.signedOut().statuses() : data.hotspotStatuses(),
                mirna,
                flags,
                method.spec(),
                options.excludeFlagged(),
                options.nullRate(),
                data.consent(),
                signedOutOnly
                        ? new PreliminaryCalls(
                                true,
                                data.signedOut().preliminaryPatients(),
                                data.signedOut().callsLeftOut())
                        : PreliminaryCalls.INCLUDED);
    }

    /**
     * The report computed from a freeze's data, with its provenance (the freeze's inputs and data version) generated
     * now for {@code generatedBy}: equal to the report made when the freeze was created but for generated_at/by.
     */
    public Report frozenReport(
            ReportData data, ProvenanceRecorder.Captured captured, ReportOptions options, String generatedBy) {
        ReportInput input = input(data, options);
        return ReportBuilder.build(input)
                .withProvenance(ProvenanceRecorder.of(captured, provenanceOptions(input))
                        .generated(generatedBy));
    }

    /** Moves with every import, sign-out and re-call: what the cached reports and cohorts depend on. */
    private String dataFingerprint() {
        return status.dataFingerprint() + "|" + hotspots.reviewFingerprint();
    }

    /** The factors a single association may be asked for: the report's, then every catalogue hotspot. */
    public List<String> factorNames() {
        return AssociationQuery.factorNames(hotspotIds());
    }

    /**
     * One association on demand ({@link AssociationQuery}); empty without clinical data. A bad parameter is a
     * {@link QueryParameterException} naming it. Without {@code includePreliminary}, the hotspot factors come from the
     * calls of signed-out runs only, as the report's (a patient with preliminary calls only is left out as
     * {@code preliminary_call}).
     */
    public Optional<AssociationQuery.Answer> association(
            String factor, String outcome, String centre, String histology, boolean includePreliminary) {
        AssociationQuery query = AssociationQuery.parse(factor, outcome, centre, histology, hotspotIds());
        return cohort(includePreliminary).map(cohort -> query.answer(cohort.patients(), cohort.factors()));
    }

    /** As {@link #association(String, String, String, String, boolean)}, from a freeze's data. */
    public AssociationQuery.Answer association(
            ReportData data,
            String factor,
            String outcome,
            String centre,
            String histology,
            boolean includePreliminary) {
        AssociationQuery query = AssociationQuery.parse(factor, outcome, centre, histology, hotspotIds());
        Cohort cohort = Cohort.of(data, includePreliminary);
        return query.answer(cohort.patients(), cohort.factors());
    }

    /**
     * PFS or OS by any factor {@link #factorNames} lists: Kaplan-Meier per level, log-rank p, Cox HR, as the report's
     * survival by BRAF_V600E. Empty without clinical data; a bad parameter is a {@link QueryParameterException}.
     * {@code includePreliminary} as for {@link #association}.
     */
    public Optional<Report.GroupedSurvival> survival(String endpoint, String factor, boolean includePreliminary) {
        String checked = checkSurvival(endpoint, factor);
        return cohort(includePreliminary).map(cohort -> survival(cohort, endpoint, checked));
    }

    /** As {@link #survival(String, String, boolean)}, from a freeze's data. */
    public Report.GroupedSurvival survival(
            ReportData data, String endpoint, String factor, boolean includePreliminary) {
        return survival(Cohort.of(data, includePreliminary), endpoint, checkSurvival(endpoint, factor));
    }

    /** Whether a query includes preliminary calls: as asked, else as reference/report.properties says. */
    public static boolean included(Boolean includePreliminary) {
        return includePreliminary != null
                ? includePreliminary
                : ReportOptions.defaults().includePreliminary();
    }

    private static String checkSurvival(String endpoint, String factor) {
        if (!"PFS".equals(endpoint) && !"OS".equals(endpoint)) {
            throw new QueryParameterException("endpoint", "'" + endpoint + "' is not one of [PFS, OS]");
        }
        return AssociationQuery.checkFactor(factor, hotspotIds());
    }

    private static Report.GroupedSurvival survival(Cohort cohort, String endpoint, String factor) {
        return SurvivalAnalyses.grouped(endpoint, FactorChoice.of(factor, cohort.factors()), cohort.patients());
    }

    /** The patients' outcomes and factors the on-demand queries start from; empty without clinical data. */
    private Optional<Cohort> cohort(boolean includePreliminary) {
        return cohorts.get(
                includePreliminary ? COHORT_EVERY_CALL : COHORT_SIGNED_OUT,
                dataFingerprint(),
                () -> read(() -> {
                    List<PatientOutcome> patients = clinical.patientOutcomes();
                    return patients.isEmpty()
                            ? Optional.<Cohort>empty()
                            : Optional.of(new Cohort(
                                    patients,
                                    patientFactors(
                                            hotspots.patientStatuses(),
                                            hotspots.signedOutPatientStatuses(),
                                            clinical.consentExclusions(),
                                            includePreliminary)));
                }));
    }

    /**
     * As the report's: consent's GENOMICS exclusions named, and the calls of runs nobody signed out left out unless
     * included ({@code signedOut} null: a freeze made before sign-outs counted, every call used).
     */
    private static PatientFactors patientFactors(
            Map<String, Map<String, String>> everyCall,
            HotspotQueries.SignedOutStatuses signedOut,
            ConsentExclusions consent,
            boolean includePreliminary) {
        Set<String> genomicsWithheld = Set.copyOf(consent.excluded().getOrDefault(Consent.Scope.GENOMICS, List.of()));
        if (includePreliminary || signedOut == null) {
            return new PatientFactors(everyCall, genomicsWithheld, Set.of());
        }
        return new PatientFactors(signedOut.statuses(), genomicsWithheld, Set.copyOf(signedOut.preliminaryPatients()));
    }

    private record Cohort(List<PatientOutcome> patients, PatientFactors factors) {
        Cohort {
            patients = List.copyOf(patients);
        }

        /**
         * What {@link #cohort(boolean)} reads, as a freeze kept it: {@link ClinicalQueries#patientOutcomes} are the
         * derived patients.
         */
        static Cohort of(ReportData data, boolean includePreliminary) {
            return new Cohort(
                    data.derived().patients(),
                    patientFactors(data.hotspotStatuses(), data.signedOut(), data.consent(), includePreliminary));
        }
    }

    private <T> T read(Supplier<T> reads) {
        return consistentRead.execute(transaction -> reads.get());
    }

    private static List<String> hotspotIds() {
        return HotspotCatalogue.load().hotspots().stream().map(Hotspot::id).toList();
    }
}
