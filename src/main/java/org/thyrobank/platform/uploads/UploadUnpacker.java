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
 * Lays one uploaded file out as a study bundle folder: a plate into {@code qpcr/}, a VCF into
 * {@code sequencing/<run>/}, a zipped run into {@code sequencing/<run>/}, a zipped bundle as it is. Archive entries
 * that would land outside the folder (zip slip), archives that unpack beyond the limits (zip bombs) and names that
 * are not plain file names are refused before anything is imported.
 */
final class UploadUnpacker {

    static final List<String> PLATE_EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".rdml", ".xml");
    private static final List<String> BUNDLE_PARTS = List.of("clinical", "sequencing", "qpcr");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ ()+-]{0,199}");
    static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final UploadLimits limits;

    UploadUnpacker(UploadLimits limits) {
        this.limits = limits;
    }

    /** Writes the upload into {@code studyDir} (which must not exist yet); {@code runName} may be null. */
    UploadKind unpack(String fileName, InputStream content, String runName, Path studyDir) throws IOException {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new UploadRejectedException("file", "the file name must be a plain name of letters, digits and . _ - ( ) +,"
                    + " not " + fileName);
        }
        if (runName != null && !RUN_NAME.matcher(runName).matches()) {
            throw new UploadRejectedException("run", "a run name is 1 to 64 letters, digits, '.', '_' or '-', not " + runName);
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return unpackZip(fileName, content, runName, studyDir);
        }
        if (lower.endsWith(".vcf") || lower.endsWith(".vcf.gz")) {
            String run = runName != null ? runName : asRunName(fileName.replaceFirst("(?i)\\.vcf(\\.gz)?$", ""));
            copy(content, Files.createDirectories(studyDir.resolve("sequencing").resolve(run)).resolve(fileName));
            return UploadKind.VCF;
        }
        if (PLATE_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            if (runName != null) {
                throw new UploadRejectedException("run", "a run name goes with a VCF or a zipped run, not with the qPCR plate " + fileName);
            }
            copy(content, Files.createDirectories(studyDir.resolve("qpcr")).resolve(fileName));
            return UploadKind.QPCR_PLATE;
        }
        throw new UploadRejectedException("file", fileName + " is neither a zip (a run or a study bundle), a VCF (.vcf, .vcf.gz)"
                + " nor a qPCR plate (" + String.join(", ", PLATE_EXTENSIONS) + ")");
    }

    private UploadKind unpackZip(String fileName, InputStream content, String runName, Path studyDir) throws IOException {
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
                    throw new UploadRejectedException("run", fileName + " is a study bundle (it has clinical/, sequencing/"
                            + " or qpcr/): a run name goes with a VCF or a zipped run");
                }
                Files.move(top, studyDir);
                return UploadKind.BUNDLE;
            }
            String run = runName != null ? runName : asRunName(wrapper != null ? wrapper : fileName.replaceFirst("(?i)\\.zip$", ""));
            Files.move(top, Files.createDirectories(studyDir.resolve("sequencing")).resolve(run));
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
                    throw new UploadRejectedException("file", fileName + " holds more than " + limits.maxEntries() + " entries");
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
            throw new UploadRejectedException("file", fileName + " unpacks to more than " + limits.maxUnpackedBytes() + " bytes");
        }
        if (unpacked > UploadLimits.RATIO_FLOOR_BYTES && unpacked > (long) limits.maxCompressionRatio() * compressed) {
            throw new UploadRejectedException("file", fileName + " unpacks to more than " + limits.maxCompressionRatio()
                    + " times its compressed size (a zip bomb?)");
        }
    }

    /** The entry's place below {@code folder}, refusing absolute names, '..' and backslashes. */
    static Path insideFolder(Path folder, String entryName) {
        boolean suspicious = entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\")
                || entryName.matches("^[A-Za-z]:.*") || Stream.of(entryName.split("/")).anyMatch(".."::equals);
        Path target = folder.resolve(entryName).normalize();
        if (suspicious || !target.startsWith(folder) || target.equals(folder)) {
            throw new UploadRejectedException("file", "archive entry " + entryName + " would be written outside the upload's folder");
        }
        return target;
    }

    private static boolean ignored(String entryName) {
        return entryName.startsWith("__MACOSX/") || entryName.endsWith(".DS_Store");
    }

    private void copy(InputStream content, Path target) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n = content.read(buffer); n > 0; n = content.read(buffer)) {
                written += n;
                if (written > limits.maxUnpackedBytes()) {
                    throw new UploadRejectedException("file", target.getFileName() + " is larger than "
                            + limits.maxUnpackedBytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static String asRunName(String name) {
        String run = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[._-]+", "");
        return run.isEmpty() ? "run" : run.substring(0, Math.min(64, run.length()));
    }

    private static boolean isBundlePart(Path path) {
        return Files.isDirectory(path) && BUNDLE_PARTS.contains(path.getFileName().toString());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList();
        }
    }
}
