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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.thyrobank.platform.audit.AuditLog;

/**
 * The job launcher behind {@code import STUDY_DIR}: walks the bundle layout (clinical/, sequencing/&lt;run&gt;/,
 * qpcr/), hands each part's files to the importer that owns it, and answers one outcome per file. Parts
 * without an importer are reported as not handled yet, never silently dropped.
 */
@Service
public class StudyImport {

    /** What {@code export --format bundle} writes at the bundle's root beside the data (docs/provenance.md). */
    static final String EXPORT_PROVENANCE = "provenance.json";

    private final Map<BundlePart, BundlePartImporter> importers = new EnumMap<>(BundlePart.class);

    StudyImport(List<BundlePartImporter> importers) {
        importers.forEach(importer -> this.importers.put(importer.part(), importer));
    }

    /** Imports on the command line: the file versions it stores are recorded as {@code cli:<os account>}'s. */
    public List<FileOutcome> importStudy(Path studyDir) {
        return importStudy(studyDir, UUID.randomUUID().toString(), AuditLog.commandLine(), ImportProgress.NONE);
    }

    /** As {@link #importStudy(Path, String, String, ImportProgress)}, imported by the command line's account. */
    public List<FileOutcome> importStudy(Path studyDir, String runId, ImportProgress progress) {
        return importStudy(studyDir, runId, AuditLog.commandLine(), progress);
    }

    /**
     * As {@link #importStudy(Path)}, with {@code runId} and {@code importedBy} (who imports) on every job the import
     * starts and {@code progress} told of each file as it is taken up and as it gets its outcome.
     */
    public List<FileOutcome> importStudy(Path studyDir, String runId, String importedBy, ImportProgress progress) {
        Path root = studyDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("study folder " + studyDir + " does not exist or is not a folder");
        }
        Map<BundlePart, List<BundleFile>> byPart = new EnumMap<>(BundlePart.class);
        List<FileOutcome> outsideLayout = new ArrayList<>();
        for (Path file : regularFiles(root)) {
            BundleFile bundleFile = describe(root, file);
            BundleLayout.partOf(bundleFile.relativePath())
                    .ifPresentOrElse(
                            part -> byPart.computeIfAbsent(part, p -> new ArrayList<>())
                                    .add(bundleFile),
                            () -> outsideLayout.add(FileOutcome.of(
                                    bundleFile,
                                    FileOutcome.Outcome.SKIPPED,
                                    bundleFile.relativePath().equals(EXPORT_PROVENANCE)
                                            ? "the provenance of the export that wrote this bundle, not data"
                                            : "not part of the study bundle layout (clinical/, sequencing/<run>/,"
                                                    + " qpcr/)")));
        }
        if (byPart.isEmpty() && outsideLayout.isEmpty()) {
            throw new IllegalArgumentException("study folder " + studyDir + " is empty");
        }
        int total = outsideLayout.size()
                + byPart.values().stream().mapToInt(List::size).sum();
        Tracker tracker = new Tracker(runId, importedBy, total, progress);
        outsideLayout.forEach(tracker::ended);
        List<FileOutcome> outcomes = new ArrayList<>(outsideLayout);
        for (BundlePart part : BundlePart.values()) {
            List<BundleFile> files = byPart.getOrDefault(part, List.of());
            if (files.isEmpty()) {
                continue;
            }
            tracker.begin(part);
            BundlePartImporter importer = importers.get(part);
            List<FileOutcome> partOutcomes = importer == null
                    ? files.stream()
                            .map(f -> FileOutcome.of(f, FileOutcome.Outcome.NOT_HANDLED, null))
                            .toList()
                    : importer.importFiles(root, files, tracker);
            partOutcomes.forEach(tracker::ended);
            outcomes.addAll(partOutcomes);
        }
        tracker.begin(null);
        return outcomes;
    }

    /** Counts the files with an outcome (each once, however often told) and passes every change on. */
    private static final class Tracker implements ImportRun {

        private final String id;
        private final String importedBy;
        private final int total;
        private final ImportProgress progress;
        private final Set<String> ended = new HashSet<>();
        private BundlePart part;

        Tracker(String id, String importedBy, int total, ImportProgress progress) {
            this.id = id;
            this.importedBy = importedBy;
            this.total = total;
            this.progress = progress;
        }

        void begin(BundlePart next) {
            part = next;
            progress.progressed(ended.size(), total, part, null);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String importedBy() {
            return importedBy;
        }

        @Override
        public void starting(String relativePath) {
            progress.progressed(ended.size(), total, part, relativePath);
        }

        @Override
        public void ended(FileOutcome outcome) {
            if (ended.add(outcome.relativePath())) {
                progress.fileEnded(outcome);
                progress.progressed(ended.size(), total, part, null);
            }
        }
    }

    private static List<Path> regularFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
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
