package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HotspotCatalogueTests {

    private static final HotspotCatalogue CATALOGUE = HotspotCatalogue.load();
    private static final Pattern CDNA =
            Pattern.compile("c\\.(-?\\d+)(?:_(\\d+))?(?:([ACGT])>([ACGT])|delins([ACGT]+))");

    static Stream<Hotspot> hotspots() {
        return CATALOGUE.hotspots().stream();
    }

    static Stream<Hotspot> codingHotspots() {
        return hotspots().filter(hotspot -> !hotspot.altAminoAcid().isEmpty());
    }

    @Test
    void catalogueHoldsTheFourteenHotspotsInTheOrderOfInterfacesMd() {
        assertThat(CATALOGUE.hotspots())
                .extracting(Hotspot::id)
                .containsExactly(
                        "BRAF_V600E",
                        "BRAF_V600K",
                        "TERT_C228T",
                        "TERT_C250T",
                        "NRAS_Q61R",
                        "NRAS_Q61K",
                        "HRAS_Q61R",
                        "HRAS_Q61K",
                        "KRAS_G12D",
                        "KRAS_G12V",
                        "KRAS_G13D",
                        "PIK3CA_E545K",
                        "PIK3CA_H1047R",
                        "AKT1_E17K");
    }

    @ParameterizedTest
    @MethodSource("codingHotspots")
    void referenceCodonCodesForTheReferenceAminoAcid(Hotspot hotspot) {
        char reference = hotspot.proteinChange().charAt(2);
        assertThat(hotspot.aminoAcid(hotspot.refPlus())).as(hotspot.id()).isEqualTo(reference);
        assertThat(hotspot.proteinChange()).endsWith(hotspot.altAminoAcid());
    }

    /** Applies the catalogued cDNA change to the plus-strand bases and expects the hotspot to be made. */
    @ParameterizedTest
    @MethodSource("hotspots")
    void catalogueCdnaChangeMakesTheHotspot(Hotspot hotspot) {
        Matcher cdna = CDNA.matcher(hotspot.cdnaChange());
        assertThat(cdna.matches()).as(hotspot.cdnaChange()).isTrue();
        int first = Integer.parseInt(cdna.group(1));
        String codingBases = cdna.group(5) != null ? cdna.group(5) : cdna.group(4);
        StringBuilder plus = new StringBuilder(hotspot.refPlus());
        for (int i = 0; i < codingBases.length(); i++) {
            int inCodon = hotspot.refPlus().length() == 1 ? 0 : Math.floorMod(first + i - 1, 3);
            int index = hotspot.strand() == '-' ? hotspot.refPlus().length() - 1 - inCodon : inCodon;
            String base = String.valueOf(codingBases.charAt(i));
            plus.setCharAt(index, (hotspot.strand() == '-' ? Codons.reverseComplement(base) : base).charAt(0));
        }
        if (cdna.group(3) != null) {
            int inCodon = hotspot.refPlus().length() == 1 ? 0 : Math.floorMod(first - 1, 3);
            int index = hotspot.strand() == '-' ? hotspot.refPlus().length() - 1 - inCodon : inCodon;
            String refBase = hotspot.strand() == '-' ? Codons.reverseComplement(cdna.group(3)) : cdna.group(3);
            assertThat(hotspot.refPlus().charAt(index))
                    .as(hotspot.id() + " reference base")
                    .isEqualTo(refBase.charAt(0));
        }
        assertThat(hotspot.isMadeBy(plus.toString()))
                .as(hotspot.id() + " made by " + plus)
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "BRAF_V600E, GRCh37, 7, 140453136, A",
        "BRAF_V600E, GRCh38, 7, 140753336, A",
        "BRAF_V600K, GRCh37, 7, 140453137, C",
        "TERT_C228T, GRCh37, 5, 1295228, G",
        "TERT_C228T, GRCh38, 5, 1295113, G",
        "TERT_C250T, GRCh37, 5, 1295250, G",
        "TERT_C250T, GRCh38, 5, 1295135, G",
        "NRAS_Q61R, GRCh37, 1, 115256529, T",
        "NRAS_Q61R, GRCh38, 1, 114713908, T",
        "PIK3CA_H1047R, GRCh37, 3, 178952085, A",
        "PIK3CA_H1047R, GRCh38, 3, 179234297, A",
        "AKT1_E17K, GRCh37, 14, 105246551, C",
        "AKT1_E17K, GRCh38, 14, 104780214, C",
    })
    void publishedAnchorsLieInTheirHotspotWithTheirReferenceBase(
            String id, GenomeBuild build, String chrom, int position, char refBase) {
        Hotspot hotspot = hotspots()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow();
        Locus locus = hotspot.locus(build);
        assertThat(locus.chrom()).isEqualTo(chrom);
        assertThat(locus.contains(position)).isTrue();
        assertThat(hotspot.refPlus().charAt(position - locus.start())).isEqualTo(refBase);
    }

    @Test
    void v600kIsNotMadeByTheV600eBaseAlone() {
        Hotspot v600k = hotspots()
                .filter(hotspot -> hotspot.id().equals("BRAF_V600K"))
                .findFirst()
                .orElseThrow();
        assertThat(v600k.isMadeBy("CTC")).isFalse();
        assertThat(v600k.isMadeBy("CTT")).isTrue();
    }

    @Test
    void thresholdsDefaultToTheReferenceFile() {
        assertThat(Thresholds.defaults()).isEqualTo(new Thresholds(20, 3, 0.05));
    }

    @Test
    void geneticCodeReadsBothStrands() {
        assertThat(List.of(Codons.translate("GTG"), Codons.translate("GAG"), Codons.translate("TAA")))
                .containsExactly('V', 'E', '*');
        assertThat(Codons.reverseComplement("CAC")).isEqualTo("GTG");
    }
}
