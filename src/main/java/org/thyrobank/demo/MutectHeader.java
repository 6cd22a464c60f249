package org.thyrobank.demo;

import java.util.ArrayList;
import java.util.List;
import org.thyrobank.demo.Genome.Contig;

/** The meta-information lines GATK 4 Mutect2 and FilterMutectCalls put above the records. */
final class MutectHeader {

    private MutectHeader() {}

    static List<String> lines(Genome genome, String tumour, String runDate) {
        String referenceFile = genome.reference.substring(genome.reference.lastIndexOf('/') + 1);
        String inputs = "--input %s.bam --tumor-sample %s --panel-of-normals pon.vcf.gz".formatted(tumour, tumour);
        List<String> lines = new ArrayList<>(List.of(
                "##fileformat=VCFv4.2",
                "##FILTER=<ID=PASS,Description=\"All filters passed\">",
                "##FILTER=<ID=clustered_events,Description=\"Clustered events observed in the tumor\">",
                "##FILTER=<ID=strand_bias,Description=\"Evidence indicates this site has strand bias\">",
                "##FILTER=<ID=weak_evidence,Description=\"Mutation does not meet likelihood threshold\">",
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles in the order listed\">",
                "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fractions of alternate alleles in the tumor\">",
                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth (reads with MQ=255 or with bad mates are filtered)\">",
                "##FORMAT=<ID=F1R2,Number=R,Type=Integer,Description=\"Count of reads in F1R2 pair orientation supporting each allele\">",
                "##FORMAT=<ID=F2R1,Number=R,Type=Integer,Description=\"Count of reads in F2R1 pair orientation supporting each allele\">",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##GATKCommandLine=<ID=Mutect2,CommandLine=\"Mutect2 %s --output %s.unfiltered.vcf --intervals thyroid_panel.interval_list --reference %s\",Version=\"4.2.6.1\",Date=\"%s\">"
                        .formatted(inputs, tumour, referenceFile, runDate),
                "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth; some reads may have been filtered\">",
                "##INFO=<ID=ECNT,Number=1,Type=Integer,Description=\"Number of events in this haplotype\">",
                "##INFO=<ID=NLOD,Number=A,Type=Float,Description=\"Normal log 10 likelihood ratio of diploid het or hom alt genotypes\">",
                "##INFO=<ID=TLOD,Number=A,Type=Float,Description=\"Log 10 likelihood ratio score of variant existing versus not existing\">",
                "##MutectVersion=2.2"));
        for (Contig contig : genome.contigs()) {
            lines.add("##contig=<ID=%s,length=%d>".formatted(contig.name(), contig.length()));
        }
        lines.add(
                "##filtering_status=These calls have been filtered by FilterMutectCalls to label false positives with a list of failed filters and true positives with PASS.");
        lines.add("##reference=" + genome.reference);
        lines.add("##source=FilterMutectCalls");
        lines.add("##source=Mutect2");
        lines.add("##tumor_sample=" + tumour);
        return lines;
    }
}
