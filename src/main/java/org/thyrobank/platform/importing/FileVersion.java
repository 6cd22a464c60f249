package org.thyrobank.platform.importing;

import java.time.LocalDateTime;

/**
 * One version of an imported file: its path inside the bundle, content, when and by whom it was imported, and
 * whether it was the path's first content ({@code IMPORTED}) or replaced an earlier one ({@code REPLACED}, with the
 * replaced version's SHA-256).
 */
public record FileVersion(
        String path,
        String kind,
        String sha256,
        long sizeBytes,
        LocalDateTime importedAt,
        String importedBy,
        String outcome,
        String replacesSha256) {}
