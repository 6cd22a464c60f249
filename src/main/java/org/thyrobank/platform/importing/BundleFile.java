package org.thyrobank.platform.importing;

import java.nio.file.Path;

/** A file found in a study bundle: where it is, its path inside the bundle, and its SHA-256. */
public record BundleFile(Path path, String relativePath, String sha256, long sizeBytes) {}
