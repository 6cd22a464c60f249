package org.thyrobank.clinical.importing;

import java.util.List;
import java.util.StringJoiner;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.Consents;
import org.thyrobank.clinical.Patient;

/** The audit line of an import that changed consent: how many patients each scope now leaves out. */
final class ConsentSummary {

    private ConsentSummary() {}

    static String of(ClinicalBundle bundle) {
        Consents consents = bundle.consents();
        if (!consents.isRecorded()) {
            return "clinical/consent.csv no longer in the folder: consent not recorded, nobody excluded";
        }
        List<String> patients =
                bundle.patients().stream().map(Patient::patientId).toList();
        StringJoiner excluded = new StringJoiner(
                ", ", "clinical/consent.csv: " + consents.rows().size() + " rows; patients excluded by scope: ", "");
        for (Consent.Scope scope : Consent.Scope.values()) {
            excluded.add(scope + " " + consents.excluded(scope, patients).size());
        }
        return excluded.toString();
    }
}
