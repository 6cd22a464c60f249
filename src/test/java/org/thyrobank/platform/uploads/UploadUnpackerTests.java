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
        assertThatThrownBy(() -> unpack("run.zip", zip, null)).isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("would be written outside the upload's folder")
                .satisfies(e -> assertThat(((UploadRejectedException) e).parameter()).isEqualTo("file"));
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
        assertThatThrownBy(() -> unpack("bomb.zip", out.toByteArray(), null)).isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("times its compressed size");
    }

    @Test
    void anArchiveBeyondTheSizeOrEntryLimitIsRefused() throws IOException {
        UploadUnpacker small = new UploadUnpacker(new UploadLimits(10, 2, 200));
        assertThatThrownBy(() -> small.unpack("R.zip", new ByteArrayInputStream(zip(Map.of("a.vcf", "0123456789ab"))), null, study()))
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

    private void assertRejected(String name, String run, String parameter, String message) {
        assertThatThrownBy(() -> unpacker.unpack(name, new ByteArrayInputStream(bytes("not a zip")), run, root.resolve("r")))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((UploadRejectedException) e).parameter()).isEqualTo(parameter));
    }

    private UploadKind unpack(String name, byte[] content, String run) throws IOException {
        return unpacker.unpack(name, new ByteArrayInputStream(content), run, study());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(study())) {
            return walk.filter(Files::isRegularFile).map(p -> study().relativize(p).toString()).sorted().toList();
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
