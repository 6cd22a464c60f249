package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.MutationFuzzer;
import org.thyrobank.platform.importing.BundleFile;

/** The manifest reader on its own: encodings, limits, and mutated manifests (src/test/resources/fuzz/manifest). */
class RunManifestTests {

    private static final String MANIFEST = "sequencing/R02/manifest.csv";
    private static final Map<String, String> SPECIMEN_KINDS =
            Map.of("T-MI-008", "TUMOUR_TISSUE", "T-VR-007", "TUMOUR_TISSUE", "P-MI-008-PRE", "PLASMA");
    private static final Function<String, Optional<String>> KIND = id -> Optional.ofNullable(SPECIMEN_KINDS.get(id));

    @TempDir
    Path study;

    private Path manifestPath;
    private final Map<String, BundleFile> runFiles = new LinkedHashMap<>();

    @BeforeEach
    void copyRunR02() throws IOException {
        Path run = StudyFolders.withRuns(study, "R02").resolve("sequencing/R02");
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                runFiles.put(name, new BundleFile(file, "sequencing/R02/" + name, "", Files.size(file)));
            }
        }
        manifestPath = run.resolve("manifest.csv");
    }

    private List<ManifestEntry> read() {
        return RunManifest.read("R02", runFiles.get("manifest.csv"), runFiles, KIND);
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsReadTheSame() throws IOException {
        List<ManifestEntry> plain = read();
        Files.writeString(
                manifestPath, "\uFEFF" + Files.readString(manifestPath).replace("\n", "\r\n"));

        assertThat(read()).isEqualTo(plain).hasSize(2);
    }

    @Test
    void latin1BytesAreRefusedNamingTheLine() throws IOException {
        Files.write(
                manifestPath,
                "vcf,vcf_sample,specimen_id,genome_build\nT-VR-007.vcf,T-VR-007,T-VR-007,GRCh38\nT-MI-008.vcf,T-MI-008,T-MI-\u00d8,\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(this::read)
                .isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith(MANIFEST + ": line 3, character 28: byte 0xD8 is not UTF-8");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedNamingIt() throws IOException {
        Files.writeString(
                manifestPath,
                "vcf,vcf_sample,specimen_id,genome_build\nT-VR-007.vcf,T-VR-007,T-VR-007," + "G".repeat(9 << 20)
                        + "\n");

        assertThatThrownBy(this::read)
                .isInstanceOf(BundleFileException.class)
                .hasMessage(MANIFEST + ": line 2: longer than 8388608 bytes"
                        + " (max-line-bytes = 8388608 in reference/input-limits.properties)");
    }

    @Test
    void mutatedManifestsAreReadOrRefusedNamingTheManifest() throws IOException {
        MutationFuzzer.fuzz(
                        "manifest",
                        14,
                        MutationFuzzer.corpus("manifest"),
                        MutationFuzzer::mutate,
                        manifestPath,
                        MutationFuzzer.PER_READER,
                        input -> read(),
                        outcome -> outcome instanceof BundleFileException e
                                && e.file().equals(MANIFEST)
                                && !e.problems().isEmpty()
                                && e.problems().size() <= BundleFileException.LISTED_PROBLEMS + 1)
                .assertBothSeen("manifest");
    }
}
