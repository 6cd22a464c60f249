package org.thyrobank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.HotspotCatalogue;

/** reference/genes.tsv: the MAF's Entrez_Gene_Id and SWISSPROT of every catalogue gene. */
class GeneIdsTests {

    private static final List<Hotspot> CATALOGUE = HotspotCatalogue.load().hotspots();
    private static final String HEADER = "# a comment\ngene\tentrez_gene_id\tuniprot_accession\n";

    /** The ids the table's header cites: NCBI Gene (as in cbioportal-core's genes.json) and UniProtKB/Swiss-Prot. */
    @ParameterizedTest
    @CsvSource({
        "AKT1,207,P31749",
        "BRAF,673,P15056",
        "HRAS,3265,P01112",
        "KRAS,3845,P01116",
        "NRAS,4893,P01111",
        "PIK3CA,5290,P42336",
        "TERT,7015,O14746"
    })
    void theTableHoldsTheCitedIds(String gene, long entrez, String accession) {
        assertThat(GeneIds.load().of(gene)).isEqualTo(new GeneIds.Gene(gene, entrez, accession));
    }

    @Test
    void everyCatalogueGeneHasIds() {
        GeneIds genes = GeneIds.load();
        genes.requireAll(CATALOGUE);
        assertThat(genes.genes().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        CATALOGUE.stream().map(Hotspot::gene).distinct().toList());
    }

    @Test
    void aCatalogueGeneWithoutARowIsAnErrorNamingIt() {
        GeneIds withoutTert = GeneIds.parse(HEADER + "BRAF\t673\tP15056\n");
        assertThatThrownBy(() -> withoutTert.requireAll(CATALOGUE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("reference/genes.tsv has no row for AKT1, HRAS, KRAS, NRAS, PIK3CA, TERT")
                .hasMessageContaining("Entrez Gene id and UniProtKB accession");
        assertThatThrownBy(() -> withoutTert.of("TERT"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("reference/genes.tsv has no row for TERT ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "TERT\t7015|line 3: expected 3 tab-separated columns, found 2",
                "TERT\t70x5\tO14746|line 3: TERT: entrez_gene_id must be a positive whole number, found '70x5'",
                "TERT\t7015\tTERT_HUMAN|line 3: TERT: uniprot_accession must be one UniProtKB accession, found 'TERT_HUMAN'"
            })
    void aMalformedRowIsAnErrorNamingItsLine(String row, String message) {
        assertThatThrownBy(() -> GeneIds.parse(HEADER + row + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reference/genes.tsv " + message);
    }

    @Test
    void aGeneWithTwoRowsIsAnError() {
        assertThatThrownBy(() -> GeneIds.parse(HEADER + "TERT\t7015\tO14746\nTERT\t7015\tO14746\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reference/genes.tsv line 4: TERT has a second row");
    }

    @Test
    void aTableWithoutItsHeaderIsAnError() {
        assertThatThrownBy(() -> GeneIds.parse("TERT\t7015\tO14746\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the header must be gene entrez_gene_id uniprot_accession");
    }
}
