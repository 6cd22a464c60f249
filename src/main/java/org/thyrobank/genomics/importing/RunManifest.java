package org.thyrobank.genomics.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.VcfVariants;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.BundleTextReader;
import org.thyrobank.platform.InputLimits;
import org.thyrobank.platform.importing.BundleFile;

/**
 * Reads and checks a {@code sequencing/<run>/manifest.csv} (docs/study-bundle.md) against the run folder's files, the
 * stored specimens and the VCFs' headers. Every problem names the line and column; any problem rejects the run.
 */
final class RunManifest {

    static final String FILE_NAME = "manifest.csv";
    static final String TUMOUR_TISSUE = "TUMOUR_TISSUE";

    private static final String VCF = "vcf";
    private static final String VCF_SAMPLE = "vcf_sample";
    private static final String SPECIMEN_ID = "specimen_id";
    private static final String GENOME_BUILD = "genome_build";
    private static final String COVERED_REGIONS = "covered_regions";
    private static final List<String> REQUIRED = List.of(VCF, VCF_SAMPLE, SPECIMEN_ID);

    private final String runId;
    private final BundleFile manifest;
    private final Map<String, BundleFile> runFiles;
    private final Function<String, Optional<String>> specimenKind;
    private final List<String> problems = new ArrayList<>();

    private RunManifest(
            String runId,
            BundleFile manifest,
            Map<String, BundleFile> runFiles,
            Function<String, Optional<String>> specimenKind) {
        this.runId = runId;
        this.manifest = manifest;
        this.runFiles = runFiles;
        this.specimenKind = specimenKind;
    }

    /**
     * The manifest's rows, checked.
     *
     * @param runFiles     the files of the run folder by file name
     * @param specimenKind the kind of a stored specimen ({@code TUMOUR_TISSUE}, ...) by its id, empty if unknown
     * @throws BundleFileException naming the manifest with every problem found (the first 50 listed)
     */
    static List<ManifestEntry> read(
            String runId,
            BundleFile manifest,
            Map<String, BundleFile> runFiles,
            Function<String, Optional<String>> specimenKind) {
        return new RunManifest(runId, manifest, runFiles, specimenKind).entries();
    }

    private List<ManifestEntry> entries() {
        List<ManifestEntry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader in = BundleTextReader.open(manifest.path(), manifest.relativePath(), InputLimits.configured());
                CSVParser parser =
                        CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            REQUIRED.stream()
                    .filter(column -> !header.contains(column))
                    .forEach(column -> problems.add("line 1: the required column '" + column + "' is missing"));
            if (problems.isEmpty()) {
                Set<String> vcfs = new HashSet<>();
                for (CSVRecord record : parser) {
                    ManifestEntry entry = entry(record, header, record.getRecordNumber() + 1, vcfs);
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
                if (entries.isEmpty() && problems.isEmpty()) {
                    problems.add("names no VCF (a header and no rows)");
                }
            }
        } catch (BundleFileException e) {
            problems.addAll(e.problems());
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add("not a readable CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BundleFileException(manifest.relativePath(), problems);
        }
        return entries;
    }

    private ManifestEntry entry(CSVRecord record, List<String> header, long line, Set<String> vcfs) {
        int before = problems.size();
        BundleFile vcf = runFile(record, line, VCF, "a VCF in the run folder");
        if (vcf != null && !vcfs.add(vcf.relativePath())) {
            problems.add(BundleFileException.describeBadValue(line, VCF, cell(record, VCF), "a VCF named only once"));
        }
        String specimenId = cell(record, SPECIMEN_ID);
        String kind =
                specimenId.isEmpty() ? null : specimenKind.apply(specimenId).orElse(null);
        if (kind == null) {
            problems.add(BundleFileException.describeBadValue(
                    line, SPECIMEN_ID, specimenId, "a specimen of clinical/specimens.csv (import that first)"));
        } else if (!kind.equals(TUMOUR_TISSUE)) {
            problems.add(BundleFileException.describeBadValue(
                    line, SPECIMEN_ID, specimenId, "a " + TUMOUR_TISSUE + " specimen, not a " + kind + " one"));
        }
        String sample = cell(record, VCF_SAMPLE);
        BundleFile bed = header.contains(COVERED_REGIONS)
                        && !cell(record, COVERED_REGIONS).isEmpty()
                ? runFile(record, line, COVERED_REGIONS, "a BED file in the run folder")
                : null;
        GenomeBuild build = null;
        if (vcf != null && sampleIsIn(vcf, sample, line)) {
            build = build(record, header, vcf, line);
        }
        if (problems.size() > before) {
            return null;
        }
        return new ManifestEntry(runId, vcf, sample, specimenId, build, bed);
    }

    private BundleFile runFile(CSVRecord record, long line, String column, String expected) {
        String name = cell(record, column);
        BundleFile file = name.contains("/") || name.contains("\\") ? null : runFiles.get(name);
        if (file == null) {
            problems.add(BundleFileException.describeBadValue(
                    line, column, name, expected + " (sequencing/" + runId + "/ has no such file)"));
        }
        return file;
    }

    private boolean sampleIsIn(BundleFile vcf, String sample, long line) {
        try (VcfVariants variants = VcfVariants.open(vcf.path(), sample)) {
            return true;
        } catch (BundleFileException e) {
            String problem = String.join("; ", e.problems());
            problems.add(
                    problem.startsWith("has no sample")
                            ? BundleFileException.describeBadValue(
                                    line,
                                    VCF_SAMPLE,
                                    sample,
                                    "a sample column of " + vcf.relativePath() + ", which " + problem)
                            : BundleFileException.describeBadValue(
                                    line, VCF, vcf.path().getFileName().toString(), "a readable VCF: " + problem));
            return false;
        }
    }

    private GenomeBuild build(CSVRecord record, List<String> header, BundleFile vcf, long line) {
        String given = header.contains(GENOME_BUILD) ? cell(record, GENOME_BUILD) : "";
        if (!given.isEmpty()) {
            try {
                return GenomeBuild.parse(given);
            } catch (IllegalArgumentException e) {
                problems.add(BundleFileException.describeBadValue(line, GENOME_BUILD, given, "GRCh37 or GRCh38"));
                return null;
            }
        }
        GenomeBuild fromHeader = GenomeBuild.fromHeader(vcf.path()).orElse(null);
        if (fromHeader == null) {
            problems.add(BundleFileException.describeBadValue(
                    line,
                    GENOME_BUILD,
                    given,
                    "GRCh37 or GRCh38: the header of " + vcf.relativePath()
                            + " does not tell the build (no contig lengths, ##reference or assembly=)"));
        }
        return fromHeader;
    }

    private static String cell(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).trim() : "";
    }
}
