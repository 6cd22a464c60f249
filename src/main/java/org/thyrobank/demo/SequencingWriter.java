package org.thyrobank.demo;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thyrobank.demo.Genome.Contig;
import org.thyrobank.demo.Genome.Hotspot;
import org.thyrobank.demo.Patient.Centre;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.NoCall;
import org.thyrobank.demo.Patient.Tert;
import org.thyrobank.demo.Patient.TumourSpecimen;

/**
 * Writes the sequencing runs, each with the panel's validated hotspot regions as covered_regions: Milan's tumours and
 * the metastasis biopsies on one pipeline (GRCh38, GATK Mutect2 tumour-only with a panel of normals), Negrar's on the
 * other (GRCh37, Strelka2 somatic tumour/normal, whose VCFs name their samples NORMAL and TUMOR). A run holds at most
 * 96 VCFs (a plate of libraries), Milan's runs first: the 60-patient bundle has R01 (Milan) and R02 (Negrar).
 */
final class SequencingWriter {

    private static final String PANEL_BED = "panel.bed";
    private static final int VCFS_PER_RUN = 96;
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private enum Caller {
        MUTECT2,
        STRELKA2
    }

    /**
     * A caller with its genome build and panel: its first run is called at {@code firstRun}, each further one a day
     * later.
     */
    private enum Pipeline {
        MUTECT2_GRCH38(
                Genome.GRCH38,
                Caller.MUTECT2,
                ZonedDateTime.of(2024, 3, 14, 9, 12, 45, 0, ITALY),
                "MMMM d, yyyy h:mm:ss a z",
                List.of("chr5\t1295050\t1295200\tTERT_promoter", "chr7\t140753286\t140753386\tBRAF_exon15")),
        STRELKA2_GRCH37(
                Genome.GRCH37,
                Caller.STRELKA2,
                ZonedDateTime.of(2023, 11, 6, 16, 51, 2, 0, ITALY),
                "EEE MMM ppd HH:mm:ss yyyy",
                List.of("5\t1295165\t1295315\tTERT_promoter", "7\t140453086\t140453186\tBRAF_exon15"));

        final Genome genome;
        final Caller caller;
        final ZonedDateTime firstRun;
        /** The date as the caller writes it in the VCF header. */
        final DateTimeFormatter dateFormat;

        final List<String> panel;

        Pipeline(Genome genome, Caller caller, ZonedDateTime firstRun, String datePattern, List<String> panel) {
            this.genome = genome;
            this.caller = caller;
            this.firstRun = firstRun;
            this.dateFormat = DateTimeFormatter.ofPattern(datePattern, Locale.US);
            this.panel = panel;
        }
    }

    private record Sequenced(Patient patient, TumourSpecimen specimen) {}

    private record Run(String id, Pipeline pipeline, String date, List<Sequenced> specimens) {}

    private final List<Patient> patients;
    private final Draw draw;

    SequencingWriter(List<Patient> patients, long seed) {
        this.patients = patients;
        this.draw = Draw.forPart(seed, "sequencing");
    }

    void writeTo(BundleOutput out) {
        for (Run run : runs()) {
            Pipeline pipeline = run.pipeline();
            Table manifest = new Table("vcf", "vcf_sample", "specimen_id", "genome_build", "covered_regions");
            for (Sequenced sequenced : run.specimens()) {
                Patient p = sequenced.patient();
                TumourSpecimen specimen = sequenced.specimen();
                String vcf = specimen.id() + ".vcf";
                SomaticVcf calls = pipeline.caller == Caller.MUTECT2
                        ? new MutectVcf(pipeline.genome, specimen.id(), draw)
                        : new StrelkaVcf(pipeline.genome, specimen.id(), "N-" + p.id(), draw);
                calls.background();
                addHotspots(calls, pipeline.genome, p.genotype(), specimen.metastasisBiopsy());
                // Written one by one: a large cohort's VCFs are never all held at once.
                out.write("sequencing/" + run.id() + "/" + vcf, calls.lines(run.date()));
                String sample = pipeline.caller == Caller.MUTECT2 ? specimen.id() : StrelkaVcf.TUMOUR;
                manifest.add(vcf, sample, specimen.id(), pipeline.genome.build, PANEL_BED);
            }
            out.write("sequencing/" + run.id() + "/manifest.csv", manifest);
            out.write("sequencing/" + run.id() + "/" + PANEL_BED, pipeline.panel);
        }
    }

    /** Each pipeline's specimens in patient order, cut into runs of at most {@link #VCFS_PER_RUN}. */
    private List<Run> runs() {
        Map<Pipeline, List<Sequenced>> byPipeline = new EnumMap<>(Pipeline.class);
        for (Patient p : patients) {
            for (TumourSpecimen specimen : p.tumourSpecimens()) {
                byPipeline
                        .computeIfAbsent(pipelineOf(p, specimen), k -> new ArrayList<>())
                        .add(new Sequenced(p, specimen));
            }
        }
        int runCount = byPipeline.values().stream()
                .mapToInt(specimens -> (specimens.size() + VCFS_PER_RUN - 1) / VCFS_PER_RUN)
                .sum();
        String runIds = "R%0" + Math.max(2, String.valueOf(runCount).length()) + "d";
        List<Run> runs = new ArrayList<>();
        byPipeline.forEach((pipeline, specimens) -> {
            for (int from = 0, day = 0; from < specimens.size(); from += VCFS_PER_RUN, day++) {
                runs.add(new Run(
                        runIds.formatted(runs.size() + 1),
                        pipeline,
                        pipeline.dateFormat.format(pipeline.firstRun.plusDays(day)),
                        specimens.subList(from, Math.min(from + VCFS_PER_RUN, specimens.size()))));
            }
        });
        return runs;
    }

    private static Pipeline pipelineOf(Patient p, TumourSpecimen specimen) {
        return p.centre() == Centre.MILAN || specimen.metastasisBiopsy()
                ? Pipeline.MUTECT2_GRCH38
                : Pipeline.STRELKA2_GRCH37;
    }

    /** Wild-type hotspots get no record: the covered regions say they were read. */
    private void addHotspots(SomaticVcf calls, Genome genome, Genotype genotype, boolean metastasisBiopsy) {
        NoCall noCall = metastasisBiopsy ? NoCall.NONE : genotype.noCall();
        for (Hotspot hotspot : Hotspot.values()) {
            boolean tert = hotspot != Hotspot.BRAF_V600E;
            boolean mutant = tert ? genotype.tert() == tertOf(hotspot) : genotype.brafV600e();
            Contig contig = genome.contig(hotspot.chromosome);
            long position = genome.position(hotspot);
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
