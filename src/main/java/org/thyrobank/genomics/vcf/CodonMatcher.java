package org.thyrobank.genomics.vcf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges one hotspot in one sample from the records covering its locus, by the rules of docs/analyses.md:
 * MUTANT, then LOW_COVERAGE, BELOW_THRESHOLD, FILTERED, WILD_TYPE, NO_EVIDENCE, the first that applies.
 */
final class CodonMatcher {

    private final Thresholds thresholds;

    CodonMatcher(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    HotspotCall call(String sample, Hotspot hotspot, Locus locus, List<SampleRecord> records, boolean covered) {
        List<CodonChange> matches = changes(locus, records).stream()
                .filter(change -> hotspot.isMadeBy(change.applyTo(locus, hotspot.refPlus())))
                .filter(CodonChange::hasAltReads)
                .toList();
        Integer depth = records.stream()
                .map(SampleRecord::depth)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        Optional<CodonChange> mutant = best(matches.stream()
                .filter(CodonChange::passing)
                .filter(this::qualifies)
                .toList());
        if (mutant.isPresent()) {
            return call(
                    sample, hotspot, HotspotStatus.MUTANT, null, mutant.get().figures());
        }
        Optional<CodonChange> passing =
                best(matches.stream().filter(CodonChange::passing).toList());
        if (depth != null && depth < thresholds.minDepth()) {
            AlleleFigures shown = best(matches).map(CodonChange::figures).orElse(new AlleleFigures(depth, null, null));
            return call(
                    sample,
                    hotspot,
                    HotspotStatus.NO_CALL,
                    NoCallReason.LOW_COVERAGE,
                    new AlleleFigures(depth, shown.altReads(), shown.vaf()));
        }
        if (passing.isPresent()) {
            return call(
                    sample,
                    hotspot,
                    HotspotStatus.NO_CALL,
                    NoCallReason.BELOW_THRESHOLD,
                    passing.get().figures());
        }
        Optional<CodonChange> filtered = best(matches);
        if (filtered.isPresent()) {
            return call(
                    sample,
                    hotspot,
                    HotspotStatus.NO_CALL,
                    NoCallReason.FILTERED,
                    filtered.get().figures());
        }
        if (depth != null || covered) {
            return call(sample, hotspot, HotspotStatus.WILD_TYPE, null, new AlleleFigures(depth, null, null));
        }
        return call(
                sample, hotspot, HotspotStatus.NO_CALL, NoCallReason.NO_EVIDENCE, new AlleleFigures(null, null, null));
    }

    /** Every change the sample's alleles make in the locus; phased alleles of one haplotype read as one. */
    private static List<CodonChange> changes(Locus locus, List<SampleRecord> records) {
        List<CodonChange> changes = new ArrayList<>();
        Map<Haplotype, List<CodonChange>> haplotypes = new LinkedHashMap<>();
        for (SampleRecord record : records) {
            for (SampleRecord.Alternate alternate : record.alternates()) {
                CodonChange change = CodonChange.of(locus, alternate, record.passing());
                if (change == null) {
                    continue;
                }
                if (alternate.haplotype() == null) {
                    changes.add(change);
                } else {
                    haplotypes
                            .computeIfAbsent(alternate.haplotype(), key -> new ArrayList<>())
                            .add(change);
                }
            }
        }
        haplotypes.values().forEach(parts -> changes.add(CodonChange.together(parts)));
        return changes;
    }

    private boolean qualifies(CodonChange change) {
        AlleleFigures figures = change.figures();
        return figures.altReads() != null
                && figures.altReads() >= thresholds.minAltReads()
                && figures.vaf() != null
                && figures.vaf() >= thresholds.minVaf();
    }

    private static Optional<CodonChange> best(List<CodonChange> changes) {
        return changes.stream()
                .max(Comparator.comparing(
                                (CodonChange change) -> change.figures().vaf(),
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(
                                change -> change.figures().altReads(),
                                Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private static HotspotCall call(
            String sample, Hotspot hotspot, HotspotStatus status, NoCallReason reason, AlleleFigures figures) {
        return new HotspotCall(
                sample,
                hotspot.id(),
                hotspot.gene(),
                status,
                reason,
                figures.depth(),
                figures.altReads(),
                figures.vaf());
    }
}
