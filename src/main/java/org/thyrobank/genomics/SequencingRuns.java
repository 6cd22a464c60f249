package org.thyrobank.genomics;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.genomics.SignOuts.SignOut;
import org.thyrobank.genomics.persistence.RunMapper;
import org.thyrobank.genomics.persistence.RunMapper.RunFileRow;
import org.thyrobank.genomics.persistence.RunMapper.RunSpecimenCounts;
import org.thyrobank.genomics.persistence.RunMapper.VariantWindow;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.HotspotCatalogue;
import org.thyrobank.genomics.vcf.Locus;
import org.thyrobank.genomics.vcf.Thresholds;
import org.thyrobank.platform.importing.ImportedContent;
import org.thyrobank.platform.importing.ImportedFiles;

/**
 * Sequencing runs as the lab reviews them (docs/lab-pages.md): the run list with its tallies, a run's calls with
 * the variant rows and VCF lines behind them, its thresholds and its sign-outs.
 */
@Service
public class SequencingRuns {

    /** How far before a hotspot a stored record may start and still reach it (a deletion spanning the codon). */
    private static final int REACH = 200;

    private final RunMapper mapper;
    private final SignOuts signOuts;
    private final ImportedFiles importedFiles;
    private final ImportedContent content;
    private final ClinicalQueries clinical;
    private final Map<String, Hotspot> catalogue = new LinkedHashMap<>();

    SequencingRuns(
            RunMapper mapper,
            SignOuts signOuts,
            ImportedFiles importedFiles,
            ImportedContent content,
            ClinicalQueries clinical) {
        this.mapper = mapper;
        this.clinical = clinical;
        this.signOuts = signOuts;
        this.importedFiles = importedFiles;
        this.content = content;
        HotspotCatalogue.load().hotspots().forEach(h -> catalogue.put(h.id(), h));
    }

    /** A run in the list: its counts of specimens, VCFs and calls by status, and whether it is signed out. */
    public record RunSummary(
            String runId,
            long specimens,
            long files,
            long mutant,
            long wildType,
            long noCall,
            LocalDateTime lastImportedAt,
            String state,
            SignOut signOut) {}

    /** One VCF of a run, as its manifest row named it, and who imported it (null before this was recorded). */
    public record RunFile(
            String sourceFile,
            String specimenId,
            String sample,
            String genomeBuild,
            String coveredRegions,
            long variants,
            String importedBy,
            LocalDateTime importedAt) {}

    /** A stored variant row at a hotspot: what the caller wrote for the sample there. */
    public record Evidence(
            String chrom,
            long pos,
            String ref,
            String alt,
            String filter,
            Integer depth,
            Integer altReads,
            Double vaf,
            String caller) {}

    /**
     * One hotspot of one VCF: the stored call (status, NO_CALL reason, depth at the locus, alt reads, VAF, thresholds)
     * and the variant rows over the hotspot's locus.
     */
    public record RunCall(
            String hotspot,
            String gene,
            String proteinChange,
            String locus,
            String status,
            String reason,
            Integer depth,
            Integer altReads,
            Double vaf,
            List<Evidence> evidence) {}

    /** A VCF's calls, for every catalogue hotspot. */
    public record SpecimenCalls(
            String specimenId, String sample, String sourceFile, String genomeBuild, List<RunCall> calls) {}

    /** The thresholds calls were made with; {@code inReference} whether they are those of reference/ today. */
    public record ThresholdsUsed(int minDepth, int minAltReads, double minVaf, boolean inReference) {}

    public record RunDetail(
            String runId,
            String state,
            List<RunFile> files,
            List<SpecimenCalls> specimens,
            List<ThresholdsUsed> thresholds,
            List<SignOut> signOuts) {}

    /** One line of a stored VCF, numbered from 1 as in the file. */
    public record VcfLine(long number, String text) {}

    /** The lines of a stored VCF over a hotspot's locus. */
    public record VcfLines(String sourceFile, String hotspot, String locus, List<VcfLine> lines) {}

    /**
     * Every stored run, by run id. The call tallies leave out the calls of specimens consent withholds (their VCFs and
     * specimens are still counted).
     */
    @Transactional(readOnly = true)
    public List<RunSummary> runs() {
        Map<String, SignOut> standing = signOuts.standing();
        Set<String> withheld = clinical.withheldSpecimens(Consent.Scope.GENOMICS);
        Map<String, List<RunSpecimenCounts>> byRun = new LinkedHashMap<>();
        mapper.runSpecimens()
                .forEach(counts -> byRun.computeIfAbsent(counts.runId(), run -> new ArrayList<>())
                        .add(counts));
        List<RunSummary> runs = new ArrayList<>();
        byRun.forEach((runId, specimens) -> runs.add(summary(runId, specimens, withheld, standing.get(runId))));
        return runs;
    }

    /** The run's VCFs, calls with their evidence, thresholds and sign-outs; empty for an unknown run. */
    @Transactional(readOnly = true)
    public Optional<RunDetail> run(String runId) {
        List<RunFileRow> fileRows = mapper.filesOfRun(runId);
        if (fileRows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<HotspotCallRow>> callsByFile = new LinkedHashMap<>();
        mapper.callsOfRun(runId)
                .forEach(c -> callsByFile
                        .computeIfAbsent(c.sourceFile(), f -> new ArrayList<>())
                        .add(c));
        Thresholds reference = Thresholds.defaults();
        List<ThresholdsUsed> thresholds = new ArrayList<>();
        List<SpecimenCalls> specimens = new ArrayList<>();
        for (RunFileRow file : fileRows) {
            if (clinical.withheld(file.specimenId(), Consent.Scope.GENOMICS)) {
                // consent withholds this specimen's genomics data: its calls and variants are not shown
                continue;
            }
            List<HotspotCallRow> calls = callsByFile.getOrDefault(file.sourceFile(), List.of());
            GenomeBuild build = GenomeBuild.valueOf(file.genomeBuild());
            List<RunCall> runCalls = new ArrayList<>();
            for (HotspotCallRow call : calls) {
                ThresholdsUsed used = new ThresholdsUsed(
                        call.minDepth(),
                        call.minAltReads(),
                        call.minVaf(),
                        call.minDepth() == reference.minDepth()
                                && call.minAltReads() == reference.minAltReads()
                                && call.minVaf() == reference.minVaf());
                if (!thresholds.contains(used)) {
                    thresholds.add(used);
                }
                runCalls.add(runCall(file.sourceFile(), build, call));
            }
            specimens.add(new SpecimenCalls(
                    file.specimenId(), file.sample(), file.sourceFile(), file.genomeBuild(), runCalls));
        }
        List<SignOut> history = signOuts.history(runId);
        return Optional.of(new RunDetail(
                runId,
                history.stream().anyMatch(SignOut::standing) ? SignOuts.SIGNED_OUT : SignOuts.PRELIMINARY,
                fileRows.stream().map(SequencingRuns::file).toList(),
                specimens,
                thresholds,
                history));
    }

    /**
     * The lines of the run's VCF of {@code specimenId} whose records reach the locus of {@code hotspot} (in the
     * file's build), read from the file's stored bytes; empty when the run, specimen or hotspot is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<VcfLines> vcfLines(String runId, String specimenId, String hotspotId) {
        Hotspot hotspot = catalogue.get(hotspotId);
        if (hotspot == null) {
            return Optional.empty();
        }
        Optional<RunFileRow> file = mapper.filesOfRun(runId).stream()
                .filter(f -> f.specimenId().equals(specimenId))
                .findFirst();
        if (file.isEmpty() || clinical.withheld(specimenId, Consent.Scope.GENOMICS)) {
            return Optional.empty();
        }
        String sha256 = importedFiles.sha256Of(file.get().sourceFile());
        if (sha256 == null) {
            return Optional.empty();
        }
        Locus locus = hotspot.locus(GenomeBuild.valueOf(file.get().genomeBuild()));
        return Optional.of(new VcfLines(file.get().sourceFile(), hotspotId, text(locus), linesAt(sha256, locus)));
    }

    private RunCall runCall(String sourceFile, GenomeBuild build, HotspotCallRow call) {
        Hotspot hotspot = catalogue.get(call.hotspot());
        if (hotspot == null) {
            // a hotspot since dropped from reference/hotspots.tsv: the call stands, without a locus to show
            return new RunCall(
                    call.hotspot(),
                    call.gene(),
                    null,
                    null,
                    call.status(),
                    call.reason(),
                    call.depth(),
                    call.altReads(),
                    call.vaf(),
                    List.of());
        }
        Locus locus = hotspot.locus(build);
        List<Evidence> evidence =
                mapper.variantsNear(new VariantWindow(sourceFile, locus.start() - REACH, locus.end())).stream()
                        .filter(v -> reaches(v.chrom(), v.pos(), v.ref(), locus))
                        .map(v -> new Evidence(
                                v.chrom(),
                                v.pos(),
                                v.ref(),
                                v.alt(),
                                v.filter(),
                                v.depth(),
                                v.altReads(),
                                v.vaf(),
                                v.caller()))
                        .toList();
        return new RunCall(
                call.hotspot(),
                call.gene(),
                hotspot.proteinChange(),
                text(locus),
                call.status(),
                call.reason(),
                call.depth(),
                call.altReads(),
                call.vaf(),
                evidence);
    }

    /** A record on {@code chrom} at {@code pos} with reference bases {@code ref} overlaps the locus. */
    private static boolean reaches(String chrom, long pos, String ref, Locus locus) {
        long last = pos + Math.max(ref.length(), 1) - 1;
        return Locus.normalise(chrom).equals(locus.chrom()) && pos <= locus.end() && last >= locus.start();
    }

    private List<VcfLine> linesAt(String sha256, Locus locus) {
        Path copy = null;
        try {
            copy = Files.createTempFile("thyrobank-vcf-lines", ".vcf");
            try (OutputStream out = Files.newOutputStream(copy)) {
                content.copyTo(sha256, out);
            }
            List<VcfLine> lines = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(plain(Files.newInputStream(copy)), StandardCharsets.UTF_8))) {
                String line;
                long number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    if (!line.startsWith("#") && overlaps(line, locus)) {
                        lines.add(new VcfLine(number, line));
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored VCF " + sha256, e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file the system clears
                }
            }
        }
    }

    /** A VCF record line (CHROM, POS, ID, REF, ...) whose reference bases overlap the locus. */
    private static boolean overlaps(String line, Locus locus) {
        String[] fields = line.split("\t", 5);
        if (fields.length < 4) {
            return false;
        }
        try {
            return reaches(fields[0], Long.parseLong(fields[1]), fields[3], locus);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The stored bytes as text: a bgzipped VCF (gzip members one after another) is decompressed. */
    private static InputStream plain(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in) : in;
    }

    private static String text(Locus locus) {
        return locus.chrom() + ":" + locus.start() + (locus.end() == locus.start() ? "" : "-" + locus.end());
    }

    private static RunSummary summary(
            String runId, List<RunSpecimenCounts> specimens, Set<String> withheld, SignOut standing) {
        List<RunSpecimenCounts> shown = specimens.stream()
                .filter(s -> !withheld.contains(s.specimenId()))
                .toList();
        return new RunSummary(
                runId,
                specimens.size(),
                specimens.stream().mapToLong(RunSpecimenCounts::files).sum(),
                shown.stream().mapToLong(RunSpecimenCounts::mutant).sum(),
                shown.stream().mapToLong(RunSpecimenCounts::wildType).sum(),
                shown.stream().mapToLong(RunSpecimenCounts::noCall).sum(),
                specimens.stream()
                        .map(RunSpecimenCounts::lastImportedAt)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                standing == null ? SignOuts.PRELIMINARY : SignOuts.SIGNED_OUT,
                standing);
    }

    private static RunFile file(RunFileRow row) {
        return new RunFile(
                row.sourceFile(),
                row.specimenId(),
                row.sample(),
                row.genomeBuild(),
                row.coveredRegions(),
                row.variants(),
                row.importedBy(),
                row.importedAt());
    }
}
