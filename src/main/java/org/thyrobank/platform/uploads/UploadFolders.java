package org.thyrobank.platform.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** The uploads folder on disk: created for its owner only, and emptied of what an upload left. */
public final class UploadFolders {

    private UploadFolders() {}

    /**
     * Creates {@code folder} (and its parents) readable by the service's own OS user only (0700), and narrows an
     * existing one to that: uploads hold patients' data until their import ends.
     */
    public static Path prepare(Path folder) {
        try {
            Files.createDirectories(folder);
            if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the uploads folder " + folder, e);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }

    /** Bytes of the files below {@code folder}; 0 when it is gone. */
    static long size(Path folder) {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            long total = 0;
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                total += Files.size(path);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + folder, e);
        }
    }
}
