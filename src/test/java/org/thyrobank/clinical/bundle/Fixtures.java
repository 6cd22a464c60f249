package org.thyrobank.clinical.bundle;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.thyrobank.clinical.ClinicalValidationException;

/** The clinical folders under {@code src/test/resources/org/thyrobank/clinical/bundle/}. */
final class Fixtures {

    private Fixtures() {}

    static Path folder(String name) {
        URL url = Fixtures.class.getResource("/org/thyrobank/clinical/bundle/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ClinicalValidationException rejection(String name) {
        return assertThatExceptionOfType(ClinicalValidationException.class)
                .isThrownBy(() -> ClinicalBundleReader.read(folder("rejected/" + name)))
                .actual();
    }
}
