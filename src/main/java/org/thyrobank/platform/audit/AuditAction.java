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
    /** A data freeze created (docs/provenance.md). */
    FREEZE_CREATED
}
