package org.thyrobank.clinical;

import java.util.Objects;

/** A row of {@code clinical/lesions.csv}. Lymph nodes are measured on the short axis. */
public record Lesion(String patientId, String lesionId, Site site, Organ organ, RecistRole recistRole) {

    public enum Site {
        SOFT_TISSUE,
        BONE
    }

    public enum Organ {
        LUNG,
        LYMPH_NODE,
        LIVER,
        BONE,
        THYROID_BED,
        OTHER
    }

    public enum RecistRole {
        TARGET,
        NON_TARGET
    }

    public Lesion {
        Required.id(patientId, "patient_id");
        Required.id(lesionId, "lesion_id");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(recistRole, "recist_role");
    }

    public boolean lymphNode() {
        return organ == Organ.LYMPH_NODE;
    }

    public boolean softTissue() {
        return site == Site.SOFT_TISSUE;
    }

    public boolean target() {
        return recistRole == RecistRole.TARGET;
    }
}
