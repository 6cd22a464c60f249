package org.thyrobank.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.demo.Patient.Genotype;
import org.thyrobank.demo.Patient.NoCall;
import org.thyrobank.demo.Patient.Tert;
import org.thyrobank.genomics.vcf.CallSettings;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.HotspotCall;
import org.thyrobank.genomics.vcf.HotspotCaller;
import org.thyrobank.genomics.vcf.HotspotStatus;
import org.thyrobank.genomics.vcf.NoCallReason;
import org.thyrobank.genomics.vcf.Thresholds;

/** The VCFs of the demo bundle come from two callers, and the genomics reader finds in them the designed genotypes. */
class SequencingCallersTests {

    private static final long SEED = 20_260_101L;

    @TempDir
    static Path study;

    /** One manifest row with the specimen's patient: run folder, vcf, sample, build, covered regions. */
    private record Row(Path manifest, CSVRecord row, String patientId) {

        Path vcf() {
            return manifest.resolveSibling(row.get("vcf"));
        }
    }

    private static List<Row> rows;
    private static Map<String, Genotype> designed;

    @BeforeAll
    static void writeOnce() throws IOException {
        SyntheticCohort.write(study, SEED);
        Map<String, String> patientOf = new HashMap<>();
        csv(study.resolve("clinical/specimens.csv"))
                .forEach(r -> patientOf.put(r.get("specimen_id"), r.get("patient_id")));
        rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(study.resolve("sequencing"))) {
            for (Path manifest : files.filter(f -> f.getFileName().toString().equals("manifest.csv"))
                    .sorted()
                    .toList()) {
                csv(manifest).forEach(r -> rows.add(new Row(manifest, r, patientOf.get(r.get("specimen_id")))));
            }
        }
        designed = new HashMap<>();
        CohortPlan.deal(new Quotas(60), Draw.forPart(SEED, "plan")).forEach(p -> designed.put(p.id(), p.genotype()));
    }

    @Test
    void theGrch38RunIsMutect2AndTheGrch37RunIsStrelka2() throws IOException {
        Map<String, Set<String>> sources = new HashMap<>();
        for (Row row : rows) {
            String run = row.manifest().getParent().getFileName().toString();
            try (Stream<String> lines = Files.lines(row.vcf())) {
                lines.takeWhile(l -> l.startsWith("##"))
                        .filter(l -> l.startsWith("##source="))
                        .forEach(l -> sources.computeIfAbsent(
                                        run + " " + row.row().get("genome_build"), k -> new TreeSet<>())
                                .add(l.substring("##source=".length())));
            }
        }
        assertThat(sources)
                .containsOnly(
                        Map.entry("R01 GRCh38", Set.of("FilterMutectCalls", "Mutect2")),
                        Map.entry("R02 GRCh37", Set.of("strelka")));
    }

    @Test
    void theHotspotCallerFindsBrafV600eExactlyInThePatientsDesignedBrafMutantSaveTheDesignedNoCalls() {
        Set<String> mutant = new TreeSet<>();
        for (Row row : rows) {
            HotspotCall braf = call(row, "BRAF_V600E");
            Genotype genotype = designed.get(row.patientId());
            NoCall noCall = genotype.noCall();
            if (noCall == NoCall.BRAF_LOW_COVERAGE || noCall == NoCall.BRAF_FILTERED) {
                assertThat(braf.status()).as(row.vcf().toString()).isEqualTo(HotspotStatus.NO_CALL);
                assertThat(braf.reason())
                        .isEqualTo(noCall == NoCall.BRAF_FILTERED ? NoCallReason.FILTERED : NoCallReason.LOW_COVERAGE);
            } else {
                assertThat(braf.status())
                        .as(row.vcf().toString())
                        .isEqualTo(genotype.brafV600e() ? HotspotStatus.MUTANT : HotspotStatus.WILD_TYPE);
            }
            if (braf.status() == HotspotStatus.MUTANT) {
                mutant.add(row.patientId());
            }
        }
        assertThat(mutant).hasSize(30);
        assertThat(designed.values().stream()
                        .filter(g -> g.noCall() == NoCall.BRAF_LOW_COVERAGE || g.noCall() == NoCall.BRAF_FILTERED))
                .hasSize(2);
    }

    @Test
    void theHotspotCallerFindsTheDesignedTertPromoterMutationsSaveTheLowCoverageOne() {
        int lowCoverage = 0;
        for (Row row : rows) {
            Genotype genotype = designed.get(row.patientId());
            boolean unsettled = genotype.noCall() == NoCall.TERT_LOW_COVERAGE;
            for (Tert tert : List.of(Tert.C228T, Tert.C250T)) {
                HotspotCall call = call(row, "TERT_" + tert);
                if (unsettled) {
                    assertThat(call.reason()).as(row.vcf() + " " + tert).isEqualTo(NoCallReason.LOW_COVERAGE);
                    lowCoverage++;
                } else {
                    assertThat(call.status())
                            .as(row.vcf() + " " + tert)
                            .isEqualTo(genotype.tert() == tert ? HotspotStatus.MUTANT : HotspotStatus.WILD_TYPE);
                }
            }
        }
        assertThat(lowCoverage).isEqualTo(2);
    }

    private static HotspotCall call(Row row, String hotspot) {
        CallSettings settings = new CallSettings(
                row.row().get("vcf_sample"),
                GenomeBuild.parse(row.row().get("genome_build")),
                Thresholds.defaults(),
                row.manifest().resolveSibling(row.row().get("covered_regions")));
        List<String> warnings = new ArrayList<>();
        List<HotspotCall> calls = HotspotCaller.call(row.vcf(), settings, warnings::add);
        assertThat(warnings).isEmpty();
        return calls.stream()
                .filter(c -> c.hotspot().equals(hotspot))
                .findFirst()
                .orElseThrow();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }
}
