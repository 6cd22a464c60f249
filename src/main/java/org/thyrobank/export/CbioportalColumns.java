package org.thyrobank.export;

import java.util.List;
import org.thyrobank.analysis.Factor;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;

/**
 * The clinical attributes of the export. Survival uses cBioPortal's attribute ids and its {@code 0:}/{@code 1:}
 * status values, so its survival plots pick them up; the trial's own attributes keep the report's names. There is
 * no DFS_MONTHS/DFS_STATUS: the trial measures progression-free and overall survival, not disease-free survival, so
 * cBioPortal's validator warns that its disease-free analysis will not be available (the export's one warning).
 */
final class CbioportalColumns {

    record Sample(Specimen specimen, Patient.Histology histology) {}

    private CbioportalColumns() {}

    static List<ClinicalAttribute<PatientOutcome>> patient(PatientFactors factors) {
        return List.of(
                new ClinicalAttribute<>(
                        "PATIENT_ID",
                        "Patient Identifier",
                        "Trial patient identifier",
                        "STRING",
                        1,
                        PatientOutcome::patientId),
                new ClinicalAttribute<>(
                        "CENTRE",
                        "Centre",
                        "Enrolling centre",
                        "STRING",
                        1,
                        p -> p.centre().name()),
                new ClinicalAttribute<>(
                        "HISTOLOGY",
                        "Histology",
                        "Histology of the primary tumour",
                        "STRING",
                        1,
                        p -> p.histology().name()),
                new ClinicalAttribute<>(
                        "BRAF_V600E_STATUS",
                        "BRAF V600E",
                        "BRAF V600E in any tumour specimen (MUTANT, WILD_TYPE, NO_CALL)",
                        "STRING",
                        1,
                        p -> status(factors.of(Factor.BRAF_V600E, p))),
                new ClinicalAttribute<>(
                        "TERT_PROMOTER_STATUS",
                        "TERT promoter",
                        "TERT C228T or C250T in any tumour specimen",
                        "STRING",
                        1,
                        p -> status(factors.of(Factor.TERT_PROMOTER, p))),
                new ClinicalAttribute<>(
                        "FDG_POSITIVE",
                        "FDG positive",
                        "Any FDG-avid lesion on PET",
                        "BOOLEAN",
                        1,
                        PatientOutcome::fdgPositive),
                new ClinicalAttribute<>(
                        "EVALUABLE",
                        "Evaluable",
                        "Evaluable for soft-tissue response",
                        "BOOLEAN",
                        1,
                        PatientOutcome::evaluable),
                new ClinicalAttribute<>(
                        "SOFT_TISSUE_CR",
                        "Soft-tissue CR",
                        "Complete response of every soft-tissue lesion (primary endpoint)",
                        "BOOLEAN",
                        2,
                        PatientOutcome::softTissueCr),
                new ClinicalAttribute<>(
                        "BEST_OVERALL_RESPONSE",
                        "Best overall response",
                        "RECIST 1.1 best overall response",
                        "STRING",
                        2,
                        p -> p.bestOverallResponse() == null
                                ? null
                                : p.bestOverallResponse().name()),
                new ClinicalAttribute<>(
                        "IODINE_REFRACTORY",
                        "Iodine-refractory",
                        "Radioiodine-refractory by dosimetry",
                        "BOOLEAN",
                        1,
                        PatientOutcome::iodineRefractory),
                new ClinicalAttribute<>(
                        "RADIORESISTANT",
                        "Radioresistant",
                        "A soft-tissue lesion progressing despite its threshold dose",
                        "BOOLEAN",
                        1,
                        PatientOutcome::radioresistant),
                new ClinicalAttribute<>(
                        "EXIT_TO_STANDARD_CARE",
                        "Exit to standard care",
                        "Left the trial for standard care after dosimetry",
                        "BOOLEAN",
                        1,
                        PatientOutcome::exitToStandardCare),
                new ClinicalAttribute<>(
                        "MTA_GBQ",
                        "MTA (GBq)",
                        "Maximum tolerated activity (2 Gy to the blood)",
                        "NUMBER",
                        1,
                        PatientOutcome::mta),
                new ClinicalAttribute<>(
                        "PFS_MONTHS",
                        "Progression Free Survival (Months)",
                        "Months from first therapy to progression or censoring",
                        "NUMBER",
                        1,
                        PatientOutcome::pfsMonths),
                new ClinicalAttribute<>(
                        "PFS_STATUS",
                        "Progression Free Status",
                        "Progression or death (1) or censored (0)",
                        "STRING",
                        1,
                        p -> p.pfsEvent() == null ? null : p.pfsEvent() ? "1:PROGRESSION" : "0:CENSORED"),
                new ClinicalAttribute<>(
                        "OS_MONTHS",
                        "Overall Survival (Months)",
                        "Months from first therapy to death or censoring",
                        "NUMBER",
                        1,
                        PatientOutcome::osMonths),
                new ClinicalAttribute<>(
                        "OS_STATUS",
                        "Overall Survival Status",
                        "Deceased (1) or living (0)",
                        "STRING",
                        1,
                        p -> p.osEvent() == null ? null : p.osEvent() ? "1:DECEASED" : "0:LIVING"));
    }

    static List<ClinicalAttribute<Sample>> sample() {
        return List.of(
                new ClinicalAttribute<>(
                        "PATIENT_ID",
                        "Patient Identifier",
                        "Trial patient identifier",
                        "STRING",
                        1,
                        s -> s.specimen().patientId()),
                new ClinicalAttribute<>(
                        "SAMPLE_ID",
                        "Sample Identifier",
                        "Tumour specimen identifier",
                        "STRING",
                        1,
                        s -> s.specimen().specimenId()),
                new ClinicalAttribute<>(
                        "CANCER_TYPE", "Cancer Type", "Cancer type", "STRING", 1, s -> "Thyroid Cancer"),
                new ClinicalAttribute<>(
                        "CANCER_TYPE_DETAILED",
                        "Cancer Type Detailed",
                        "Cancer type by histology",
                        "STRING",
                        1,
                        s -> detailed(s.histology())),
                new ClinicalAttribute<>(
                        "ONCOTREE_CODE",
                        "Oncotree Code",
                        "OncoTree code of the histology",
                        "STRING",
                        1,
                        s -> CbioportalStudy.oncotreeCode(s.histology())),
                new ClinicalAttribute<>(
                        "COLLECTED_ON",
                        "Collected on",
                        "Date the specimen was collected",
                        "STRING",
                        0,
                        s -> s.specimen().collectedOn()));
    }

    private static String status(Boolean mutant) {
        return mutant == null ? "NO_CALL" : mutant ? "MUTANT" : "WILD_TYPE";
    }

    private static String detailed(Patient.Histology histology) {
        return switch (histology) {
            case PAPILLARY -> "Papillary Thyroid Cancer";
            case FOLLICULAR -> "Follicular Thyroid Cancer";
            case ONCOCYTIC -> "Hurthle Cell Thyroid Cancer";
            case POORLY_DIFFERENTIATED -> "Poorly Differentiated Thyroid Cancer";
        };
    }
}
