package org.thyrobank.platform.audit;

import java.time.LocalDateTime;

/** One line of the audit log: who ({@code actor}, a sign-in name or {@code cli:<account>} for the command line) did what. */
public record AuditEntry(long id, LocalDateTime happened, String actor, AuditAction action, String detail) {}
