package org.thyrobank.web.data;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.analysis.freeze.UnknownFreezeException;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.HotspotCallRow;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.StoredWell;
import org.thyrobank.web.NotFoundException;
import org.thyrobank.web.QueryParameterDocs;

/** What the database holds, as JSON: patients with outcomes, specimens, their hotspot calls and qPCR wells, miRNA tests. */
@RestController
@RequestMapping("/api/v1")
class DataController {

    private final ClinicalQueries clinical;
    private final HotspotQueries hotspots;
    private final QpcrQueries qpcr;
    private final ReportService reports;
    private final Freezes freezes;

    DataController(
            ClinicalQueries clinical,
            HotspotQueries hotspots,
            QpcrQueries qpcr,
            ReportService reports,
            Freezes freezes) {
        this.clinical = clinical;
        this.hotspots = hotspots;
        this.qpcr = qpcr;
        this.reports = reports;
        this.freezes = freezes;
    }

    /** A specimen without its collection date: enough to find its calls and wells. */
    record SpecimenSummary(String specimenId, String patientId, Specimen.Kind kind, Specimen.Timepoint timepoint) {}

    @Operation(
            summary = "Patients with their derived outcomes (RESEARCHER, ADMIN)",
            description =
                    "One row per patient in patient_id order: centre, histology, evaluability, SOFT_TISSUE_CR, best"
                            + " overall response, IODINE_REFRACTORY, RADIORESISTANT, FDG, MTA, PFS/OS months with their events."
                            + " Null means undefined.")
    @GetMapping("/patients")
    List<PatientOutcome> patients(
            @Parameter(description = "Only this centre (MILAN, NEGRAR); all when absent", example = "MILAN")
                    @RequestParam(required = false)
                    String centre,
            @Parameter(description = QueryParameterDocs.FREEZE, example = "paper-1") @RequestParam(required = false)
                    String freeze) {
        Patient.Centre chosen = centre(centre);
        List<PatientOutcome> patients = freeze == null
                ? clinical.patientOutcomes()
                : freezes.data(freeze).derived().patients();
        return patients.stream()
                .filter(p -> chosen == null || p.centre() == chosen)
                .toList();
    }

    @Operation(
            summary = "Specimens (any role)",
            description = "Every specimen of specimens.csv: its patient, kind (TUMOUR_TISSUE, PLASMA, SERUM) and, for"
                    + " circulating specimens, the timepoint (PRE, POST).")
    @GetMapping("/specimens")
    List<SpecimenSummary> specimens() {
        return clinical.specimens().values().stream()
                .map(s -> new SpecimenSummary(s.specimenId(), s.patientId(), s.kind(), s.timepoint()))
                .toList();
    }

    @Operation(
            summary = "Hotspot calls of a tumour specimen (LAB, RESEARCHER, ADMIN)",
            description =
                    "VCF by VCF in catalogue order: status (MUTANT, WILD_TYPE, NO_CALL) with the reason of a"
                            + " NO_CALL, depth, alt reads, VAF, the thresholds and the source VCF. 404 for an unknown specimen.")
    @GetMapping("/specimens/{id}/hotspot-calls")
    List<HotspotCallRow> hotspotCalls(
            @Parameter(description = "A specimen_id of specimens.csv", example = "T-TB001") @PathVariable String id) {
        known(id);
        return hotspots.callsOfSpecimen(id);
    }

    @Operation(
            summary = "Stored qPCR wells of a specimen (LAB, RESEARCHER, ADMIN)",
            description =
                    "Every well as imported, technical replicates one by one: plate, assay, Cq (null when the well"
                            + " did not amplify), well, run and file. 400 without a specimen, 404 for an unknown one.")
    @GetMapping("/qpcr-values")
    List<StoredWell> qpcrValues(
            @Parameter(description = "A PLASMA or SERUM specimen_id", example = "P-TB001-PRE")
                    @RequestParam(required = false)
                    String specimen) {
        if (specimen == null || specimen.isBlank()) {
            throw new QueryParameterException("specimen", "required: the specimen whose wells to list");
        }
        known(specimen);
        return qpcr.wellsOf(specimen);
    }

    @Operation(
            summary = "miRNA tests of the report (RESEARCHER, ADMIN)",
            description =
                    "The report's miRNA rows: pre_cr_vs_noncr (Mann-Whitney) and post_vs_pre (paired Wilcoxon,"
                            + " median ddCq) per miRNA, with p, BH q and the QC-flagged specimens used. Empty without qPCR data.")
    @GetMapping("/mirna-tests")
    List<Report.MirnaTest> mirnaTests(
            @Parameter(
                            description = "Normalisation spec, as report --normalisation; the"
                                    + " report's default when absent",
                            example = "global-mean")
                    @RequestParam(required = false)
                    String normalisation,
            @Parameter(description = QueryParameterDocs.FREEZE, example = "paper-1") @RequestParam(required = false)
                    String freeze,
            Authentication user) {
        ReportOptions options = ReportOptions.defaults();
        try {
            if (normalisation != null) {
                options = options.withNormalisation(normalisation);
            }
            if (freeze != null) {
                return freezes.report(freeze, options, user.getName()).mirna();
            }
            return reports.report(options)
                    .map(Report::mirna)
                    .orElseThrow(() -> new NotFoundException("no patients: the database holds no clinical data"));
        } catch (QueryParameterException | UnknownFreezeException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new QueryParameterException("normalisation", e.getMessage());
        }
    }

    private void known(String specimenId) {
        if (clinical.findSpecimen(specimenId).isEmpty()) {
            throw new NotFoundException("no specimen " + specimenId);
        }
    }

    private static Patient.Centre centre(String centre) {
        if (centre == null || centre.isBlank()) {
            return null;
        }
        try {
            return Patient.Centre.valueOf(centre.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryParameterException("centre", "'" + centre + "' is not one of [MILAN, NEGRAR]");
        }
    }
}
