package org.thyrobank.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes text files under the study folder (UTF-8, LF line ends) and counts them. */
final class BundleOutput {

    private final Path studyDir;
    private int filesWritten;

    private BundleOutput(Path studyDir) {
        this.studyDir = studyDir;
    }

    static BundleOutput intoEmptyFolder(Path studyDir) {
        try (Stream<Path> entries = Files.isDirectory(studyDir) ? Files.list(studyDir) : Stream.empty()) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("the study folder " + studyDir + " is not empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + studyDir, e);
        }
        return new BundleOutput(studyDir);
    }

    void write(String relativePath, List<String> lines) {
        Path file = studyDir.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        filesWritten++;
    }

    void write(String relativePath, Table table) {
        write(relativePath, table.lines());
    }

    int filesWritten() {
        return filesWritten;
    }
}
