package org.thyrobank.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyImportTests {

    @TempDir
    Path study;

    @Test
    void aPartWithoutAnImporterIsReportedAsNotHandledYet() throws Exception {
        write("qpcr/PL01.csv", "specimen_id,assay,cq\n");
        List<FileOutcome> outcomes = new StudyImport(List.of()).importStudy(study);
        assertThat(outcomes).extracting(FileOutcome::line).containsExactly("qpcr/PL01.csv: not handled yet");
    }

    @Test
    void eachPartGoesToItsImporterInBundleOrderWithItsChecksum() throws Exception {
        write("qpcr/PL01.csv", "q");
        write("sequencing/R01/manifest.csv", "m");
        write("clinical/patients.csv", "abc");
        List<BundlePart> seen = new ArrayList<>();
        List<BundleFile> files = new ArrayList<>();
        List<BundlePartImporter> importers = new ArrayList<>();
        for (BundlePart part : BundlePart.values()) {
            importers.add(recording(part, seen, files));
        }
        new StudyImport(importers).importStudy(study);
        assertThat(seen).containsExactly(BundlePart.CLINICAL, BundlePart.SEQUENCING, BundlePart.QPCR);
        assertThat(files.get(0).relativePath()).isEqualTo("clinical/patients.csv");
        // sha256("abc"), the FIPS 180-2 test vector
        assertThat(files.get(0).sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(files.get(0).sizeBytes()).isEqualTo(3);
    }

    @Test
    void progressIsToldBeforeEachPartAndOnceEveryFileHasItsOutcome() throws Exception {
        write("clinical/patients.csv", "p");
        write("clinical/treatments.csv", "t");
        write("qpcr/PL01.csv", "q");
        write("notes/readme.txt", "x");
        List<BundlePartImporter> importers = new ArrayList<>();
        for (BundlePart part : BundlePart.values()) {
            importers.add(recording(part, new ArrayList<>(), new ArrayList<>()));
        }
        List<String> told = new ArrayList<>();
        new StudyImport(importers).importStudy(study, (done, total, part) -> told.add(done + "/" + total + " " + part));
        assertThat(told).containsExactly("1/4 CLINICAL", "3/4 QPCR", "4/4 null");
    }

    @Test
    void aFileOutsideTheLayoutIsSkippedWithTheReason() throws Exception {
        write("notes/readme.txt", "x");
        List<FileOutcome> outcomes = new StudyImport(List.of()).importStudy(study);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(FileOutcome.Outcome.SKIPPED);
            assertThat(o.line()).startsWith("notes/readme.txt: skipped: not part of the study bundle layout");
        });
    }

    @Test
    void anEmptyFolderIsAClearError() {
        assertThatThrownBy(() -> new StudyImport(List.of()).importStudy(study))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path missing = study.resolve("nope");
        assertThatThrownBy(() -> new StudyImport(List.of()).importStudy(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    private static BundlePartImporter recording(BundlePart part, List<BundlePart> seen, List<BundleFile> files) {
        return new BundlePartImporter() {
            @Override
            public BundlePart part() {
                return part;
            }

            @Override
            public List<FileOutcome> importFiles(Path studyDir, List<BundleFile> given) {
                seen.add(part);
                files.addAll(given);
                return given.stream().map(f -> FileOutcome.of(f, FileOutcome.Outcome.IMPORTED, null)).toList();
            }
        };
    }

    private void write(String relative, String content) throws Exception {
        Path file = study.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
