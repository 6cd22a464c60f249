package org.thyrobank.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.analysis.Factor;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.clinical.AnalysisPopulation;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.Consents;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.NormalisationMethod;

/**
 * {@code export --format csv}: tidy tables of what the database holds, for R and pandas. {@code patients.csv} (one
 * row per patient: outcomes and the report's factors), {@code lesions.csv} (one row per lesion with its predicted
 * dose), {@code hotspot_calls.csv} (one row per tumour specimen and hotspot) and {@code mirna_dcq.csv} (long: one
 * row per circulating specimen and miRNA, normalised as the report's default), and their {@code provenance.json}.
 */
@Service
public class TidyCsvExport {

    static final List<String> PATIENTS = List.of(
            "patient_id",
            "centre",
            "histology",
            "population",
            "left_out_reason",
            "in_dosimetry",
            "treated",
            "evaluable",
            "soft_tissue_cr",
            "soft_tissue_cr_all_treated",
            "best_overall_response",
            "iodine_refractory",
            "radioresistant",
            "fdg_positive",
            "exit_to_standard_care",
            "mta_gbq",
            "recommended_activity_gbq",
            "lowest_soft_tissue_dose_gy",
            "pfs_months",
            "pfs_event",
            "os_months",
            "os_event",
            "braf_v600e",
            "tert_promoter",
            "braf_v600e_and_tert",
            "fdg_positive_post");
    static final List<String> LESIONS = List.of(
            "patient_id",
            "lesion_id",
            "site",
            "lesion_gy_per_gbq",
            "administered_gbq",
            "dose_gy",
            "threshold_gy",
            "lesion_class",
            "disappeared");
    static final List<String> HOTSPOT_CALLS = List.of(
            "specimen_id",
            "patient_id",
            "hotspot",
            "gene",
            "status",
            "reason",
            "depth",
            "alt_reads",
            "vaf",
            "genome_build",
            "sample",
            "source_file");
    static final List<String> MIRNA_DCQ =
            List.of("specimen_id", "patient_id", "timepoint", "mirna", "cq", "normaliser", "dcq", "normalisation");

    private final ClinicalQueries clinical;
    private final HotspotQueries hotspots;
    private final QpcrQueries qpcr;
    private final ExportProvenance provenance;

    TidyCsvExport(ClinicalQueries clinical, HotspotQueries hotspots, QpcrQueries qpcr, ExportProvenance provenance) {
        this.clinical = clinical;
        this.hotspots = hotspots;
        this.qpcr = qpcr;
        this.provenance = provenance;
    }

    /**
     * Writes the four tables into {@code dir} (created if missing), and their {@code provenance.json} generated for
     * {@code generatedBy}, all read in one consistent read; answers their file names.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<String> write(Path dir, String generatedBy) throws IOException {
        if (clinical.patientOutcomes().isEmpty()) {
            throw new IllegalStateException(
                    "nothing to export: the database holds no clinical data (import a study first)");
        }
        // only the patients who consented to DATA_SHARING leave the service (docs/consent.md)
        Consents consents = clinical.consents();
        Predicate<String> sharing = patientId -> consents.allows(patientId, Consent.Scope.DATA_SHARING);
        List<PatientOutcome> patients = clinical.patientOutcomes().stream()
                .filter(p -> sharing.test(p.patientId()))
                .toList();
        Files.createDirectories(dir);
        PatientFactors factors = new PatientFactors(hotspots.patientStatuses());
        TidyCsv.write(
                dir.resolve("patients.csv"),
                PATIENTS,
                patients.stream()
                        .<List<?>>map(p -> Arrays.asList(
                                p.patientId(),
                                p.centre(),
                                p.histology(),
                                AnalysisPopulation.of(p).label(),
                                AnalysisPopulation.leftOut(p),
                                p.inDosimetry(),
                                p.treated(),
                                p.evaluable(),
                                p.softTissueCr(),
                                p.softTissueCrAllTreated(),
                                p.bestOverallResponse(),
                                p.iodineRefractory(),
                                p.radioresistant(),
                                p.fdgPositive(),
                                p.exitToStandardCare(),
                                p.mta(),
                                p.recommendedActivity(),
                                p.lowestSoftTissueDoseGy(),
                                p.pfsMonths(),
                                p.pfsEvent(),
                                p.osMonths(),
                                p.osEvent(),
                                status(factors.of(Factor.BRAF_V600E, p)),
                                status(factors.of(Factor.TERT_PROMOTER, p)),
                                factors.of(Factor.BRAF_V600E_AND_TERT, p),
                                p.fdgPositivePost()))
                        .toList());
        TidyCsv.write(
                dir.resolve("lesions.csv"),
                LESIONS,
                clinical.derived().lesionDoses().stream()
                        .filter(d -> sharing.test(d.patientId()))
                        .<List<?>>map(d -> Arrays.asList(
                                d.patientId(),
                                d.lesionId(),
                                d.site(),
                                d.lesionGyPerGbq(),
                                d.administeredGbq(),
                                d.doseGy(),
                                d.thresholdGy(),
                                d.lesionClass(),
                                d.disappeared()))
                        .toList());
        TidyCsv.write(dir.resolve("hotspot_calls.csv"), HOTSPOT_CALLS, hotspotCalls(sharing));
        TidyCsv.write(dir.resolve("mirna_dcq.csv"), MIRNA_DCQ, mirnaDcq(sharing));
        Map<String, Object> options = Map.of(
                "format", "csv", "normalisation", ReportOptions.defaults().normalisation());
        return List.of(
                "patients.csv",
                "lesions.csv",
                "hotspot_calls.csv",
                "mirna_dcq.csv",
                provenance.write(dir, options, sharing, generatedBy));
    }

    private List<List<?>> hotspotCalls(Predicate<String> sharing) {
        List<List<?>> rows = new ArrayList<>();
        for (Specimen tumour : clinical.specimens().values()) {
            if (tumour.kind() == Specimen.Kind.TUMOUR_TISSUE && sharing.test(tumour.patientId())) {
                hotspots.callsOfSpecimen(tumour.specimenId())
                        .forEach(c -> rows.add(Arrays.asList(
                                c.specimenId(),
                                tumour.patientId(),
                                c.hotspot(),
                                c.gene(),
                                c.status(),
                                c.reason(),
                                c.depth(),
                                c.altReads(),
                                c.vaf(),
                                c.genomeBuild(),
                                c.sample(),
                                c.sourceFile())));
            }
        }
        return rows;
    }

    private List<List<?>> mirnaDcq(Predicate<String> sharing) {
        if (qpcr.valueCount() == 0) {
            return List.of();
        }
        NormalisationMethod method =
                NormalisationMethod.parse(ReportOptions.defaults().normalisation(), qpcr.panel());
        return qpcr.normalise(method, false).deltaCq().stream()
                .filter(d -> sharing.test(d.patientId()))
                .<List<?>>map(d -> Arrays.asList(
                        d.specimenId(),
                        d.patientId(),
                        d.timepoint(),
                        d.mirna(),
                        d.cq(),
                        d.normaliser(),
                        d.dCq(),
                        method.spec()))
                .toList();
    }

    private static String status(Boolean mutant) {
        return mutant == null ? HotspotQueries.NO_CALL : mutant ? HotspotQueries.MUTANT : HotspotQueries.WILD_TYPE;
    }
}
