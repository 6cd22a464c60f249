package org.thyrobank.platform.audit;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    UPLOAD_STARTED,
    /** An upload the sender's role may not make (clinical data from the lab). */
    UPLOAD_FORBIDDEN,
    USER_ADDED,
    PASSWORD_RESET,
    USER_DISABLED,
    TOKEN_ISSUED,
    TOKENS_REVOKED,
    REPORT_REQUESTED,
    EXPORT_REQUESTED,
    /** {@code thyrobank import} from the command line (an upload's import is {@link #UPLOAD_STARTED}). */
    IMPORT_STARTED,
    /** A CSV, SVG or zip file sent to a signed-in user. */
    DOWNLOAD,
    /** A sequencing run's calls signed out by a second lab member. */
    RUN_SIGNED_OUT,
    /** A run's sign-out withdrawn by a lab member. */
    RUN_SIGN_OUT_WITHDRAWN,
    /** A run's sign-out withdrawn because its calls changed. */
    RUN_SIGN_OUT_RESET,
    /** Hotspot calls re-derived from the stored VCFs after a change of the thresholds or the catalogue. */
    HOTSPOTS_RECALLED,
    /** A clinical import that changed the stored consent (clinical/consent.csv), once per import. */
    CONSENT_CHANGED,
    /** A data freeze created (docs/provenance.md). */
    FREEZE_CREATED
}
