package org.thyrobank.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.genomics.HotspotQueries;
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
        return Optional.of(new ReportInput(derived, bundle.get(), hotspots.patientStatuses(), mirna, flags,
                method.spec(), options.excludeFlagged(), options.nullRate()));
    }
}
