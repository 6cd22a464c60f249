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
 * Writes two sequencing runs: R01 (Milan and the metastasis biopsies; GRCh38, tumour-only with a panel of
 * normals, with the panel's validated hotspot regions as covered_regions) and R02 (Negrar; GRCh37,
 * tumour/normal, no covered regions, so the caller was forced to report depth at every hotspot).
 */
final class SequencingWriter {

    private static final String PANEL_BED = "panel.bed";

    private record Run(String id, Genome genome, boolean matchedNormal, String date) {

        boolean coveredRegions() {
            return !matchedNormal;
        }
    }

    private static final Run R01 = new Run("R01", Genome.GRCH38, false, "March 14, 2024 9:12:45 AM CET");
    private static final Run R02 = new Run("R02", Genome.GRCH37, true, "November 6, 2023 4:51:02 PM CET");

    private final List<Patient> patients;
    private final Draw draw;

    SequencingWriter(List<Patient> patients, long seed) {
        this.patients = patients;
        this.draw = Draw.forPart(seed, "sequencing");
    }

    void writeTo(BundleOutput out) {
        for (Run run : List.of(R01, R02)) {
            Table manifest = run.coveredRegions()
                    ? new Table("vcf", "vcf_sample", "specimen_id", "genome_build", "covered_regions")
                    : new Table("vcf", "vcf_sample", "specimen_id", "genome_build");
            for (Patient p : patients) {
                for (TumourSpecimen specimen : p.tumourSpecimens()) {
                    if (runOf(p, specimen) != run) {
                        continue;
                    }
                    String vcf = specimen.id() + ".vcf";
                    String normal = run.matchedNormal() ? "N-" + p.id() : null;
                    MutectVcf calls = new MutectVcf(run.genome(), specimen.id(), normal, draw);
                    calls.background();
                    addHotspots(calls, run, p.genotype(), specimen.metastasisBiopsy());
                    out.write("sequencing/" + run.id() + "/" + vcf, calls.lines(run.date()));
                    if (run.coveredRegions()) {
                        manifest.add(vcf, specimen.id(), specimen.id(), run.genome().build, PANEL_BED);
                    } else {
                        manifest.add(vcf, specimen.id(), specimen.id(), run.genome().build);
                    }
                }
            }
            out.write("sequencing/" + run.id() + "/manifest.csv", manifest);
        }
        out.write("sequencing/R01/" + PANEL_BED,
                List.of("chr5\t1295050\t1295200\tTERT_promoter", "chr7\t140753286\t140753386\tBRAF_exon15"));
    }

    private static Run runOf(Patient p, TumourSpecimen specimen) {
        return p.centre() == Centre.MILAN || specimen.metastasisBiopsy() ? R01 : R02;
    }

    private void addHotspots(MutectVcf calls, Run run, Genotype genotype, boolean metastasisBiopsy) {
        NoCall noCall = metastasisBiopsy ? NoCall.NONE : genotype.noCall();
        for (Hotspot hotspot : Hotspot.values()) {
            boolean tert = hotspot != Hotspot.BRAF_V600E;
            boolean mutant = tert ? genotype.tert() == tertOf(hotspot) : genotype.brafV600e();
            Contig contig = run.genome().contig(hotspot.chromosome);
            long position = run.genome().position(hotspot);
            if (noCall == (tert ? NoCall.TERT_LOW_COVERAGE : NoCall.BRAF_LOW_COVERAGE)) {
                calls.referenceOnly(contig, position, hotspot.ref, draw.integer(6, 14));
            } else if (!tert && noCall == NoCall.BRAF_FILTERED) {
                calls.variant(contig, position, hotspot.ref, hotspot.alt, "strand_bias",
                        draw.integer(180, 260), draw.integer(8, 14));
            } else if (mutant) {
                int depth = tert ? draw.integer(60, 220) : draw.integer(150, 600);
                calls.variant(contig, position, hotspot.ref, hotspot.alt, "PASS", depth,
                        (int) Math.round(depth * draw.uniform(0.12, 0.45)));
            } else if (!run.coveredRegions()) {
                calls.referenceOnly(contig, position, hotspot.ref, tert ? draw.integer(40, 150) : draw.integer(120, 450));
            }
        }
    }

    private static Tert tertOf(Hotspot hotspot) {
        return hotspot == Hotspot.TERT_C228T ? Tert.C228T : Tert.C250T;
    }
}
