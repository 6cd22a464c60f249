package org.thyrobank.platform.uploads;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thyrobank.uploads.*}: the folder uploads are unpacked into ({@code dir}, by default
 * {@code <java.io.tmpdir>/thyrobank-uploads}) and what one upload may unpack to (application.properties).
 */
@ConfigurationProperties("thyrobank.uploads")
public record UploadsProperties(Path dir, long maxUnpackedBytes, int maxEntries, int maxCompressionRatio) {

    public UploadsProperties {
        if (dir == null) {
            dir = Path.of(System.getProperty("java.io.tmpdir"), "thyrobank-uploads");
        }
    }

    UploadLimits limits() {
        return new UploadLimits(maxUnpackedBytes, maxEntries, maxCompressionRatio);
    }
}
