package org.thyrobank.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.HotspotCatalogue;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.QcFlag;

/** The report from what the database holds: the one place where the analysis meets the other modules. */
@Service
public class ReportService {

    private final ClinicalQueries clinical;
    private final HotspotQueries hotspots;
    private final QpcrQueries qpcr;

    ReportService(ClinicalQueries clinical, HotspotQueries hotspots, QpcrQueries qpcr) {
        this.clinical = clinical;
        this.hotspots = hotspots;
        this.qpcr = qpcr;
    }

    /**
     * Empty when there is nothing to report (no clinical data imported). A bad normalisation spec is an
     * {@link IllegalArgumentException}; a normalisation the data cannot support an {@link IllegalStateException}.
     */
    public Optional<Report> report(ReportOptions options) {
        return input(options).map(ReportBuilder::build);
    }

    /** What {@link #report} computes the report from; empty when there is nothing to report. */
    Optional<ReportInput> input(ReportOptions options) {
        Optional<ClinicalBundle> bundle = clinical.bundle();
        if (bundle.isEmpty()) {
            return Optional.empty();
        }
        DerivedClinical derived = clinical.derived();
        if (derived.patients().isEmpty()) {
            return Optional.empty();
        }
        NormalisationMethod method = NormalisationMethod.parse(options.normalisation(), qpcr.panel());
        List<QcFlag> flags = qpcr.qcFlags();
        Normalisation mirna = qpcr.valueCount() == 0 ? null : qpcr.normalise(method, options.excludeFlagged());
        return Optional.of(new ReportInput(
                derived,
                bundle.get(),
                hotspots.patientStatuses(),
                mirna,
                flags,
                method.spec(),
                options.excludeFlagged(),
                options.nullRate()));
    }

    /** The factors a single association may be asked for: the report's, then every catalogue hotspot. */
    public List<String> factorNames() {
        return AssociationQuery.factorNames(hotspotIds());
    }

    /**
     * One association on demand ({@link AssociationQuery}); empty without clinical data. A bad parameter is a
     * {@link QueryParameterException} naming it.
     */
    public Optional<AssociationQuery.Answer> association(
            String factor, String outcome, String centre, String histology) {
        AssociationQuery query = AssociationQuery.parse(factor, outcome, centre, histology, hotspotIds());
        List<org.thyrobank.clinical.PatientOutcome> patients = clinical.patientOutcomes();
        if (patients.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query.answer(patients, new PatientFactors(hotspots.patientStatuses())));
    }

    /**
     * PFS or OS by any factor {@link #factorNames} lists: Kaplan-Meier per level, log-rank p, Cox HR, as the report's
     * survival by BRAF_V600E. Empty without clinical data; a bad parameter is a {@link QueryParameterException}.
     */
    public Optional<Report.GroupedSurvival> survival(String endpoint, String factor) {
        if (!"PFS".equals(endpoint) && !"OS".equals(endpoint)) {
            throw new QueryParameterException("endpoint", "'" + endpoint + "' is not one of [PFS, OS]");
        }
        String checked = AssociationQuery.checkFactor(factor, hotspotIds());
        List<org.thyrobank.clinical.PatientOutcome> patients = clinical.patientOutcomes();
        if (patients.isEmpty()) {
            return Optional.empty();
        }
        PatientFactors factors = new PatientFactors(hotspots.patientStatuses());
        return Optional.of(SurvivalAnalyses.grouped(endpoint, FactorChoice.of(checked, factors), patients));
    }

    private static List<String> hotspotIds() {
        return HotspotCatalogue.load().hotspots().stream().map(Hotspot::id).toList();
    }
}
