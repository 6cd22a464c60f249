package org.thyrobank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thyrobank.demo.BundleCsv.rows;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.QpcrPlate;

class SyntheticCohortTests {

    private static final long SEED = 20_260_101L;

    @TempDir
    static Path study;

    static SyntheticCohort.Summary summary;

    @BeforeAll
    static void writeOnce() {
        summary = SyntheticCohort.write(study, SEED);
    }

    @Test
    void theSameSeedWritesAByteIdenticalBundle(@TempDir Path first, @TempDir Path second) throws IOException {
        SyntheticCohort.write(first, 7);
        SyntheticCohort.write(second, 7);
        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((file, bytes) -> assertThat(b.get(file)).as(file).isEqualTo(bytes));
    }

    /**
     * The default 60-patient bundle is pinned to its bytes (the demo's printed report and the R goldens were made
     * from them): SHA-256 over every file's relative path and content, in path order.
     */
    @ParameterizedTest
    @CsvSource({
        "1, 5cf01b717f0167babce7d329d86d6a9aa3461d8d49e311c3423ca5363afe75c9",
        "7, 9714c1fa701bdf60f09ba60d1b74c2e60100e9c08382230be488aea82338ec5a"
    })
    void theDefaultBundleKeepsItsBytes(long seed, String sha256, @TempDir Path dir)
            throws IOException, NoSuchAlgorithmException {
        SyntheticCohort.write(dir, seed);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, byte[]> file : contents(dir).entrySet()) {
            digest.update((file.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(file.getValue());
        }
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(sha256);
    }

    @Test
    void anotherSeedWritesAnotherCohort(@TempDir Path other) throws IOException {
        SyntheticCohort.write(other, SEED + 1);
        assertThat(Files.readString(other.resolve("clinical/therapies.csv")))
                .isNotEqualTo(Files.readString(study.resolve("clinical/therapies.csv")));
    }

    @Test
    void refusesAFolderThatAlreadyHoldsFiles(@TempDir Path used) throws IOException {
        Files.writeString(used.resolve("notes.txt"), "left over");
        assertThatThrownBy(() -> SyntheticCohort.write(used, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
    }

    @Test
    void everyClinicalFileHasTheColumnsOfTheBundleContract() throws IOException {
        Map<String, List<String>> contract = new LinkedHashMap<>();
        contract.put("patients", List.of("patient_id", "centre", "sex", "birth_year", "histology"));
        contract.put("specimens", List.of("specimen_id", "patient_id", "kind", "timepoint", "collected_on"));
        contract.put("lesions", List.of("patient_id", "lesion_id", "site", "organ", "recist_role"));
        contract.put("blood_dosimetry", List.of("patient_id", "blood_gy_per_gbq", "whole_body_retention_48h_pct"));
        contract.put(
                "lesion_dosimetry", List.of("patient_id", "lesion_id", "lesion_gy_per_gbq", "uptake_pct", "volume_ml"));
        contract.put("therapies", List.of("patient_id", "treated_on", "administered_gbq"));
        contract.put("fdg", List.of("patient_id", "lesion_id", "timepoint", "suv_max", "fdg_positive"));
        contract.put("iodine_pet", List.of("patient_id", "lesion_id", "scanned_on", "uptake_pct"));
        contract.put(
                "assessments",
                List.of("patient_id", "assessed_on", "lesion_id", "diameter_mm", "non_target_status", "new_lesion"));
        contract.put("adverse_events", List.of("patient_id", "term", "grade", "onset_on", "attribution"));
        contract.put("labs", List.of("patient_id", "drawn_on", "test", "value", "unit"));
        contract.put("follow_up", List.of("patient_id", "last_contact_on", "progressed_on", "died_on"));
        for (var file : contract.entrySet()) {
            Path csv = study.resolve("clinical/" + file.getKey() + ".csv");
            assertThat(Files.readAllLines(csv).get(0).split(","))
                    .as(file.getKey())
                    .containsExactlyElementsOf(file.getValue());
            assertThat(rows(csv)).as(file.getKey()).isNotEmpty();
        }
        try (Stream<Path> files = Files.list(study.resolve("clinical"))) {
            assertThat(files.count()).isEqualTo(contract.size());
        }
    }

    /**
     * Every patient has blood and soft-tissue lesion dosimetry; the populations derived from it are checked through
     * the clinical reader and derivations in {@link SyntheticCohortDerivationTests}.
     */
    @Test
    void sixtyPatientsAllWithDosimetryOfWhomTheSummaryCountsFortySixEvaluable() throws IOException {
        Set<String> patients = patientIds("patients.csv");
        assertThat(patients).hasSize(60);
        assertThat(patientIds("blood_dosimetry.csv")).isEqualTo(patients);
        Set<String> softTissue = new TreeSet<>();
        for (CSVRecord lesion : rows(study.resolve("clinical/lesions.csv"))) {
            if (lesion.get("site").equals("SOFT_TISSUE")) {
                softTissue.add(lesion.get("patient_id") + "/" + lesion.get("lesion_id"));
            }
        }
        Set<String> withSoftTissueDosimetry = new TreeSet<>();
        for (CSVRecord dose : rows(study.resolve("clinical/lesion_dosimetry.csv"))) {
            if (softTissue.contains(dose.get("patient_id") + "/" + dose.get("lesion_id"))) {
                withSoftTissueDosimetry.add(dose.get("patient_id"));
            }
        }
        assertThat(withSoftTissueDosimetry).isEqualTo(patients);
        assertThat(summary).isEqualTo(new SyntheticCohort.Summary(60, 46, fileCount(study)));
    }

    @Test
    void noTherapyExceedsTheMaximumTolerableActivity() throws IOException {
        Map<String, Double> bloodGyPerGbq = new HashMap<>();
        rows(study.resolve("clinical/blood_dosimetry.csv"))
                .forEach(r -> bloodGyPerGbq.put(r.get("patient_id"), Double.parseDouble(r.get("blood_gy_per_gbq"))));
        for (CSVRecord therapy : rows(study.resolve("clinical/therapies.csv"))) {
            double mta = 2 / bloodGyPerGbq.get(therapy.get("patient_id"));
            assertThat(Double.parseDouble(therapy.get("administered_gbq")))
                    .as(therapy.toString())
                    .isLessThanOrEqualTo(mta);
        }
        assertThat(bloodGyPerGbq.values()).allSatisfy(blood -> assertThat(blood).isBetween(0.10, 0.35));
    }

    @Test
    void everyManifestRowNamesAnExistingVcfWithItsSampleAndATumourSpecimen() throws IOException {
        Map<String, String> kinds = specimenKinds();
        List<Path> manifests = manifests();
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(2);
        for (Path manifest : manifests) {
            for (CSVRecord row : rows(manifest)) {
                Path vcf = manifest.resolveSibling(row.get("vcf"));
                assertThat(vcf).exists();
                String chromLine = Files.readAllLines(vcf).stream()
                        .filter(l -> l.startsWith("#CHROM"))
                        .findFirst()
                        .orElseThrow();
                assertThat(chromLine.split("\t")).contains(row.get("vcf_sample"));
                assertThat(kinds.get(row.get("specimen_id")))
                        .as(row.get("specimen_id"))
                        .isEqualTo("TUMOUR_TISSUE");
                if (row.isMapped("covered_regions")
                        && !row.get("covered_regions").isEmpty()) {
                    assertThat(manifest.resolveSibling(row.get("covered_regions")))
                            .exists();
                }
            }
        }
        assertThat(manifests.stream()
                        .flatMap(m -> rows(m).stream())
                        .map(r -> r.get("genome_build"))
                        .distinct())
                .containsExactlyInAnyOrder("GRCh37", "GRCh38");
    }

    @Test
    void everyVcfParsesWithHtsjdk() throws IOException {
        for (Path manifest : manifests()) {
            for (CSVRecord row : rows(manifest)) {
                try (VCFFileReader reader = new VCFFileReader(manifest.resolveSibling(row.get("vcf")), false)) {
                    assertThat(reader.getFileHeader().getGenotypeSamples()).contains(row.get("vcf_sample"));
                    assertThat(reader.getFileHeader().getSequenceDictionary().size())
                            .isEqualTo(25);
                    List<VariantContext> records = reader.iterator().toList();
                    assertThat(records).hasSizeGreaterThan(10);
                    assertThat(records)
                            .allSatisfy(v -> assertThat(
                                            v.getGenotype(row.get("vcf_sample")).hasDP())
                                    .isTrue());
                }
            }
        }
    }

    @Test
    void brafV600eIsCarriedByAboutHalfThePatientsAtTheCoordinatesOfEachBuild() throws IOException {
        Set<String> mutant = new TreeSet<>();
        for (Path manifest : manifests()) {
            for (CSVRecord row : rows(manifest)) {
                boolean grch37 = row.get("genome_build").equals("GRCh37");
                try (VCFFileReader reader = new VCFFileReader(manifest.resolveSibling(row.get("vcf")), false)) {
                    boolean carries = reader.iterator().stream()
                            .anyMatch(v -> v.isNotFiltered()
                                    && v.getContig().equals(grch37 ? "7" : "chr7")
                                    && v.getStart() == (grch37 ? 140453136 : 140753336)
                                    && v.getReference().getBaseString().equals("A")
                                    && v.hasAlternateAllele(Allele.create("T")));
                    if (carries) {
                        mutant.add(row.get("specimen_id").substring(2, 8));
                    }
                }
            }
        }
        assertThat(mutant.size()).isBetween(27, 33);
    }

    @Test
    void everyPlateIsReadByThePlateReaderAndHoldsOnlyCirculatingSpecimensWithATimepoint() throws IOException {
        Map<String, CSVRecord> specimens = new HashMap<>();
        rows(study.resolve("clinical/specimens.csv")).forEach(r -> specimens.put(r.get("specimen_id"), r));
        Map<Path, QpcrPlate> plates = WrittenPlates.read(study);
        assertThat(plates).isNotEmpty();
        for (QpcrPlate plate : plates.values()) {
            assertThat(plate.warnings()).as(plate.file()).isEmpty();
            for (QpcrMeasurement well : plate.measurements()) {
                CSVRecord specimen = specimens.get(well.specimenId());
                assertThat(specimen.get("kind")).isIn("PLASMA", "SERUM");
                assertThat(specimen.get("timepoint")).isIn("PRE", "POST");
            }
        }
    }

    @Test
    void everyThirdPlateIsAQuantStudioResultsExportAndTheOthersAreTheLongCsv() throws IOException {
        Map<Path, QpcrPlate> plates = WrittenPlates.read(study);
        assertThat(plates.size()).isGreaterThanOrEqualTo(6);
        plates.forEach((file, plate) -> {
            int number = Integer.parseInt(file.getFileName().toString().substring(2, 4));
            boolean export = number % 3 == 0;
            assertThat(file.getFileName().toString()).isEqualTo("PL%02d.%s".formatted(number, export ? "txt" : "csv"));
            assertThat(plate.format()).as(file.toString()).isEqualTo(export ? "quantstudio" : "long-csv");
        });
        assertThat(plates.values().stream().map(QpcrPlate::format).distinct())
                .containsExactlyInAnyOrder("long-csv", "quantstudio");
    }

    @Test
    void exactlyOneSpecimenIsHaemolysed() throws IOException {
        Map<String, Map<String, Double>> cq = new HashMap<>();
        for (QpcrPlate plate : WrittenPlates.read(study).values()) {
            plate.measurements()
                    .forEach(m -> cq.computeIfAbsent(m.specimenId(), s -> new HashMap<>())
                            .put(m.assay(), m.cq()));
        }
        long haemolysed = cq.values().stream()
                .filter(s -> s.get("hsa-miR-23a-3p") - s.get("hsa-miR-451a") > 7)
                .count();
        assertThat(haemolysed).isEqualTo(1);
        assertThat(cq.values()).anySatisfy(s -> assertThat(s).containsValue(null));
    }

    /** Everyone has a follow-up row, the exited as well; therapies, visits and lab draws come before the last contact. */
    @Test
    void followUpDatesAgreeWithTherapiesAndAssessments() throws IOException {
        assertThat(rows(study.resolve("clinical/follow_up.csv"))).hasSize(60);
        assertThat(patientIds("follow_up.csv")).isEqualTo(patientIds("patients.csv"));
        Map<String, LocalDate> latest = new HashMap<>();
        rows(study.resolve("clinical/therapies.csv"))
                .forEach(r -> latest.merge(r.get("patient_id"), LocalDate.parse(r.get("treated_on")), this::later));
        rows(study.resolve("clinical/assessments.csv"))
                .forEach(r -> latest.merge(r.get("patient_id"), LocalDate.parse(r.get("assessed_on")), this::later));
        rows(study.resolve("clinical/labs.csv"))
                .forEach(r -> latest.merge(r.get("patient_id"), LocalDate.parse(r.get("drawn_on")), this::later));
        for (CSVRecord row : rows(study.resolve("clinical/follow_up.csv"))) {
            LocalDate lastContact = LocalDate.parse(row.get("last_contact_on"));
            assertThat(lastContact).as(row.get("patient_id")).isAfterOrEqualTo(latest.get(row.get("patient_id")));
            if (!row.get("died_on").isEmpty()) {
                assertThat(LocalDate.parse(row.get("died_on"))).isEqualTo(lastContact);
                if (!row.get("progressed_on").isEmpty()) {
                    assertThat(LocalDate.parse(row.get("died_on")))
                            .isAfterOrEqualTo(LocalDate.parse(row.get("progressed_on")));
                }
            }
        }
    }

    private LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Set<String> patientIds(String clinicalFile) {
        Set<String> ids = new TreeSet<>();
        rows(study.resolve("clinical/" + clinicalFile)).forEach(r -> ids.add(r.get("patient_id")));
        return ids;
    }

    private static Map<String, String> specimenKinds() {
        Map<String, String> kinds = new HashMap<>();
        rows(study.resolve("clinical/specimens.csv")).forEach(r -> kinds.put(r.get("specimen_id"), r.get("kind")));
        return kinds;
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(study.resolve("sequencing"))) {
            return files.filter(f -> f.getFileName().toString().equals("manifest.csv"))
                    .sorted()
                    .toList();
        }
    }

    private static int fileCount(Path dir) throws IOException {
        return contents(dir).size();
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                contents.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
