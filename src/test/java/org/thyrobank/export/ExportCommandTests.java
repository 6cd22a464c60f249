package org.thyrobank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.cli.CliRun;
import org.thyrobank.platform.ReferenceFiles;

/** {@code export --format cbioportal} on the demo's database: the study folder as cBioPortal's file formats say. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportCommandTests {

    @TempDir
    static Path work;

    private static String dataDir() {
        return work.resolve("data").toString();
    }

    @Test
    @Order(1)
    void anEmptyDatabaseHasNothingToExport() {
        CliRun run = CliRun.of(
                "export",
                "--format",
                "cbioportal",
                "--data-dir",
                dataDir(),
                work.resolve("empty").toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("nothing to export");
    }

    @Test
    @Order(2)
    void theDemoCohortBecomesACbioportalStudyFolder() throws Exception {
        CliRun demo = CliRun.of(
                "demo",
                "--no-serve",
                "--data-dir",
                dataDir(),
                "--study-dir",
                work.resolve("study").toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Path out = work.resolve("cbio");
        CliRun run = CliRun.of("export", "--format", "cbioportal", "--data-dir", dataDir(), out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("meta_study.txt", "data_mutations.txt", "provenance.json");
        assertThat(Files.readString(out.resolve("provenance.json")))
                .contains("\"format\" : \"cbioportal\"", "\"genome_build\" : \"GRCh37\"", "\"generated_by\" : \"cli:");

        assertThat(lines(out, "meta_study.txt"))
                .contains(
                        "type_of_cancer: thyroid",
                        "cancer_study_identifier: " + CbioportalStudy.STUDY_ID,
                        "add_global_case_list: true",
                        "reference_genome: hg19")
                .anySatisfy(l -> assertThat(l).startsWith("name: "))
                .anySatisfy(l -> assertThat(l).startsWith("description: "))
                .noneSatisfy(l -> assertThat(l).startsWith("short_name"));
        assertThat(lines(out, "meta_clinical_patient.txt"))
                .containsExactly(
                        "cancer_study_identifier: " + CbioportalStudy.STUDY_ID,
                        "genetic_alteration_type: CLINICAL",
                        "datatype: PATIENT_ATTRIBUTES",
                        "data_filename: data_clinical_patient.txt");
        assertThat(lines(out, "meta_clinical_sample.txt"))
                .contains("datatype: SAMPLE_ATTRIBUTES", "data_filename: data_clinical_sample.txt");
        assertThat(lines(out, "meta_mutations.txt"))
                .contains(
                        "genetic_alteration_type: MUTATION_EXTENDED",
                        "datatype: MAF",
                        "stable_id: mutations",
                        "data_filename: data_mutations.txt",
                        "swissprot_identifier: accession",
                        "variant_classification_filter: " + CbioportalStudy.VARIANT_CLASSIFICATION_FILTER);

        List<String> patients = lines(out, "data_clinical_patient.txt");
        assertClinicalHeader(patients, "PATIENT_ID");
        assertThat(patients.get(4).split("\t"))
                .contains("OS_STATUS", "OS_MONTHS", "PFS_STATUS", "PFS_MONTHS", "BRAF_V600E_STATUS");
        assertThat(patients).hasSize(5 + 60);
        int osStatus = Arrays.asList(patients.get(4).split("\t")).indexOf("OS_STATUS");
        assertThat(patients.subList(5, patients.size()))
                .allSatisfy(l -> assertThat(l.split("\t", -1)[osStatus]).isIn("1:DECEASED", "0:LIVING", "NA"));

        List<String> samples = lines(out, "data_clinical_sample.txt");
        assertClinicalHeader(samples, "PATIENT_ID");
        assertThat(samples.get(4)).startsWith("PATIENT_ID\tSAMPLE_ID\t").contains("ONCOTREE_CODE");
        Set<String> sampleIds = samples.subList(5, samples.size()).stream()
                .map(l -> l.split("\t")[1])
                .collect(Collectors.toSet());
        Set<String> patientIds = patients.subList(5, patients.size()).stream()
                .map(l -> l.split("\t")[0])
                .collect(Collectors.toSet());
        assertThat(samples.subList(5, samples.size()))
                .allSatisfy(l -> assertThat(patientIds).contains(l.split("\t")[0]));

        List<String> maf = lines(out, "data_mutations.txt");
        List<String> columns = Arrays.asList(maf.get(0).split("\t"));
        assertThat(columns)
                .startsWith("Hugo_Symbol", "Entrez_Gene_Id")
                .contains(
                        "SWISSPROT",
                        "Tumor_Sample_Barcode",
                        "Chromosome",
                        "Start_Position",
                        "End_Position",
                        "Reference_Allele",
                        "Tumor_Seq_Allele2",
                        "Variant_Classification",
                        "HGVSp_Short");
        assertThat(maf).hasSizeGreaterThan(1);
        assertThat(maf.subList(1, maf.size())).allSatisfy(l -> {
            String[] cells = l.split("\t", -1);
            assertThat(cells).hasSize(columns.size());
            assertThat(sampleIds).contains(cells[columns.indexOf("Tumor_Sample_Barcode")]);
            assertThat(cells[columns.indexOf("Reference_Allele")]).matches("[ACGT]+");
        });
        assertThat(maf)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("BRAF\t673\t")
                        .contains("\tGRCh37\t7\t140453136\t140453136\t", "\tA\tA\tT\t", "\tp.V600E\t")
                        .endsWith("\tP15056"));
        assertThat(maf)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("TERT\t7015\t")
                        .contains("\tGRCh37\t5\t", "\t5'Flank\t")
                        .endsWith("\tO14746"));

        List<String> caseList = lines(out, "case_lists/cases_sequenced.txt");
        assertThat(caseList).contains("stable_id: " + CbioportalStudy.STUDY_ID + "_sequenced");
        String ids = caseList.stream()
                .filter(l -> l.startsWith("case_list_ids: "))
                .findFirst()
                .orElseThrow();
        assertThat(sampleIds)
                .containsAll(
                        Arrays.asList(ids.substring("case_list_ids: ".length()).split("\t")));
    }

    @Test
    @Order(3)
    void onGrch38TheSameCallsStandAtTheirGrch38Coordinates() throws Exception {
        Path out = work.resolve("cbio38");
        CliRun run = CliRun.of(
                "export",
                "--format",
                "cbioportal",
                "--genome-build",
                "GRCh38",
                "--data-dir",
                dataDir(),
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(lines(out, "meta_study.txt")).contains("reference_genome: hg38");
        List<String> maf = lines(out, "data_mutations.txt");
        assertThat(maf)
                .hasSize(lines(work.resolve("cbio"), "data_mutations.txt").size())
                .anySatisfy(l -> assertThat(l).startsWith("BRAF\t").contains("\tGRCh38\t7\t140753336\t140753336\t"));
    }

    @Test
    @Order(4)
    void aCatalogueGeneMissingFromGenesTsvIsAnExportError() throws Exception {
        Path reference = Files.createDirectories(work.resolve("reference"));
        Files.writeString(
                reference.resolve(GeneIds.FILE), "gene\tentrez_gene_id\tuniprot_accession\nBRAF\t673\tP15056\n");
        Path out = work.resolve("cbio-without-ids");
        String before = System.getProperty(ReferenceFiles.OVERRIDE_PROPERTY);
        System.setProperty(ReferenceFiles.OVERRIDE_PROPERTY, reference.toString());
        CliRun run;
        try {
            run = CliRun.of("export", "--format", "cbioportal", "--data-dir", dataDir(), out.toString());
        } finally {
            if (before == null) {
                System.clearProperty(ReferenceFiles.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(ReferenceFiles.OVERRIDE_PROPERTY, before);
            }
        }
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("thyrobank export: ", "reference/genes.tsv has no row for", "TERT");
        assertThat(out).doesNotExist();
    }

    @Test
    @Order(5)
    void theCsvFormatWritesTidyTablesNextToIt() throws Exception {
        Path out = work.resolve("csv");
        CliRun run = CliRun.of("export", "--format", "csv", "--data-dir", dataDir(), out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("patients.csv", "lesions.csv", "hotspot_calls.csv", "mirna_dcq.csv", "provenance.json");
        assertThat(Files.readString(out.resolve("provenance.json")))
                .contains("\"format\" : \"csv\"", "\"generated_by\" : \"cli:");
        List<String> patients = lines(out, "patients.csv");
        assertThat(patients.get(0)).startsWith("patient_id,centre,histology,");
        assertThat(patients).hasSize(1 + 60);
        assertThat(lines(out, "mirna_dcq.csv").get(0)).startsWith("specimen_id,patient_id,timepoint,mirna,");
    }

    private static void assertClinicalHeader(List<String> lines, String firstAttribute) {
        int columns = lines.get(4).split("\t").length;
        assertThat(lines.get(4)).startsWith(firstAttribute + "\t");
        for (int i = 0; i < 4; i++) {
            assertThat(lines.get(i)).startsWith("#");
            assertThat(lines.get(i).split("\t")).hasSize(columns);
        }
        assertThat(lines.get(2).substring(1).split("\t"))
                .allSatisfy(t -> assertThat(t).isIn("STRING", "NUMBER", "BOOLEAN"));
        assertThat(lines.get(3).substring(1).split("\t"))
                .allSatisfy(p -> assertThat(p).matches("\\d+"));
        assertThat(lines.subList(5, lines.size()))
                .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(columns));
    }

    private static List<String> lines(Path dir, String file) throws Exception {
        return Files.readAllLines(dir.resolve(file));
    }
}
