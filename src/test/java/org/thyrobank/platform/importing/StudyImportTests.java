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
    void progressIsToldFileByFileWithEachOutcomeOnce() throws Exception {
        write("clinical/patients.csv", "p");
        write("clinical/treatments.csv", "t");
        write("qpcr/PL01.csv", "q");
        write("qpcr/PL02.csv", "q2");
        write("notes/readme.txt", "x");
        List<BundlePartImporter> importers = new ArrayList<>();
        importers.add(recording(BundlePart.CLINICAL, new ArrayList<>(), new ArrayList<>()));
        importers.add(fileByFile(BundlePart.QPCR));
        List<String> told = new ArrayList<>();
        new StudyImport(importers).importStudy(study, "run-1", "tester", new ImportProgress() {
            @Override
            public void progressed(int done, int total, BundlePart part, String file) {
                told.add(done + "/" + total + " " + part + " " + file);
            }

            @Override
            public void fileEnded(FileOutcome outcome) {
                told.add("ended " + outcome.line());
            }
        });
        assertThat(told)
                .containsExactly(
                        "ended notes/readme.txt: skipped: not part of the study bundle layout (clinical/, sequencing/<run>/, qpcr/)",
                        "1/5 null null",
                        // the clinical importer tells nothing itself: its files are counted when the part returns
                        "1/5 CLINICAL null",
                        "ended clinical/patients.csv: imported",
                        "2/5 CLINICAL null",
                        "ended clinical/treatments.csv: imported",
                        "3/5 CLINICAL null",
                        "3/5 QPCR null",
                        "3/5 QPCR qpcr/PL01.csv",
                        "ended qpcr/PL01.csv: imported: plate run-1",
                        "4/5 QPCR null",
                        // told twice (while importing and in the answer), counted once
                        "4/5 QPCR qpcr/PL02.csv",
                        "ended qpcr/PL02.csv: imported: plate run-1",
                        "5/5 QPCR null",
                        "5/5 null null");
    }

    @Test
    void theRunIdTagsTheJobParameters() {
        ImportRun run = new ImportRun() {
            @Override
            public String id() {
                return "upload-7";
            }

            @Override
            public String importedBy() {
                return "bench";
            }

            @Override
            public void starting(String relativePath) {}

            @Override
            public void ended(FileOutcome outcome) {}
        };
        var parameters = run.tag(new org.springframework.batch.core.job.parameters.JobParametersBuilder())
                .toJobParameters();
        assertThat(parameters.getString(ImportRun.JOB_PARAMETER)).isEqualTo("upload-7");
        assertThat(parameters.getParameter(ImportRun.JOB_PARAMETER).identifying())
                .isFalse();
        assertThat(parameters.getString(ImportRun.IMPORTED_BY)).isEqualTo("bench");
        assertThat(parameters.getParameter(ImportRun.IMPORTED_BY).identifying()).isFalse();
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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path missing = study.resolve("nope");
        assertThatThrownBy(() -> new StudyImport(List.of()).importStudy(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    private static BundlePartImporter recording(BundlePart part, List<BundlePart> seen, List<BundleFile> files) {
        return new BundlePartImporter() {
            @Override
            public BundlePart part() {
                return part;
            }

            @Override
            public List<FileOutcome> importFiles(Path studyDir, List<BundleFile> given, ImportRun run) {
                seen.add(part);
                files.addAll(given);
                return given.stream()
                        .map(f -> FileOutcome.of(f, FileOutcome.Outcome.IMPORTED, null))
                        .toList();
            }
        };
    }

    /** Tells each file as it starts and ends, as the VCF and plate importers do, and answers them all again. */
    private static BundlePartImporter fileByFile(BundlePart part) {
        return new BundlePartImporter() {
            @Override
            public BundlePart part() {
                return part;
            }

            @Override
            public List<FileOutcome> importFiles(Path studyDir, List<BundleFile> given, ImportRun run) {
                List<FileOutcome> outcomes = new ArrayList<>();
                for (BundleFile file : given) {
                    run.starting(file.relativePath());
                    FileOutcome outcome = FileOutcome.of(file, FileOutcome.Outcome.IMPORTED, "plate " + run.id());
                    run.ended(outcome);
                    outcomes.add(outcome);
                }
                return outcomes;
            }
        };
    }

    private void write(String relative, String content) throws Exception {
        Path file = study.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
