package org.thyrobank.platform.audit;

import java.time.LocalDateTime;

/**
 * Which audit entries to show, newest first: each filter is optional (null), {@code from} inclusive and {@code to}
 * exclusive; {@code offset} entries are skipped and at most {@code limit} returned.
 */
public record AuditQuery(
        String actor, AuditAction action, LocalDateTime from, LocalDateTime to, int limit, int offset) {

    public AuditQuery {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset at least 0");
        }
    }
}
