package org.thyrobank.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ConsentExclusions;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.QcFlag;

/**
 * Everything the report is computed from.
 *
 * @param clinical        the clinical derivations (outcomes, lesion doses, nadirs, adverse events)
 * @param bundle          the clinical rows behind them (FDG SUVmax and iodine uptake per lesion)
 * @param hotspotStatuses patient -> hotspot -> MUTANT, WILD_TYPE or NO_CALL, already aggregated over the patient's
 *                        tumour specimens; a patient absent from the map was not sequenced (NO_CALL)
 * @param mirna           dCq and ddCq; null when there is no qPCR
 * @param qcFlags         the qPCR QC flags, reported whether or not flagged specimens were left out
 * @param normalisation   the normalisation spec used (e.g. {@code global-mean}); null without qPCR
 * @param flaggedExcluded whether flagged specimens were left out of the normalisation (--exclude-flagged)
 * @param nullRate        the historical SOFT_TISSUE_CR rate p0 the primary endpoint is tested against
 * @param consent         who consent leaves out, per scope (the other inputs already leave them out)
 * @param preliminary     the hotspot calls left out as not signed out ({@code hotspotStatuses} already leaves them
 *                        out)
 */
public record ReportInput(
        DerivedClinical clinical,
        ClinicalBundle bundle,
        Map<String, Map<String, String>> hotspotStatuses,
        Normalisation mirna,
        List<QcFlag> qcFlags,
        String normalisation,
        boolean flaggedExcluded,
        double nullRate,
        ConsentExclusions consent,
        PreliminaryCalls preliminary) {

    /** Without consent.csv, every stored hotspot call used: consent not recorded. */
    public ReportInput(
            DerivedClinical clinical,
            ClinicalBundle bundle,
            Map<String, Map<String, String>> hotspotStatuses,
            Normalisation mirna,
            List<QcFlag> qcFlags,
            String normalisation,
            boolean flaggedExcluded,
            double nullRate) {
        this(
                clinical,
                bundle,
                hotspotStatuses,
                mirna,
                qcFlags,
                normalisation,
                flaggedExcluded,
                nullRate,
                ConsentExclusions.notRecorded(),
                PreliminaryCalls.INCLUDED);
    }

    public ReportInput {
        Objects.requireNonNull(clinical, "clinical");
        Objects.requireNonNull(bundle, "bundle");
        hotspotStatuses = Map.copyOf(Objects.requireNonNull(hotspotStatuses, "hotspotStatuses"));
        qcFlags = List.copyOf(qcFlags == null ? List.of() : qcFlags);
        consent = consent == null ? ConsentExclusions.notRecorded() : consent;
        preliminary = preliminary == null ? PreliminaryCalls.INCLUDED : preliminary;
        if (!(nullRate > 0 && nullRate < 1)) {
            throw new IllegalArgumentException("the null rate must lie strictly between 0 and 1, got " + nullRate);
        }
    }
}
