package org.thyrobank.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The shared study example as the tests keep it (three parts under src/test/resources), put together as a bundle. */
final class StudyExample {

    private static final Map<String, String> PARTS = Map.of(
            "clinical", "/org/thyrobank/clinical/study-example/clinical",
            "qpcr", "/org/thyrobank/mirna/study-example/qpcr",
            "sequencing", "/org/thyrobank/genomics/vcf/examples");

    private StudyExample() {}

    /** Writes the bundle into {@code study} (which must not exist yet) and answers it. */
    static Path writeTo(Path study) throws IOException {
        Files.createDirectories(study);
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            copy(part.getValue(), study.resolve(part.getKey()));
        }
        return study;
    }

    /** Every regular file below {@code dir}, by its path relative to it ('/'-separated), with its bytes. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void copy(String resource, Path target) throws IOException {
        Path source;
        try {
            source = Path.of(StudyExample.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
