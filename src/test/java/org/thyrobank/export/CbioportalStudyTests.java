package org.thyrobank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.HotspotCallRow;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.HotspotCatalogue;

/**
 * The study folder from plain inputs: what cBioPortal's validator asked for (no deprecated short_name; Entrez_Gene_Id
 * and SWISSPROT accessions in the MAF; a variant classification filter that loads the TERT promoter rows, as
 * cBioPortal's importer does) and the error a catalogue gene without ids gives.
 */
class CbioportalStudyTests {

    private static final Map<String, Hotspot> CATALOGUE =
            HotspotCatalogue.load().hotspots().stream().collect(Collectors.toMap(Hotspot::id, Function.identity()));

    @TempDir
    Path work;

    private static CbioportalStudy.Input input(GeneIds genes, GenomeBuild build) {
        PatientOutcome patient = new PatientOutcome(
                "MI-001",
                Patient.Centre.MILAN,
                Patient.Histology.PAPILLARY,
                false,
                null,
                null,
                null,
                null,
                true,
                false,
                null,
                null,
                12.5,
                false,
                30.0,
                false,
                null,
                true,
                true,
                null,
                null);
        Specimen tumour =
                new Specimen("T-MI-001", "MI-001", Specimen.Kind.TUMOUR_TISSUE, null, LocalDate.of(2024, 3, 1));
        List<HotspotCallRow> mutant = List.of(call("BRAF_V600E", "BRAF", 196, 66), call("TERT_C228T", "TERT", 148, 53));
        return new CbioportalStudy.Input(
                List.of(patient),
                new PatientFactors(Map.of()),
                List.of(tumour),
                Set.of("T-MI-001"),
                mutant,
                CATALOGUE,
                genes,
                build);
    }

    private static HotspotCallRow call(String hotspot, String gene, int depth, int altReads) {
        return new HotspotCallRow(
                "T-MI-001",
                hotspot,
                gene,
                "MUTANT",
                null,
                depth,
                altReads,
                (double) altReads / depth,
                "GRCh37",
                20,
                5,
                0.05,
                "T-MI-001",
                "sequencing/R01/T-MI-001.vcf",
                "R01");
    }

    @Test
    void metaStudyHasNoDeprecatedShortName() throws Exception {
        CbioportalStudy.write(work, input(GeneIds.load(), GenomeBuild.GRCh37));
        assertThat(lines("meta_study.txt"))
                .noneSatisfy(l -> assertThat(l).startsWith("short_name"))
                .contains("type_of_cancer: thyroid", "add_global_case_list: true", "reference_genome: hg19");
    }

    @Test
    void metaMutationsDeclaresAccessionsAndAFilterThatLoadsPromoterRows() throws Exception {
        CbioportalStudy.write(work, input(GeneIds.load(), GenomeBuild.GRCh37));
        List<String> meta = lines("meta_mutations.txt");
        assertThat(meta)
                .contains(
                        "swissprot_identifier: accession",
                        "variant_classification_filter: Silent, Intron, 3'UTR, 3'Flank, 5'UTR, IGR, RNA",
                        "data_filename: data_mutations.txt");
        String filter = meta.stream()
                .filter(l -> l.startsWith("variant_classification_filter: "))
                .findFirst()
                .orElseThrow();
        assertThat(filter).doesNotContain("5'Flank");
    }

    @Test
    void theMafGivesEntrezIdsSecondAndSwissProtAccessions() throws Exception {
        CbioportalStudy.write(work, input(GeneIds.load(), GenomeBuild.GRCh37));
        List<String> maf = lines("data_mutations.txt");
        assertThat(maf.get(0))
                .isEqualTo(String.join(
                        "\t",
                        "Hugo_Symbol",
                        "Entrez_Gene_Id",
                        "Center",
                        "NCBI_Build",
                        "Chromosome",
                        "Start_Position",
                        "End_Position",
                        "Strand",
                        "Variant_Classification",
                        "Variant_Type",
                        "Reference_Allele",
                        "Tumor_Seq_Allele1",
                        "Tumor_Seq_Allele2",
                        "Tumor_Sample_Barcode",
                        "HGVSc",
                        "HGVSp_Short",
                        "Amino_Acid_Change",
                        "t_ref_count",
                        "t_alt_count",
                        "SWISSPROT"));
        assertThat(maf).hasSize(3);
        assertThat(maf.get(1))
                .isEqualTo(String.join(
                        "\t",
                        "BRAF",
                        "673",
                        "thyrobank",
                        "GRCh37",
                        "7",
                        "140453136",
                        "140453136",
                        "+",
                        "Missense_Mutation",
                        "SNP",
                        "A",
                        "A",
                        "T",
                        "T-MI-001",
                        "c.1799T>A",
                        "p.V600E",
                        "p.V600E",
                        "130",
                        "66",
                        "P15056"));
        // the TERT promoter: no protein change (HGVSp_Short empty), the "Promoter" cBioPortal labels a loaded 5'Flank
        // row
        assertThat(maf.get(2))
                .isEqualTo(String.join(
                        "\t",
                        "TERT",
                        "7015",
                        "thyrobank",
                        "GRCh37",
                        "5",
                        "1295228",
                        "1295228",
                        "+",
                        "5'Flank",
                        "SNP",
                        "G",
                        "G",
                        "A",
                        "T-MI-001",
                        "c.-124C>T",
                        "",
                        "Promoter",
                        "95",
                        "53",
                        "O14746"));
    }

    @Test
    void onGrch38TheTertRowKeepsItsIds() throws Exception {
        CbioportalStudy.write(work, input(GeneIds.load(), GenomeBuild.GRCh38));
        assertThat(lines("meta_study.txt")).contains("reference_genome: hg38");
        assertThat(lines("data_mutations.txt"))
                .anySatisfy(l -> assertThat(Arrays.asList(l.split("\t", -1)))
                        .startsWith("TERT", "7015", "thyrobank", "GRCh38", "5", "1295113")
                        .endsWith("O14746"));
    }

    @Test
    void aCatalogueGeneWithoutIdsStopsTheExportBeforeAnythingIsWritten() {
        GeneIds withoutTert = GeneIds.parse("gene\tentrez_gene_id\tuniprot_accession\n"
                + "AKT1\t207\tP31749\nBRAF\t673\tP15056\nHRAS\t3265\tP01112\nKRAS\t3845\tP01116\nNRAS\t4893\tP01111\n"
                + "PIK3CA\t5290\tP42336\n");
        Path out = work.resolve("study");
        assertThatThrownBy(() -> CbioportalStudy.write(out, input(withoutTert, GenomeBuild.GRCh37)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("reference/genes.tsv has no row for TERT ");
        assertThat(out).doesNotExist();
    }

    private List<String> lines(String file) throws Exception {
        return Files.readAllLines(work.resolve(file));
    }
}
