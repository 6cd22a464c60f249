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
    EXPORT_REQUESTED
}
