package org.thyrobank.platform.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shared example study as a bundle folder, from its three parts' copies under src/test/resources. */
final class ExampleStudyFolder {

    private ExampleStudyFolder() {}

    /** clinical/ and qpcr/ of the example, without its sequencing runs. */
    static Path clinicalAndPlates(Path study) {
        copy("/org/thyrobank/clinical/study-example/clinical", study.resolve("clinical"));
        copy("/org/thyrobank/mirna/study-example/qpcr", study.resolve("qpcr"));
        return study;
    }

    /** The whole example: clinical/, the runs R01 and R02 under sequencing/, qpcr/. */
    static Path whole(Path study) {
        clinicalAndPlates(study);
        copy("/org/thyrobank/genomics/vcf/examples", study.resolve("sequencing"));
        return study;
    }

    private static void copy(String resource, Path target) {
        URL url = ExampleStudyFolder.class.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            Path source = Path.of(url.toURI());
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
