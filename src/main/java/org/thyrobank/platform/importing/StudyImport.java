package org.thyrobank.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The job launcher behind {@code import STUDY_DIR}: walks the bundle layout (clinical/, sequencing/&lt;run&gt;/,
 * qpcr/), hands each part's files to the importer that owns it, and answers one outcome per file. Parts
 * without an importer are reported as not handled yet, never silently dropped.
 */
@Service
public class StudyImport {

    private final Map<BundlePart, BundlePartImporter> importers = new EnumMap<>(BundlePart.class);

    StudyImport(List<BundlePartImporter> importers) {
        importers.forEach(importer -> this.importers.put(importer.part(), importer));
    }

    public List<FileOutcome> importStudy(Path studyDir) {
        return importStudy(studyDir, (done, total, part) -> { });
    }

    /** As {@link #importStudy(Path)}, telling {@code progress} the count of files with an outcome after each part. */
    public List<FileOutcome> importStudy(Path studyDir, ImportProgress progress) {
        Path root = studyDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("study folder " + studyDir + " does not exist or is not a folder");
        }
        Map<BundlePart, List<BundleFile>> byPart = new EnumMap<>(BundlePart.class);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : regularFiles(root)) {
            BundleFile bundleFile = describe(root, file);
            BundleLayout.partOf(bundleFile.relativePath()).ifPresentOrElse(
                    part -> byPart.computeIfAbsent(part, p -> new ArrayList<>()).add(bundleFile),
                    () -> outcomes.add(FileOutcome.of(bundleFile, FileOutcome.Outcome.SKIPPED,
                            "not part of the study bundle layout (clinical/, sequencing/<run>/, qpcr/)")));
        }
        if (byPart.isEmpty() && outcomes.isEmpty()) {
            throw new IllegalArgumentException("study folder " + studyDir + " is empty");
        }
        int total = outcomes.size() + byPart.values().stream().mapToInt(List::size).sum();
        for (BundlePart part : BundlePart.values()) {
            List<BundleFile> files = byPart.getOrDefault(part, List.of());
            if (files.isEmpty()) {
                continue;
            }
            progress.progressed(outcomes.size(), total, part);
            BundlePartImporter importer = importers.get(part);
            if (importer == null) {
                files.forEach(f -> outcomes.add(FileOutcome.of(f, FileOutcome.Outcome.NOT_HANDLED, null)));
            } else {
                outcomes.addAll(importer.importFiles(root, files));
            }
        }
        progress.progressed(outcomes.size(), total, null);
        return outcomes;
    }

    private static List<Path> regularFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list study folder " + root, e);
        }
    }

    static BundleFile describe(Path root, Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            byte[] digest = ((DigestInputStream) in).getMessageDigest().digest();
            String relative = root.relativize(file).toString().replace('\\', '/');
            return new BundleFile(file, relative, HexFormat.of().formatHex(digest), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
