package org.thyrobank.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.SequencedFile;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.platform.importing.ImportedContent;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.rendering.CsvWriter;

/**
 * {@code export --format bundle}: the database written back as a study bundle (docs/study-bundle.md) that imports
 * into an empty database as the same study. The clinical files, the VCFs, their covered-regions BED files and the
 * qPCR plate files are the bytes that were imported (kept by {@link ImportedContent}); each run's manifest.csv is
 * written from the stored VCF rows, so that it names exactly the VCFs the database holds. Read in one transaction,
 * so that an import running meanwhile is seen whole or not at all.
 */
@Service
public class StudyBundleExport {

    static final List<String> MANIFEST_COLUMNS =
            List.of("vcf", "vcf_sample", "specimen_id", "genome_build", "covered_regions");

    private final ClinicalQueries clinical;
    private final HotspotQueries genomics;
    private final QpcrQueries mirna;
    private final ImportedFiles register;
    private final ImportedContent content;
    private final ExportProvenance provenance;

    StudyBundleExport(
            ClinicalQueries clinical,
            HotspotQueries genomics,
            QpcrQueries mirna,
            ImportedFiles register,
            ImportedContent content,
            ExportProvenance provenance) {
        this.clinical = clinical;
        this.genomics = genomics;
        this.mirna = mirna;
        this.register = register;
        this.content = content;
        this.provenance = provenance;
    }

    /**
     * Writes the bundle into {@code outDir} (created if missing; it must be empty, so that no other file joins the
     * bundle) with its {@code provenance.json} generated for {@code generatedBy} (every patient's data is in a bundle,
     * so no input is withheld; an import of the bundle skips that file), and answers the bundle paths written.
     *
     * @throws IllegalArgumentException when {@code outDir} holds files already
     * @throws IllegalStateException    when a stored file's bytes were not kept (imported before V15)
     */
    @Transactional(readOnly = true)
    public List<String> write(Path outDir, String generatedBy) throws IOException {
        requireEmpty(outDir);
        Map<String, String> sha256ByPath = new LinkedHashMap<>(clinical.sourceFiles());
        Map<String, List<SequencedFile>> runs = new LinkedHashMap<>();
        for (SequencedFile vcf : genomics.sequencedFiles()) {
            runs.computeIfAbsent(vcf.runId(), run -> new ArrayList<>()).add(vcf);
            sha256ByPath.put(vcf.sourceFile(), registered(vcf.sourceFile()));
            if (vcf.coveredRegions() != null) {
                sha256ByPath.put(vcf.coveredRegions(), vcf.coveredRegionsSha256());
            }
        }
        mirna.plateFiles().forEach(plate -> sha256ByPath.put(plate, registered(plate)));
        List<String> notKept = sha256ByPath.entrySet().stream()
                .filter(file -> !content.isKept(file.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (!notKept.isEmpty()) {
            throw new IllegalStateException("the bytes of " + notKept.size() + " stored files were not kept (they were"
                    + " imported before thyrobank kept imported files): import them again, then export; first: "
                    + String.join(", ", notKept.subList(0, Math.min(5, notKept.size()))));
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : sha256ByPath.entrySet()) {
            Path target = Files.createDirectories(outDir).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                content.copyTo(file.getValue(), out);
            }
            written.add(file.getKey());
        }
        for (Map.Entry<String, List<SequencedFile>> run : runs.entrySet()) {
            String manifest = "sequencing/" + run.getKey() + "/manifest.csv";
            writeManifest(outDir.resolve(manifest), run.getValue());
            written.add(manifest);
        }
        written.add(provenance.write(outDir, Map.of("format", "bundle"), patient -> true, generatedBy));
        return written.stream().sorted().toList();
    }

    private String registered(String relativePath) {
        String sha256 = register.sha256Of(relativePath);
        if (sha256 == null) {
            throw new IllegalStateException(relativePath + " is stored but not in the register of imported files");
        }
        return sha256;
    }

    private static void writeManifest(Path target, List<SequencedFile> vcfs) throws IOException {
        Files.createDirectories(target.getParent());
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            CsvWriter csv = CsvWriter.forBundle(writer, MANIFEST_COLUMNS);
            for (SequencedFile vcf : vcfs) {
                csv.row(Arrays.asList(
                        vcf.fileName(),
                        vcf.sample(),
                        vcf.specimenId(),
                        vcf.genomeBuild(),
                        vcf.coveredRegions() == null
                                ? ""
                                : vcf.coveredRegions()
                                        .substring(vcf.coveredRegions().lastIndexOf('/') + 1)));
            }
        }
    }

    private static void requireEmpty(Path outDir) throws IOException {
        if (!Files.exists(outDir)) {
            return;
        }
        if (!Files.isDirectory(outDir)) {
            throw new IllegalArgumentException(outDir + " is a file, expected a folder to write the study bundle into");
        }
        try (Stream<Path> entries = Files.list(outDir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(
                        outDir + " is not empty: write the study bundle into a new or empty folder");
            }
        }
    }
}
