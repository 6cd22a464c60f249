package org.thyrobank.genomics.recall;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.SequencedFile;
import org.thyrobank.genomics.SignOuts;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.persistence.SequencingMapper.CallRow;
import org.thyrobank.genomics.vcf.CallSettings;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.HotspotCaller;
import org.thyrobank.genomics.vcf.Thresholds;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.importing.ImportLockTimeoutException;
import org.thyrobank.platform.importing.ImportLocks;
import org.thyrobank.platform.importing.ImportedContent;
import org.thyrobank.platform.importing.ImportedFiles;

/**
 * Derives every stored hotspot call again after {@code reference/hotspot-thresholds.properties} or
 * {@code reference/hotspots.tsv} changed (docs/recall.md). Each stored VCF is called exactly as its import called
 * it: its original bytes (and its covered-regions BED's), kept in {@code imported_content}, go through the same
 * {@link HotspotCaller} with the sample, build and BED its manifest row gave, and today's thresholds and catalogue.
 * A file whose bytes were not kept (imported before they were) cannot be called again and is named with why.
 */
@Service
public class HotspotRecall {

    private final HotspotQueries hotspots;
    private final SequencingMapper sequencing;
    private final ImportedFiles register;
    private final ImportedContent content;
    private final AuditLog audit;
    private final SignOuts signOuts;
    private final ImportLocks locks;
    private final TransactionTemplate transactions;

    HotspotRecall(
            HotspotQueries hotspots,
            SequencingMapper sequencing,
            ImportedFiles register,
            ImportedContent content,
            AuditLog audit,
            SignOuts signOuts,
            ImportLocks locks,
            PlatformTransactionManager transactionManager) {
        this.hotspots = hotspots;
        this.sequencing = sequencing;
        this.register = register;
        this.content = content;
        this.audit = audit;
        this.signOuts = signOuts;
        this.locks = locks;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a re-call would change; nothing is written. */
    @Transactional(readOnly = true)
    public RecallResult dryRun() {
        return recall(false);
    }

    /**
     * Re-calls every stored VCF and, in one transaction, replaces the calls of each file where anything differs,
     * moves the file's data version (so cached reports are computed again) and audits the re-call as {@code actor}.
     * A file where nothing differs is not touched, so a second re-call changes nothing. A run with a changed call loses
     * its sign-out (four eyes must look at the new calls), in the same transaction.
     *
     * <p>It holds the import lock of every stored VCF meanwhile (taken before the transaction reads anything), so an
     * import of one of them waits for the re-call and the re-call never stores calls of a file version an import has
     * just replaced; it waits for an import under way as a second import of that file would.
     *
     * @throws ImportLockTimeoutException when an import still held a VCF's lock after the configured wait; nothing is
     *     stored
     */
    public RecallResult apply(String actor) {
        List<String> vcfs = transactions.execute(status -> hotspots.sequencedFiles().stream()
                .map(SequencedFile::sourceFile)
                .toList());
        try (ImportLocks.Held held = locks.lockAll(vcfs, () -> {})) {
            return transactions.execute(status -> applyLocked(actor));
        }
    }

    private RecallResult applyLocked(String actor) {
        RecallResult result = recall(true);
        signOuts.resetRuns(
                result.changed().stream().map(ChangedCall::runId).toList(),
                actor,
                "hotspot calls changed by recall-hotspots");
        audit.record(
                actor,
                AuditAction.HOTSPOTS_RECALLED,
                String.format(
                        Locale.ROOT,
                        "%d files re-called with min-depth %d, min-alt-reads %d, min-vaf %s: %d calls changed, "
                                + "%d refreshed, %d files could not be re-called",
                        result.files(),
                        result.thresholds().minDepth(),
                        result.thresholds().minAltReads(),
                        result.thresholds().minVaf(),
                        result.changed().size(),
                        result.refreshedCalls(),
                        result.unrecallable().size()));
        return result;
    }

    private RecallResult recall(boolean store) {
        Thresholds thresholds = Thresholds.defaults();
        List<ChangedCall> changed = new ArrayList<>();
        List<UnrecallableFile> unrecallable = new ArrayList<>();
        int files = 0;
        int refreshed = 0;
        for (SequencedFile vcf : hotspots.sequencedFiles()) {
            List<CallRow> now;
            try {
                now = callAgain(vcf, thresholds);
            } catch (CannotRecallException e) {
                unrecallable.add(new UnrecallableFile(vcf.runId(), vcf.sourceFile(), e.getMessage()));
                continue;
            }
            files++;
            List<CallRow> before = sequencing.callsOf(vcf.sourceFile());
            FileDifference difference = compare(vcf, before, now);
            changed.addAll(difference.changed());
            refreshed += difference.refreshed();
            if (store && !before.equals(now)) {
                sequencing.deleteCallsOf(vcf.sourceFile());
                if (!now.isEmpty()) {
                    sequencing.insertCalls(now);
                }
                register.touch(vcf.sourceFile());
            }
        }
        return new RecallResult(thresholds, files, changed, refreshed, unrecallable, store);
    }

    /** The file's calls as its import would make them today, from its kept bytes. */
    private List<CallRow> callAgain(SequencedFile vcf, Thresholds thresholds) {
        String vcfSha256 = register.sha256Of(vcf.sourceFile());
        if (vcfSha256 == null || !content.isKept(vcfSha256)) {
            throw new CannotRecallException("its bytes were not kept (imported before thyrobank kept imported files): "
                    + "import the run again, then re-call");
        }
        if (vcf.coveredRegions() != null && !content.isKept(vcf.coveredRegionsSha256())) {
            throw new CannotRecallException("the bytes of its covered regions " + vcf.coveredRegions()
                    + " were not kept: import the run again, then re-call");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("thyrobank-recall");
            Path file = copy(vcfSha256, folder.resolve(vcf.fileName()));
            Path bed = vcf.coveredRegions() == null
                    ? null
                    : copy(vcf.coveredRegionsSha256(), folder.resolve("covered-regions.bed"));
            GenomeBuild build = GenomeBuild.valueOf(vcf.genomeBuild());
            try {
                return HotspotCaller.call(file, new CallSettings(vcf.sample(), build, thresholds, bed), warning -> {})
                        .stream()
                        .map(call ->
                                CallRow.of(call, vcf.sourceFile(), vcf.runId(), vcf.specimenId(), build, thresholds))
                        .toList();
            } catch (BundleFileException e) {
                throw new CannotRecallException("the caller refused it: " + String.join("; ", e.problems()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kept bytes of " + vcf.sourceFile() + " to call them", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private Path copy(String sha256, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            content.copyTo(sha256, out);
        }
        return target;
    }

    private record FileDifference(List<ChangedCall> changed, int refreshed) {}

    /** Matches the stored and new calls by sample and hotspot; status or reason changes are changes. */
    private static FileDifference compare(SequencedFile vcf, List<CallRow> before, List<CallRow> now) {
        Map<String, CallRow> old = new LinkedHashMap<>();
        before.forEach(row -> old.put(row.sample() + "\t" + row.hotspot(), row));
        List<ChangedCall> changed = new ArrayList<>();
        int refreshed = 0;
        for (CallRow row : now) {
            CallRow earlier = old.remove(row.sample() + "\t" + row.hotspot());
            if (earlier == null) {
                changed.add(
                        change(vcf, row.sample(), row.hotspot(), null, row, "new in the catalogue; " + figures(row)));
            } else if (!Objects.equals(status(earlier), status(row))) {
                changed.add(change(vcf, row.sample(), row.hotspot(), earlier, row, why(earlier, row)));
            } else if (!earlier.equals(row)) {
                refreshed++;
            }
        }
        old.values()
                .forEach(gone -> changed.add(
                        change(vcf, gone.sample(), gone.hotspot(), gone, null, "no longer in the catalogue")));
        changed.sort(Comparator.comparing(ChangedCall::sample).thenComparing(ChangedCall::hotspot));
        return new FileDifference(changed, refreshed);
    }

    private static ChangedCall change(
            SequencedFile vcf, String sample, String hotspot, CallRow before, CallRow now, String why) {
        return new ChangedCall(
                vcf.runId(),
                vcf.sourceFile(),
                vcf.specimenId(),
                sample,
                hotspot,
                before == null ? null : status(before),
                now == null ? null : status(now),
                why);
    }

    private static String status(CallRow row) {
        return row.reason() == null ? row.status() : row.status() + " (" + row.reason() + ")";
    }

    /** The thresholds that moved and the figures the new call rests on. */
    private static String why(CallRow before, CallRow now) {
        List<String> parts = new ArrayList<>();
        if (before.minDepth() != now.minDepth()) {
            parts.add("min-depth " + before.minDepth() + " -> " + now.minDepth());
        }
        if (before.minAltReads() != now.minAltReads()) {
            parts.add("min-alt-reads " + before.minAltReads() + " -> " + now.minAltReads());
        }
        if (before.minVaf() != now.minVaf()) {
            parts.add("min-vaf " + before.minVaf() + " -> " + now.minVaf());
        }
        if (parts.isEmpty()) {
            parts.add("catalogue entry changed");
        }
        parts.add(figures(now));
        return String.join("; ", parts);
    }

    private static String figures(CallRow row) {
        return "depth " + orNone(row.depth()) + ", alt reads " + orNone(row.altReads()) + ", VAF "
                + (row.vaf() == null ? "none" : String.format(Locale.ROOT, "%.3f", row.vaf()));
    }

    private static String orNone(Integer value) {
        return value == null ? "none" : value.toString();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind holds only copies of stored bytes
        }
    }

    /** A stored VCF that cannot be called again; the message says why. */
    private static final class CannotRecallException extends RuntimeException {
        CannotRecallException(String message) {
            super(message);
        }
    }
}
