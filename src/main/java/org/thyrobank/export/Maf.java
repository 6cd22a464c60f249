package org.thyrobank.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thyrobank.genomics.HotspotCallRow;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.Hotspot;

/**
 * The MUTANT hotspot calls as a MAF (cBioPortal's mutation data): one row per specimen and hotspot, the catalogue's
 * canonical change on the study's genome build (whichever build the call was made on), read counts from the call,
 * the gene's Entrez Gene id (MAF's second column) and its UniProtKB accession ({@code SWISSPROT}, which
 * meta_mutations.txt declares as an accession) from {@code reference/genes.tsv}. A promoter hotspot has no protein
 * change: its HGVSp_Short is empty and its Amino_Acid_Change {@value #PROMOTER}; a coding hotspot has its protein
 * change in both.
 */
final class Maf {

    static final List<String> COLUMNS = List.of(
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
            "SWISSPROT");

    /**
     * The protein change cBioPortal gives a 5'Flank row it loads (its importer's MutationFilter sets it), written in
     * cBioPortal's own Amino_Acid_Change column so that HGVSp_Short stays empty (there is no protein change) and the
     * validator does not warn that the row would be flagged "MUTATED".
     */
    static final String PROMOTER = "Promoter";

    private Maf() {}

    static String of(List<HotspotCallRow> calls, Map<String, Hotspot> hotspots, GeneIds genes, GenomeBuild build) {
        StringBuilder out = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (HotspotCallRow call : calls) {
            Hotspot hotspot = hotspots.get(call.hotspot());
            if (hotspot == null) {
                throw new IllegalStateException(
                        call.specimenId() + ": hotspot " + call.hotspot() + " is not in the catalogue");
            }
            HotspotAllele allele = HotspotAllele.of(hotspot, build);
            GeneIds.Gene gene = genes.of(hotspot.gene());
            boolean promoter = hotspot.altAminoAcid().isEmpty();
            Integer refCount = call.depth() == null || call.altReads() == null ? null : call.depth() - call.altReads();
            out.append(Arrays.asList(
                                    hotspot.gene(),
                                    gene.entrezGeneId(),
                                    "thyrobank",
                                    build.name(),
                                    allele.chromosome(),
                                    allele.start(),
                                    allele.end(),
                                    "+",
                                    allele.variantClassification(),
                                    allele.variantType(),
                                    allele.referenceAllele(),
                                    allele.referenceAllele(),
                                    allele.tumourAllele(),
                                    call.specimenId(),
                                    hotspot.cdnaChange(),
                                    promoter ? "" : hotspot.proteinChange(),
                                    promoter ? PROMOTER : hotspot.proteinChange(),
                                    refCount,
                                    call.altReads(),
                                    gene.uniprotAccession())
                            .stream()
                            .map(v -> v == null ? "" : v.toString())
                            .collect(Collectors.joining("\t")))
                    .append('\n');
        }
        return out.toString();
    }
}
