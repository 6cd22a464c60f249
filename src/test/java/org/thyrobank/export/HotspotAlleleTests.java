package org.thyrobank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.HotspotCatalogue;

class HotspotAlleleTests {

    private static final Map<String, Hotspot> CATALOGUE =
            HotspotCatalogue.load().hotspots().stream().collect(Collectors.toMap(Hotspot::id, Function.identity()));

    /** The published coordinates quoted in reference/hotspots.tsv's sources. */
    @ParameterizedTest
    @CsvSource({
        "BRAF_V600E,GRCh37,7,140453136,140453136,A,T,Missense_Mutation,SNP",
        "BRAF_V600E,GRCh38,7,140753336,140753336,A,T,Missense_Mutation,SNP",
        "BRAF_V600K,GRCh37,7,140453136,140453137,AC,TT,Missense_Mutation,DNP",
        "TERT_C228T,GRCh37,5,1295228,1295228,G,A,5'Flank,SNP",
        "TERT_C250T,GRCh38,5,1295135,1295135,G,A,5'Flank,SNP",
        "NRAS_Q61R,GRCh37,1,115256529,115256529,T,C,Missense_Mutation,SNP",
        "NRAS_Q61K,GRCh37,1,115256530,115256530,G,T,Missense_Mutation,SNP",
        "KRAS_G12D,GRCh37,12,25398284,25398284,C,T,Missense_Mutation,SNP",
        "PIK3CA_H1047R,GRCh38,3,179234297,179234297,A,G,Missense_Mutation,SNP",
        "AKT1_E17K,GRCh38,14,104780214,104780214,C,T,Missense_Mutation,SNP"
    })
    void theCanonicalChangeOfAHotspotIsItsPublishedPlusStrandChange(
            String id,
            String build,
            String chromosome,
            int start,
            int end,
            String ref,
            String alt,
            String classification,
            String type) {
        HotspotAllele allele = HotspotAllele.of(CATALOGUE.get(id), GenomeBuild.parse(build));
        assertThat(allele).isEqualTo(new HotspotAllele(chromosome, start, end, ref, alt, classification, type));
    }
}
