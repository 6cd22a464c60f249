package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFHeader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.thyrobank.platform.BundleFileException;

/**
 * Hotspot status straight from a VCF (docs/analyses.md, Hotspot calls): one call per reported sample and catalogue
 * hotspot. With a {@code .tbi}/{@code .csi} index beside the file only the catalogue loci are read; without
 * one the file is streamed once.
 */
public final class HotspotCaller {

    private HotspotCaller() {}

    /**
     * Calls every catalogue hotspot in every reported sample, in the sample order of the header and the
     * hotspot order of the catalogue.
     *
     * @param warnings told of what does not stop the call (a header contradicting {@code settings.build()})
     * @throws BundleFileException when the file cannot be read, its build cannot be told, or the sample is not in it
     */
    public static List<HotspotCall> call(Path vcf, CallSettings settings, Consumer<String> warnings) {
        return call(vcf, settings, 0, warnings);
    }

    /**
     * {@link #call(Path, CallSettings, Consumer)} of a file whose import skipped {@code badRecordsSkipped} bad
     * records ({@code skip-limit}): as many unreadable lines are passed over when they lie away from every hotspot.
     */
    public static List<HotspotCall> call(
            Path vcf, CallSettings settings, long badRecordsSkipped, Consumer<String> warnings) {
        List<Hotspot> hotspots = HotspotCatalogue.load().hotspots();
        CoveredRegions covered = settings.coveredRegions() == null
                ? CoveredRegions.NONE
                : CoveredRegions.read(settings.coveredRegions());
        try (VcfInput input = VcfInput.open(vcf)) {
            VCFHeader header = input.header();
            GenomeBuild build = build(input, settings.build(), warnings);
            List<String> samples = input.reportedSamples(settings.sample());
            Set<Locus> loci = new LinkedHashSet<>();
            hotspots.forEach(hotspot -> loci.add(hotspot.locus(build)));
            Map<Locus, List<VariantContext>> records = IndexedQuery.beside(vcf, loci)
                    .map(index -> index.query(loci, input))
                    .orElseGet(() -> new LocusScan(loci, badRecordsSkipped).scan(input));
            AlleleCounts convention = AlleleCounts.forHeader(header);
            CodonMatcher matcher = new CodonMatcher(settings.thresholds());
            List<HotspotCall> calls = new ArrayList<>();
            for (String sample : samples) {
                for (Hotspot hotspot : hotspots) {
                    Locus locus = hotspot.locus(build);
                    List<SampleRecord> seen = records.getOrDefault(locus, List.of()).stream()
                            .map(record -> sampleRecord(input, record, sample, convention))
                            .toList();
                    calls.add(matcher.call(sample, hotspot, locus, seen, covered.covers(locus)));
                }
            }
            return calls;
        }
    }

    private static SampleRecord sampleRecord(
            VcfInput input, VariantContext record, String sample, AlleleCounts convention) {
        try {
            return SampleRecord.of(record, record.getGenotype(sample), convention);
        } catch (RuntimeException e) {
            throw BundleFileException.of(
                    input.file(),
                    "the record at " + record.getContig() + ":" + record.getStart() + ": bad values for sample "
                            + sample + ": " + VcfInput.htsjdkProblem(e));
        }
    }

    private static GenomeBuild build(VcfInput input, GenomeBuild requested, Consumer<String> warnings) {
        GenomeBuild fromHeader = GenomeBuild.fromHeader(input.header()).orElse(null);
        if (requested != null) {
            if (fromHeader != null && fromHeader != requested) {
                warnings.accept(input.file() + ": the header says " + fromHeader + ", reading it as " + requested
                        + " as asked");
            }
            return requested;
        }
        if (fromHeader == null) {
            throw BundleFileException.of(
                    input.file(),
                    "the genome build cannot be told from the header"
                            + " (no contig lengths, ##reference or assembly= naming GRCh37 or GRCh38); give the build explicitly");
        }
        return fromHeader;
    }
}
