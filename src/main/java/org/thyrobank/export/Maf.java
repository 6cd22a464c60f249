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
 * canonical change on the study's genome build (whichever build the call was made on), read counts from the call. A promoter hotspot has no protein change.
 */
final class Maf {

    static final List<String> COLUMNS = List.of("Hugo_Symbol", "Center", "NCBI_Build", "Chromosome", "Start_Position",
            "End_Position", "Strand", "Variant_Classification", "Variant_Type", "Reference_Allele", "Tumor_Seq_Allele1",
            "Tumor_Seq_Allele2", "Tumor_Sample_Barcode", "HGVSc", "HGVSp_Short", "t_ref_count", "t_alt_count");

    private Maf() {
    }

    static String of(List<HotspotCallRow> calls, Map<String, Hotspot> hotspots, GenomeBuild build) {
        StringBuilder out = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (HotspotCallRow call : calls) {
            Hotspot hotspot = hotspots.get(call.hotspot());
            if (hotspot == null) {
                throw new IllegalStateException(call.specimenId() + ": hotspot " + call.hotspot() + " is not in the catalogue");
            }
            HotspotAllele allele = HotspotAllele.of(hotspot, build);
            Integer refCount = call.depth() == null || call.altReads() == null ? null : call.depth() - call.altReads();
            out.append(Arrays.asList(hotspot.gene(), "thyrobank", build.name(), allele.chromosome(),
                            allele.start(), allele.end(), "+", allele.variantClassification(), allele.variantType(),
                            allele.referenceAllele(), allele.referenceAllele(), allele.tumourAllele(), call.specimenId(),
                            hotspot.cdnaChange(), hotspot.altAminoAcid().isEmpty() ? "" : hotspot.proteinChange(),
                            refCount, call.altReads()).stream()
                    .map(v -> v == null ? "" : v.toString()).collect(Collectors.joining("\t"))).append('\n');
        }
        return out.toString();
    }
}
