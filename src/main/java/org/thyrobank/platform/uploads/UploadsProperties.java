package org.thyrobank.platform.uploads;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thyrobank.uploads.*} (application.properties): the folder uploads are unpacked into ({@code dir}; serve sets
 * it to {@code uploads/} in the data directory or {@code --uploads-dir}; null in a command-line context, which takes
 * no uploads), what one upload may unpack to, and how many uploads and unpacked bytes one user may have pending.
 */
@ConfigurationProperties("thyrobank.uploads")
public record UploadsProperties(
        Path dir,
        long maxUnpackedBytes,
        int maxEntries,
        int maxCompressionRatio,
        int maxPendingPerUser,
        long maxPendingBytesPerUser) {

    public UploadsProperties {
        if (maxPendingPerUser < 1 || maxPendingBytesPerUser < 1) {
            throw new IllegalArgumentException("thyrobank.uploads.max-pending-per-user and"
                    + " thyrobank.uploads.max-pending-bytes-per-user must be positive");
        }
    }

    UploadLimits limits() {
        return new UploadLimits(maxUnpackedBytes, maxEntries, maxCompressionRatio);
    }
}
