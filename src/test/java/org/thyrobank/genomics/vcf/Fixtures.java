package org.thyrobank.genomics.vcf;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test VCFs under {@code src/test/resources/org/thyrobank/genomics/vcf/}. */
final class Fixtures {

    private Fixtures() {}

    static Path path(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
