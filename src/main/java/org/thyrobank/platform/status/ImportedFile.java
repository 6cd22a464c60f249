package org.thyrobank.platform.status;

import java.time.LocalDateTime;

/** One entry of the register of imported files, as the jobs and status page lists it. */
public record ImportedFile(String relativePath, String kind, String sha256, long sizeBytes, LocalDateTime importedAt) {}
