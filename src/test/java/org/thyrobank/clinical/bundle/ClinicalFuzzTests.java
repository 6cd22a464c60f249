package org.thyrobank.clinical.bundle;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.MutationFuzzer;
import org.thyrobank.platform.MutationFuzzer.Outcomes;

/**
 * Mutated clinical folders: the valid folder of src/test/resources/fuzz/clinical with one file at a time mutated,
 * each file for its share of the time. The folder must be read or refused with a
 * {@link ClinicalValidationException} naming each rejected file with its problems (at most 50 and a count).
 */
class ClinicalFuzzTests {

    @TempDir
    Path folder;

    private static boolean namesTheFiles(Throwable outcome) {
        return outcome instanceof ClinicalValidationException e
                && !e.rejectedFiles().isEmpty()
                && e.rejectedFiles().stream()
                        .allMatch(file -> ClinicalBundleReader.files().contains(file.file())
                                && !file.problems().isEmpty()
                                && file.problems().size() <= BundleFileException.LISTED_PROBLEMS + 1);
    }

    @Test
    void mutatedClinicalFilesAreReadOrRefusedNamingTheFile() throws IOException, URISyntaxException {
        Path corpus =
                Path.of(ClinicalFuzzTests.class.getResource("/fuzz/clinical").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Outcomes all = new Outcomes(0, 0);
        for (Path file : files) {
            Path mutated = folder.resolve(file.getFileName());
            all = all.plus(MutationFuzzer.fuzz(
                    "clinical-" + file.getFileName(),
                    14,
                    List.of(Files.readAllBytes(file)),
                    MutationFuzzer::mutate,
                    mutated,
                    MutationFuzzer.PER_READER.dividedBy(files.size()),
                    input -> ClinicalBundleReader.read(folder),
                    ClinicalFuzzTests::namesTheFiles));
            Files.copy(file, mutated, StandardCopyOption.REPLACE_EXISTING);
        }
        all.assertBothSeen("clinical");
    }
}
