package org.thyrobank.platform.importing;

import java.util.Optional;

/** Which part of the bundle a file belongs to, by its path inside the bundle (docs/study-bundle.md). */
final class BundleLayout {

    private BundleLayout() {}

    static Optional<BundlePart> partOf(String relativePath) {
        String[] segments = relativePath.split("/");
        if (segments.length == 2 && segments[0].equals("clinical")) {
            return Optional.of(BundlePart.CLINICAL);
        }
        if (segments.length == 3 && segments[0].equals("sequencing")) {
            return Optional.of(BundlePart.SEQUENCING);
        }
        if (segments.length == 2 && segments[0].equals("qpcr")) {
            return Optional.of(BundlePart.QPCR);
        }
        return Optional.empty();
    }
}
