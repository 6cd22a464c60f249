package org.thyrobank.demo;

import java.util.List;
import org.thyrobank.demo.Genome.Contig;
import org.thyrobank.demo.Genome.Hotspot;
import org.thyrobank.demo.Patient.Centre;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.NoCall;
import org.thyrobank.demo.Patient.Tert;
import org.thyrobank.demo.Patient.TumourSpecimen;

/**
 * Writes two sequencing runs, each with the panel's validated hotspot regions as covered_regions: R01 (Milan and
 * the metastasis biopsies; GRCh38, GATK Mutect2 tumour-only with a panel of normals) and R02 (Negrar; GRCh37,
 * Strelka2 somatic tumour/normal, whose VCFs name their samples NORMAL and TUMOR).
 */
final class SequencingWriter {

    private static final String PANEL_BED = "panel.bed";

    private enum Caller {
        MUTECT2,
        STRELKA2
    }

    private record Run(String id, Genome genome, Caller caller, String date, List<String> panel) {}

    private static final Run R01 = new Run(
            "R01",
            Genome.GRCH38,
            Caller.MUTECT2,
            "March 14, 2024 9:12:45 AM CET",
            List.of("chr5\t1295050\t1295200\tTERT_promoter", "chr7\t140753286\t140753386\tBRAF_exon15"));
    private static final Run R02 = new Run(
            "R02",
            Genome.GRCH37,
            Caller.STRELKA2,
            "Mon Nov  6 16:51:02 2023",
            List.of("5\t1295165\t1295315\tTERT_promoter", "7\t140453086\t140453186\tBRAF_exon15"));

    private final List<Patient> patients;
    private final Draw draw;

    SequencingWriter(List<Patient> patients, long seed) {
        this.patients = patients;
        this.draw = Draw.forPart(seed, "sequencing");
    }

    void writeTo(BundleOutput out) {
        for (Run run : List.of(R01, R02)) {
            Table manifest = new Table("vcf", "vcf_sample", "specimen_id", "genome_build", "covered_regions");
            for (Patient p : patients) {
                for (TumourSpecimen specimen : p.tumourSpecimens()) {
                    if (runOf(p, specimen) != run) {
                        continue;
                    }
                    String vcf = specimen.id() + ".vcf";
                    SomaticVcf calls = run.caller() == Caller.MUTECT2
                            ? new MutectVcf(run.genome(), specimen.id(), draw)
                            : new StrelkaVcf(run.genome(), specimen.id(), "N-" + p.id(), draw);
                    calls.background();
                    addHotspots(calls, run, p.genotype(), specimen.metastasisBiopsy());
                    out.write("sequencing/" + run.id() + "/" + vcf, calls.lines(run.date()));
                    String sample = run.caller() == Caller.MUTECT2 ? specimen.id() : StrelkaVcf.TUMOUR;
                    manifest.add(vcf, sample, specimen.id(), run.genome().build, PANEL_BED);
                }
            }
            out.write("sequencing/" + run.id() + "/manifest.csv", manifest);
            out.write("sequencing/" + run.id() + "/" + PANEL_BED, run.panel());
        }
    }

    private static Run runOf(Patient p, TumourSpecimen specimen) {
        return p.centre() == Centre.MILAN || specimen.metastasisBiopsy() ? R01 : R02;
    }

    /** Wild-type hotspots get no record: the covered regions say they were read. */
    private void addHotspots(SomaticVcf calls, Run run, Genotype genotype, boolean metastasisBiopsy) {
        NoCall noCall = metastasisBiopsy ? NoCall.NONE : genotype.noCall();
        for (Hotspot hotspot : Hotspot.values()) {
            boolean tert = hotspot != Hotspot.BRAF_V600E;
            boolean mutant = tert ? genotype.tert() == tertOf(hotspot) : genotype.brafV600e();
            Contig contig = run.genome().contig(hotspot.chromosome);
            long position = run.genome().position(hotspot);
            if (noCall == (tert ? NoCall.TERT_LOW_COVERAGE : NoCall.BRAF_LOW_COVERAGE)) {
                calls.lowCoverage(contig, position, hotspot.ref, hotspot.alt, draw.integer(6, 14));
            } else if (!tert && noCall == NoCall.BRAF_FILTERED) {
                calls.variant(
                        contig, position, hotspot.ref, hotspot.alt, false, draw.integer(180, 260), draw.integer(8, 14));
            } else if (mutant) {
                int depth = tert ? draw.integer(60, 220) : draw.integer(150, 600);
                calls.variant(contig, position, hotspot.ref, hotspot.alt, true, depth, (int)
                        Math.round(depth * draw.uniform(0.12, 0.45)));
            }
        }
    }

    private static Tert tertOf(Hotspot hotspot) {
        return hotspot == Hotspot.TERT_C228T ? Tert.C228T : Tert.C250T;
    }
}
