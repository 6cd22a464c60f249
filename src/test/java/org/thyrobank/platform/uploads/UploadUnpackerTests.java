package org.thyrobank.platform.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadUnpackerTests {

    private static final UploadLimits LIMITS = new UploadLimits(64L << 20, 100, 200);
    private final UploadUnpacker unpacker = new UploadUnpacker(LIMITS);

    @TempDir
    Path root;

    private Path study() {
        return root.resolve("u1");
    }

    @Test
    void aPlateGoesToQpcr() throws IOException {
        assertThat(unpack("PL01.csv", bytes("specimen_id,assay,cq\n"), null)).isEqualTo(UploadKind.QPCR_PLATE);
        assertThat(files()).containsExactly("qpcr/PL01.csv");
    }

    @Test
    void aVcfGoesToARunNamedAfterItUnlessARunIsGiven() throws IOException {
        assertThat(unpack("T-MI-001.vcf.gz", bytes("x"), null)).isEqualTo(UploadKind.VCF);
        assertThat(files()).containsExactly("sequencing/T-MI-001/T-MI-001.vcf.gz");
        Path other = root.resolve("u2");
        unpacker.unpack("T-MI-002.vcf", new ByteArrayInputStream(bytes("x")), "R07", other);
        assertThat(Files.exists(other.resolve("sequencing/R07/T-MI-002.vcf"))).isTrue();
    }

    @Test
    void aZippedRunFolderGoesToSequencingUnderItsFolderName() throws IOException {
        byte[] zip = zip(Map.of("R01/manifest.csv", "m", "R01/T-MI-001.vcf", "v", "__MACOSX/R01/._x", "junk"));
        assertThat(unpack("whatever.zip", zip, null)).isEqualTo(UploadKind.RUN);
        assertThat(files()).containsExactly("sequencing/R01/T-MI-001.vcf", "sequencing/R01/manifest.csv");
    }

    @Test
    void aZippedRunWithoutAFolderIsNamedAfterTheZip() throws IOException {
        assertThat(unpack("R02.zip", zip(Map.of("manifest.csv", "m")), null)).isEqualTo(UploadKind.RUN);
        assertThat(files()).containsExactly("sequencing/R02/manifest.csv");
    }

    @Test
    void aZippedBundleIsKeptAsItIsWithOrWithoutItsTopFolder() throws IOException {
        byte[] zip = zip(Map.of("study/clinical/patients.csv", "p", "study/qpcr/PL01.csv", "q"));
        assertThat(unpack("study.zip", zip, null)).isEqualTo(UploadKind.BUNDLE);
        assertThat(files()).containsExactly("clinical/patients.csv", "qpcr/PL01.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.csv", "R01/../../evil.csv", "/etc/evil.csv", "R01\\..\\evil.csv", "C:/evil.csv"})
    void anEntryOutsideTheFolderIsRefusedAndNothingIsLeft(String entry) throws IOException {
        byte[] zip = zip(Map.of("R01/ok.vcf", "v", entry, "evil"));
        assertThatThrownBy(() -> unpack("run.zip", zip, null))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("would be written outside the upload's folder")
                .satisfies(e ->
                        assertThat(((UploadRejectedException) e).parameter()).isEqualTo("file"));
        assertThat(Files.exists(root.getParent().resolve("evil.csv"))).isFalse();
        assertThat(Files.exists(root.resolve("u1.unpacking"))).isFalse();
    }

    @Test
    void anArchiveThatGrowsLikeABombIsRefused() throws IOException {
        byte[] zeros = new byte[20 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("R01/zeros.vcf"));
            zip.write(zeros);
        }
        assertThatThrownBy(() -> unpack("bomb.zip", out.toByteArray(), null))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("times its compressed size");
    }

    @Test
    void anArchiveBeyondTheSizeOrEntryLimitIsRefused() throws IOException {
        UploadUnpacker small = new UploadUnpacker(new UploadLimits(10, 2, 200));
        assertThatThrownBy(() -> small.unpack(
                        "R.zip", new ByteArrayInputStream(zip(Map.of("a.vcf", "0123456789ab"))), null, study()))
                .hasMessageContaining("unpacks to more than 10 bytes");
        Map<String, String> three = new LinkedHashMap<>();
        for (String name : List.of("a", "b", "c")) {
            three.put(name + ".vcf", "v");
        }
        assertThatThrownBy(() -> small.unpack("R.zip", new ByteArrayInputStream(zip(three)), null, root.resolve("u3")))
                .hasMessageContaining("holds more than 2 entries");
    }

    @Test
    void namesAndKindsThatCannotBeTakenAreRefusedNamingTheParameter() {
        assertRejected("report.pdf", null, "file", "is neither a zip");
        assertRejected("../PL01.csv", null, "file", "plain name");
        assertRejected("PL01.csv", "R01", "run", "goes with a VCF or a zipped run");
        assertRejected("x.vcf", "../R01", "run", "a run name is 1 to 64 letters");
        assertRejected("notazip.zip", null, "file", "not a zip archive");
    }

    @Test
    void aRunsFilesSentTogetherGoToTheNamedRun() throws IOException {
        List<SentFile> sent = List.of(
                sent("manifest.csv", "m"),
                sent("T-MI-001.vcf.gz", "v"),
                sent("T-MI-001.vcf.gz.tbi", "i"),
                sent("panel.bed", "b"));
        assertThat(unpacker.unpack(sent, "R03", study())).isEqualTo(UploadKind.RUN_FILES);
        assertThat(files())
                .containsExactly(
                        "sequencing/R03/T-MI-001.vcf.gz",
                        "sequencing/R03/T-MI-001.vcf.gz.tbi",
                        "sequencing/R03/manifest.csv",
                        "sequencing/R03/panel.bed");
    }

    @Test
    void aChosenRunFolderNamesTheRunAndAGivenNameWins() throws IOException {
        List<SentFile> sent = List.of(sent("runs/R05/manifest.csv", "m"), sent("runs/R05/T1.vcf", "v"));
        assertThat(unpacker.unpack(sent, null, study())).isEqualTo(UploadKind.RUN_FILES);
        assertThat(files()).containsExactly("sequencing/R05/T1.vcf", "sequencing/R05/manifest.csv");
        Path other = root.resolve("u2");
        unpacker.unpack(sent, "R09", other);
        assertThat(Files.exists(other.resolve("sequencing/R09/manifest.csv"))).isTrue();
        Path plates = root.resolve("u3");
        assertThat(unpacker.unpack(List.of(sent("qpcr/PL01.csv", "a"), sent("qpcr/PL02.csv", "b")), null, plates))
                .isEqualTo(UploadKind.QPCR_PLATES);
    }

    @Test
    void severalPlatesGoToQpcrAndOneSentFileIsTakenAsBefore() throws IOException {
        assertThat(unpacker.unpack(List.of(sent("PL01.csv", "a"), sent("PL02.txt", "b")), null, study()))
                .isEqualTo(UploadKind.QPCR_PLATES);
        assertThat(files()).containsExactly("qpcr/PL01.csv", "qpcr/PL02.txt");
        Path other = root.resolve("u2");
        assertThat(unpacker.unpack(List.of(sent("C:\\lab\\PL03.csv", "c")), null, other))
                .isEqualTo(UploadKind.QPCR_PLATE);
        assertThat(Files.exists(other.resolve("qpcr/PL03.csv"))).isTrue();
    }

    @Test
    void severalFilesThatDoNotMakeOneRunOrOnlyPlatesAreRefusedBeforeAnythingIsWritten() {
        assertRejectedSeveral(
                List.of(sent("manifest.csv", "m"), sent("T1.vcf", "v")), null, "run", "need the run's name");
        assertRejectedSeveral(
                List.of(sent("R05/manifest.csv", "m"), sent("R06/T1.vcf", "v")), null, "run", "need the run's name");
        assertRejectedSeveral(
                List.of(sent("manifest.csv", "m"), sent("PL01.csv", "p")),
                "R03",
                "file",
                "manifest.csv belongs to a sequencing run and PL01.csv is a qPCR plate");
        assertRejectedSeveral(
                List.of(sent("PL01.csv", "a"), sent("PL02.csv", "b")), "R03", "run", "not with qPCR plates");
        assertRejectedSeveral(
                List.of(sent("PL01.csv", "a"), sent("lab/PL01.csv", "b")), null, "file", "PL01.csv was sent twice");
        assertRejectedSeveral(
                List.of(sent("R01.zip", "z"), sent("PL01.csv", "b")), null, "file", "send a zip on its own");
        assertRejectedSeveral(
                List.of(sent("PL01.csv", "a"), sent("notes.pdf", "b")),
                null,
                "file",
                "notes.pdf is neither a file of a sequencing run");
        assertRejectedSeveral(List.of(sent("PL01.csv", "a"), sent("..", "b")), null, "file", "plain name");
        assertRejectedSeveral(List.of(), null, "file", "no file was sent");
    }

    @Test
    void severalFilesTogetherBeyondTheSizeLimitAreRefused() {
        UploadUnpacker small = new UploadUnpacker(new UploadLimits(10, 100, 200));
        List<SentFile> sent = List.of(sent("PL01.csv", "123456"), sent("PL02.csv", "123456"));
        assertThatThrownBy(() -> small.unpack(sent, null, study()))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("PL02.csv takes the upload beyond 10 bytes");
    }

    private void assertRejectedSeveral(List<SentFile> sent, String run, String parameter, String message) {
        Path target = root.resolve("several");
        assertThatThrownBy(() -> unpacker.unpack(sent, run, target))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining(message)
                .satisfies(e ->
                        assertThat(((UploadRejectedException) e).parameter()).isEqualTo(parameter));
        assertThat(target).doesNotExist();
    }

    private static SentFile sent(String name, String content) {
        return new SentFile(name, () -> new ByteArrayInputStream(bytes(content)));
    }

    private void assertRejected(String name, String run, String parameter, String message) {
        assertThatThrownBy(() ->
                        unpacker.unpack(name, new ByteArrayInputStream(bytes("not a zip")), run, root.resolve("r")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining(message)
                .satisfies(e ->
                        assertThat(((UploadRejectedException) e).parameter()).isEqualTo(parameter));
    }

    private UploadKind unpack(String name, byte[] content, String run) throws IOException {
        return unpacker.unpack(name, new ByteArrayInputStream(content), run, study());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(study())) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> study().relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(bytes(e.getValue()));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
