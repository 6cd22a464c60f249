package org.thyrobank.web.dosimetry;

import static org.thyrobank.clinical.Decimals.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.PatientOutcome;

/**
 * One lesion of the dosimetry page: the dose its patient's administered activity gave, the dose the patient's MTA
 * would give (Gy/GBq x MTA; null without an MTA), and its site's threshold (80 Gy soft tissue, 650 Gy bone).
 */
record DoseRow(
        String patientId,
        String lesionId,
        String site,
        BigDecimal gyPerGbq,
        BigDecimal administeredGbq,
        BigDecimal doseGy,
        BigDecimal mtaGbq,
        BigDecimal doseAtMtaGy,
        BigDecimal thresholdGy,
        boolean reachesThreshold,
        String lesionClass) {

    static final List<String> CSV_HEADER = List.of(
            "patient_id",
            "lesion_id",
            "site",
            "gy_per_gbq",
            "administered_gbq",
            "dose_gy",
            "mta_gbq",
            "dose_at_mta_gy",
            "threshold_gy",
            "reaches_threshold",
            "lesion_class");

    static DoseRow of(LesionDose dose, PatientOutcome patient) {
        BigDecimal mta = patient == null ? null : patient.mta();
        BigDecimal atMta =
                mta == null ? null : dose.lesionGyPerGbq().multiply(mta).setScale(1, RoundingMode.HALF_UP);
        return new DoseRow(
                dose.patientId(),
                dose.lesionId(),
                dose.site().name(),
                plain(dose.lesionGyPerGbq()),
                plain(dose.administeredGbq()),
                plain(dose.doseGy()),
                plain(mta),
                atMta,
                plain(dose.thresholdGy()),
                dose.doseGy().compareTo(dose.thresholdGy()) >= 0,
                dose.lesionClass() == null ? null : dose.lesionClass().name());
    }

    List<Object> cells() {
        return Arrays.asList(
                patientId,
                lesionId,
                site,
                gyPerGbq,
                administeredGbq,
                doseGy,
                mtaGbq,
                doseAtMtaGy,
                thresholdGy,
                reachesThreshold,
                lesionClass);
    }
}
