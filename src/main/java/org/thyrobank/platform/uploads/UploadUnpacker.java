package org.thyrobank.platform.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Lays an upload out as a study bundle folder: a plate into {@code qpcr/}, a VCF into {@code sequencing/<run>/}, a
 * zipped run into {@code sequencing/<run>/}, a zipped bundle as it is; several files sent together are either one
 * run's files (into {@code sequencing/<run>/}, the run named by the sender) or plates (into {@code qpcr/}). Archive entries
 * that would land outside the folder (zip slip), archives that unpack beyond the limits (zip bombs) and names that
 * are not plain file names are refused before anything is imported.
 */
final class UploadUnpacker {

    static final List<String> PLATE_EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".rdml", ".xml");
    /** What a run folder holds besides its manifest.csv. */
    static final List<String> RUN_FILE_EXTENSIONS = List.of(".vcf", ".vcf.gz", ".tbi", ".csi", ".bed", ".bed.gz");

    static final String RUN_MANIFEST = "manifest.csv";
    private static final List<String> BUNDLE_PARTS = List.of("clinical", "sequencing", "qpcr");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ ()+-]{0,199}");
    static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final UploadLimits limits;

    UploadUnpacker(UploadLimits limits) {
        this.limits = limits;
    }

    /** Writes the files into {@code studyDir} (which must not exist yet); {@code runName} may be null. */
    UploadKind unpack(List<SentFile> files, String runName, Path studyDir) throws IOException {
        if (files.isEmpty()) {
            throw new UploadRejectedException("file", "no file was sent");
        }
        if (files.size() == 1) {
            SentFile file = files.get(0);
            try (InputStream content = file.content().open()) {
                return unpack(file.plainName(), content, runName, studyDir);
            }
        }
        checkRunName(runName);
        List<String> names = files.stream().map(SentFile::plainName).toList();
        names.forEach(UploadUnpacker::checkFileName);
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw new UploadRejectedException("file", names.get(i) + " was sent twice");
            }
            if (names.get(i).toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new UploadRejectedException(
                        "file", names.get(i) + " is a zip: send a zip on its own, not with other files");
            }
        }
        UploadKind kind = kindOfSeveral(names, runName);
        String run = runName != null ? runName : commonFolder(files);
        if (kind == UploadKind.RUN_FILES && run == null) {
            throw new UploadRejectedException(
                    "run",
                    "several files of a sequencing run need the run's name"
                            + " (its folder under sequencing/), or to come from one chosen folder");
        }
        Path folder = Files.createDirectories(
                kind == UploadKind.QPCR_PLATES
                        ? studyDir.resolve("qpcr")
                        : studyDir.resolve("sequencing").resolve(run));
        long written = 0;
        for (SentFile file : files) {
            try (InputStream content = file.content().open()) {
                written += copy(content, folder.resolve(file.plainName()), limits.maxUnpackedBytes() - written);
            }
        }
        return kind;
    }

    /** The run a chosen folder names: the one folder all files came from (as a run name), or null. */
    private static String commonFolder(List<SentFile> files) {
        List<String> folders =
                files.stream().map(SentFile::folderName).distinct().toList();
        return folders.size() == 1 && folders.get(0) != null ? asRunName(folders.get(0)) : null;
    }

    /** Several files are all one run's files, or all plates; anything else is refused before a byte is written. */
    private static UploadKind kindOfSeveral(List<String> names, String runName) {
        List<String> runFiles = names.stream().filter(UploadUnpacker::isRunFile).toList();
        List<String> plates =
                names.stream().filter(name -> !isRunFile(name) && isPlate(name)).toList();
        names.stream()
                .filter(name -> !runFiles.contains(name) && !plates.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new UploadRejectedException(
                            "file",
                            name + " is neither a file of a sequencing run (" + RUN_MANIFEST + ", "
                                    + String.join(", ", RUN_FILE_EXTENSIONS) + ") nor a qPCR plate ("
                                    + String.join(", ", PLATE_EXTENSIONS) + ")");
                });
        if (!runFiles.isEmpty() && !plates.isEmpty()) {
            throw new UploadRejectedException(
                    "file",
                    runFiles.get(0) + " belongs to a sequencing run and " + plates.get(0)
                            + " is a qPCR plate: send one run's files or plates, not both (or zip them as a study bundle)");
        }
        if (plates.isEmpty()) {
            return UploadKind.RUN_FILES;
        }
        if (runName != null) {
            throw new UploadRejectedException("run", "a run name goes with a run's files, not with qPCR plates");
        }
        return UploadKind.QPCR_PLATES;
    }

    private static boolean isRunFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.equals(RUN_MANIFEST) || RUN_FILE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static boolean isPlate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PLATE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static void checkFileName(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new UploadRejectedException(
                    "file",
                    "the file name must be a plain name of letters, digits and . _ - ( ) +," + " not " + fileName);
        }
    }

    private static void checkRunName(String runName) {
        if (runName != null && !RUN_NAME.matcher(runName).matches()) {
            throw new UploadRejectedException(
                    "run", "a run name is 1 to 64 letters, digits, '.', '_' or '-', not " + runName);
        }
    }

    /** Writes one file into {@code studyDir} (which must not exist yet); {@code runName} may be null. */
    UploadKind unpack(String fileName, InputStream content, String runName, Path studyDir) throws IOException {
        checkFileName(fileName);
        checkRunName(runName);
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return unpackZip(fileName, content, runName, studyDir);
        }
        if (lower.endsWith(".vcf") || lower.endsWith(".vcf.gz")) {
            String run = runName != null ? runName : asRunName(fileName.replaceFirst("(?i)\\.vcf(\\.gz)?$", ""));
            copy(
                    content,
                    Files.createDirectories(studyDir.resolve("sequencing").resolve(run))
                            .resolve(fileName));
            return UploadKind.VCF;
        }
        if (PLATE_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            if (runName != null) {
                throw new UploadRejectedException(
                        "run", "a run name goes with a VCF or a zipped run, not with the qPCR plate " + fileName);
            }
            copy(content, Files.createDirectories(studyDir.resolve("qpcr")).resolve(fileName));
            return UploadKind.QPCR_PLATE;
        }
        throw new UploadRejectedException(
                "file",
                fileName + " is neither a zip (a run or a study bundle), a VCF (.vcf, .vcf.gz)" + " nor a qPCR plate ("
                        + String.join(", ", PLATE_EXTENSIONS) + ")");
    }

    private UploadKind unpackZip(String fileName, InputStream content, String runName, Path studyDir)
            throws IOException {
        Path staging = studyDir.resolveSibling(studyDir.getFileName() + ".unpacking");
        try {
            unpackEntries(fileName, content, Files.createDirectories(staging));
            Path top = staging;
            String wrapper = null;
            List<Path> children = list(staging);
            if (children.size() == 1 && Files.isDirectory(children.get(0)) && !isBundlePart(children.get(0))) {
                top = children.get(0);
                wrapper = top.getFileName().toString();
            }
            if (list(top).stream().anyMatch(UploadUnpacker::isBundlePart)) {
                if (runName != null) {
                    throw new UploadRejectedException(
                            "run",
                            fileName + " is a study bundle (it has clinical/, sequencing/"
                                    + " or qpcr/): a run name goes with a VCF or a zipped run");
                }
                Files.move(top, studyDir);
                return UploadKind.BUNDLE;
            }
            String run = runName != null
                    ? runName
                    : asRunName(wrapper != null ? wrapper : fileName.replaceFirst("(?i)\\.zip$", ""));
            Files.move(
                    top, Files.createDirectories(studyDir.resolve("sequencing")).resolve(run));
            return UploadKind.RUN;
        } finally {
            UploadFolders.deleteRecursively(staging);
        }
    }

    private void unpackEntries(String fileName, InputStream content, Path staging) throws IOException {
        CountingInputStream compressed = new CountingInputStream(content);
        int entries = 0;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new UploadRejectedException(
                            "file", fileName + " holds more than " + limits.maxEntries() + " entries");
                }
                Path target = insideFolder(staging, entry.getName());
                if (ignored(entry.getName())) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                        unpacked += n;
                        checkGrowth(fileName, unpacked, compressed.count());
                        out.write(buffer, 0, n);
                    }
                } catch (FileAlreadyExistsException twice) {
                    throw new UploadRejectedException("file", fileName + " holds " + entry.getName() + " twice");
                }
            }
        } catch (ZipException e) {
            throw new UploadRejectedException("file", fileName + " is not a readable zip archive: " + e.getMessage());
        }
        if (entries == 0) {
            throw new UploadRejectedException("file", fileName + " is not a zip archive, or an empty one");
        }
    }

    private void checkGrowth(String fileName, long unpacked, long compressed) {
        if (unpacked > limits.maxUnpackedBytes()) {
            throw new UploadRejectedException(
                    "file", fileName + " unpacks to more than " + limits.maxUnpackedBytes() + " bytes");
        }
        if (unpacked > UploadLimits.RATIO_FLOOR_BYTES && unpacked > (long) limits.maxCompressionRatio() * compressed) {
            throw new UploadRejectedException(
                    "file",
                    fileName + " unpacks to more than " + limits.maxCompressionRatio()
                            + " times its compressed size (a zip bomb?)");
        }
    }

    /** The entry's place below {@code folder}, refusing absolute names, '..' and backslashes. */
    static Path insideFolder(Path folder, String entryName) {
        boolean suspicious = entryName.isEmpty()
                || entryName.startsWith("/")
                || entryName.contains("\\")
                || entryName.matches("^[A-Za-z]:.*")
                || Stream.of(entryName.split("/")).anyMatch(".."::equals);
        Path target = folder.resolve(entryName).normalize();
        if (suspicious || !target.startsWith(folder) || target.equals(folder)) {
            throw new UploadRejectedException(
                    "file", "archive entry " + entryName + " would be written outside the upload's folder");
        }
        return target;
    }

    private static boolean ignored(String entryName) {
        return entryName.startsWith("__MACOSX/") || entryName.endsWith(".DS_Store");
    }

    private void copy(InputStream content, Path target) throws IOException {
        copy(content, target, limits.maxUnpackedBytes());
    }

    /** Copies at most {@code room} bytes (what is left of the upload's limit); answers the bytes written. */
    private long copy(InputStream content, Path target, long room) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n = content.read(buffer); n > 0; n = content.read(buffer)) {
                written += n;
                if (written > room) {
                    throw new UploadRejectedException(
                            "file",
                            target.getFileName() + " takes the upload beyond " + limits.maxUnpackedBytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static String asRunName(String name) {
        String run = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[._-]+", "");
        return run.isEmpty() ? "run" : run.substring(0, Math.min(64, run.length()));
    }

    private static boolean isBundlePart(Path path) {
        return Files.isDirectory(path)
                && BUNDLE_PARTS.contains(path.getFileName().toString());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList();
        }
    }
}
