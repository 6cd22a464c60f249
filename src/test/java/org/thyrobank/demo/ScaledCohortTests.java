package org.thyrobank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.demo.BundleCsv.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.QpcrPlate;

/**
 * A bundle of 500 patients: more sequencing runs (at most 96 VCFs each) and more plates than the 60-patient design's,
 * with every specimen sequenced or plated once under an id of its own.
 */
class ScaledCohortTests {

    private static final int PATIENTS = 500;

    @TempDir
    static Path study;

    static SyntheticCohort.Summary summary;

    @BeforeAll
    static void writeOnce() {
        summary = SyntheticCohort.write(study, 3, PATIENTS);
    }

    @Test
    void everyPatientHasAnIdOfItsOwnAndTheSummaryCountsThem() {
        List<String> ids = column("clinical/patients.csv", "patient_id");
        assertThat(ids).hasSize(PATIENTS).doesNotHaveDuplicates().allMatch(id -> id.matches("(MI|VR)-\\d{3}"));
        assertThat(summary.patients()).isEqualTo(PATIENTS);
        assertThat(summary.evaluable()).isEqualTo(383);
        assertThat(column("clinical/specimens.csv", "specimen_id")).doesNotHaveDuplicates();
    }

    /** Milan's Mutect2 runs first (R01-R04, the metastasis biopsies with them), then Negrar's Strelka2 (R05-R07). */
    @Test
    void everyTumourSpecimenIsSequencedOnceInRunsOfAtMost96Vcfs() throws IOException {
        Map<String, String> runOfSpecimen = new HashMap<>();
        Map<String, String> buildOfRun = new HashMap<>();
        for (Path manifest : manifests()) {
            String run = manifest.getParent().getFileName().toString();
            List<CSVRecord> rows = rows(manifest);
            assertThat(rows).as(run).hasSizeBetween(1, 96);
            for (CSVRecord row : rows) {
                assertThat(runOfSpecimen.put(row.get("specimen_id"), run))
                        .as(row.get("specimen_id"))
                        .isNull();
                assertThat(manifest.resolveSibling(row.get("vcf"))).exists();
                buildOfRun.put(run, row.get("genome_build"));
            }
            try (Stream<Path> files = Files.list(manifest.getParent())) {
                assertThat(files.filter(f -> f.toString().endsWith(".vcf")).count())
                        .as(run)
                        .isEqualTo(rows.size());
            }
        }
        assertThat(new TreeSet<>(buildOfRun.keySet())).containsExactly("R01", "R02", "R03", "R04", "R05", "R06", "R07");
        assertThat(buildOfRun)
                .containsEntry("R01", "GRCh38")
                .containsEntry("R04", "GRCh38")
                .containsEntry("R05", "GRCh37")
                .containsEntry("R07", "GRCh37");
        Set<String> tumours = new TreeSet<>();
        for (CSVRecord specimen : rows(study.resolve("clinical/specimens.csv"))) {
            if (specimen.get("kind").equals("TUMOUR_TISSUE")) {
                tumours.add(specimen.get("specimen_id"));
            }
        }
        assertThat(runOfSpecimen.keySet()).isEqualTo(tumours);
    }

    /** About 110 plates, numbered with three digits so that they sort; 8 haemolysed specimens (one per 60 patients). */
    @Test
    void everyPlasmaSpecimenIsOnOnePlateReadWithoutWarnings() throws IOException {
        Map<Path, QpcrPlate> plates = WrittenPlates.read(study);
        Map<String, String> plateOfSpecimen = new HashMap<>();
        Map<String, Map<String, Double>> cq = new HashMap<>();
        for (Map.Entry<Path, QpcrPlate> plate : plates.entrySet()) {
            String file = plate.getKey().getFileName().toString();
            assertThat(file).matches("PL\\d{3}\\.(csv|txt)");
            assertThat(plate.getValue().warnings()).as(file).isEmpty();
            assertThat(plate.getValue().measurements()).as(file).hasSizeLessThanOrEqualTo(384);
            for (QpcrMeasurement well : plate.getValue().measurements()) {
                String elsewhere = plateOfSpecimen.putIfAbsent(well.specimenId(), file);
                assertThat(elsewhere).as(well.specimenId()).isIn(null, file);
                cq.computeIfAbsent(well.specimenId(), s -> new HashMap<>()).put(well.assay(), well.cq());
            }
        }
        assertThat(plates).hasSizeGreaterThan(99);
        List<String> plasma = new ArrayList<>();
        rows(study.resolve("clinical/specimens.csv")).stream()
                .filter(s -> s.get("kind").equals("PLASMA"))
                .forEach(s -> plasma.add(s.get("specimen_id")));
        assertThat(plateOfSpecimen.keySet()).containsExactlyInAnyOrderElementsOf(plasma);
        long haemolysed = cq.values().stream()
                .filter(s -> s.get("hsa-miR-23a-3p") - s.get("hsa-miR-451a") > 7)
                .count();
        assertThat(haemolysed).isEqualTo(8);
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(study.resolve("sequencing"))) {
            return files.filter(f -> f.getFileName().toString().equals("manifest.csv"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> column(String file, String column) {
        return rows(study.resolve(file)).stream().map(r -> r.get(column)).toList();
    }
}
