package org.thyrobank.platform.uploads;

/**
 * What one upload may unpack to: bytes in all, archive entries, and how many times larger than its compressed
 * bytes an archive may grow (a zip bomb grows thousands of times; VCF and CSV text about 5 to 20).
 */
record UploadLimits(long maxUnpackedBytes, int maxEntries, int maxCompressionRatio) {

    /** Below this many unpacked bytes the ratio is not judged: tiny files compress oddly. */
    static final long RATIO_FLOOR_BYTES = 1 << 20;

    UploadLimits {
        if (maxUnpackedBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 1) {
            throw new IllegalArgumentException("upload limits must be positive (and the ratio above 1)");
        }
    }
}
