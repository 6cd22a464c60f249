package org.thyrobank.genomics.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenomeBuildTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "mutect2-statuses.vcf,          GRCh38", // contig lengths, chr-prefixed
        "v600e-mnv-grch37.vcf,          GRCh37", // contig lengths, no prefix
        "iontorrent.vcf,                GRCh37", // hg19 lengths with chr names
        "build-from-reference-line.vcf, GRCh37", // ##reference=...human_g1k_v37.fasta, no contigs
        "build-from-assembly.vcf,       GRCh37", // ##contig=<ID=7,assembly=b37> without length
        "freebayes.vcf,                 GRCh38", // ##reference=...GRCh38_full_analysis_set.fa
        "dragen.vcf,                    GRCh38",
    })
    void buildIsToldFromTheHeader(String fixture, GenomeBuild expected) {
        assertThat(GenomeBuild.fromHeader(Fixtures.path(fixture))).contains(expected);
    }

    @Test
    void headerWithOnlyContigsOfTheSameLengthInBothBuildsCannotBeTold() {
        assertThat(GenomeBuild.fromHeader(Fixtures.path("build-unknown.vcf"))).isEmpty();
    }

    @Test
    void buildNamesAreReadInAnyLetterCase() {
        assertThat(GenomeBuild.parse("grch37")).isEqualTo(GenomeBuild.GRCh37);
        assertThat(GenomeBuild.parse("GRCh38")).isEqualTo(GenomeBuild.GRCh38);
        assertThatThrownBy(() -> GenomeBuild.parse("hg18")).hasMessageContaining("expected GRCh37 or GRCh38");
    }
}
