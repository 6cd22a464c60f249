package org.thyrobank.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.thyrobank.clinical.Consent.Scope;

/**
 * The part of a clinical bundle that research may use under its {@code CLINICAL_RESEARCH} consent (docs/consent.md):
 * a patient who did not consent, or withdrew with STOP_ALL_USE, is left out of every file; after a STOP_NEW_DATA
 * withdrawal the rows dated after withdrawn_on (or undated) of the dated files are left out - specimens, therapies,
 * assessment visits, adverse events, labs, 124I PET scans - and follow-up ends at withdrawn_on (the last contact is
 * then the withdrawal, a later progression or death is not known to research). Lesions, dosimetry and FDG carry no
 * date and stay. Plain Java.
 */
public final class ResearchUse {

    private ResearchUse() {}

    /** The usable part of {@code bundle}; the bundle itself when consent is not recorded. */
    public static ClinicalBundle of(ClinicalBundle bundle) {
        Consents consents = bundle.consents();
        if (!consents.isRecorded()) {
            return bundle;
        }
        return new ClinicalBundle(
                undated(bundle.patients(), Patient::patientId, consents),
                dated(bundle.specimens(), Specimen::patientId, Specimen::collectedOn, consents),
                undated(bundle.lesions(), Lesion::patientId, consents),
                undated(bundle.bloodDosimetry(), BloodDosimetry::patientId, consents),
                undated(bundle.lesionDosimetry(), LesionDosimetry::patientId, consents),
                dated(bundle.therapies(), Therapy::patientId, Therapy::treatedOn, consents),
                undated(bundle.fdgLesions(), FdgLesion::patientId, consents),
                dated(bundle.assessments(), Assessment::patientId, Assessment::assessedOn, consents),
                dated(bundle.adverseEvents(), AdverseEvent::patientId, AdverseEvent::onsetOn, consents),
                dated(bundle.labs(), LabValue::patientId, LabValue::drawnOn, consents),
                bundle.followUps().stream()
                        .filter(f -> consents.allows(f.patientId(), Scope.CLINICAL_RESEARCH))
                        .map(f -> endedAtWithdrawal(
                                f, consents.stopsNewDataAfter(f.patientId(), Scope.CLINICAL_RESEARCH)))
                        .toList(),
                dated(bundle.iodinePetScans(), IodinePetScan::patientId, IodinePetScan::scannedOn, consents),
                bundle.filesRead(),
                bundle.warnings(),
                consents);
    }

    /** The specimens whose data of {@code scope} may be used: research may use the specimen and the scope allows it. */
    public static boolean allows(Specimen specimen, Scope scope, Consents consents) {
        return consents.allows(specimen.patientId(), Scope.CLINICAL_RESEARCH, specimen.collectedOn())
                && consents.allows(specimen.patientId(), scope, specimen.collectedOn());
    }

    /** The specimens of {@code specimens} (by id) whose data of {@code scope} may be used. */
    public static Map<String, Specimen> specimens(Map<String, Specimen> specimens, Scope scope, Consents consents) {
        Map<String, Specimen> usable = new java.util.LinkedHashMap<>();
        specimens.forEach((id, specimen) -> {
            if (allows(specimen, scope, consents)) {
                usable.put(id, specimen);
            }
        });
        return usable;
    }

    private static <T> List<T> undated(List<T> rows, Function<T, String> patientId, Consents consents) {
        return keep(rows, row -> consents.allows(patientId.apply(row), Scope.CLINICAL_RESEARCH));
    }

    private static <T> List<T> dated(
            List<T> rows, Function<T, String> patientId, Function<T, LocalDate> date, Consents consents) {
        return keep(rows, row -> consents.allows(patientId.apply(row), Scope.CLINICAL_RESEARCH, date.apply(row)));
    }

    private static <T> List<T> keep(List<T> rows, Predicate<T> usable) {
        return rows.stream().filter(usable).toList();
    }

    private static FollowUp endedAtWithdrawal(FollowUp followUp, Optional<LocalDate> withdrawnOn) {
        if (withdrawnOn.isEmpty() || !followUp.lastContactOn().isAfter(withdrawnOn.get())) {
            return followUp;
        }
        LocalDate end = withdrawnOn.get();
        return new FollowUp(
                followUp.patientId(), end, notAfter(followUp.progressedOn(), end), notAfter(followUp.diedOn(), end));
    }

    private static LocalDate notAfter(LocalDate date, LocalDate end) {
        return date == null || date.isAfter(end) ? null : date;
    }
}
