package org.thyrobank.platform.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Service;
import org.thyrobank.platform.ReferenceFiles;
import org.thyrobank.platform.importing.FileVersion;
import org.thyrobank.platform.importing.ImportedFiles;

/**
 * Makes the {@link Provenance} of a result. {@link #capture} must run in the same consistent read as the data the
 * result is computed from, so that the inputs it names are exactly those the result saw.
 */
@Service
public class ProvenanceRecorder {

    /**
     * Every file of {@code reference/}: the report's derivations and the import's calls both depend on them (a
     * stored derivation was made with the files in force at its import), so a result names them all.
     */
    public static final List<String> REFERENCE_FILES = List.of(
            "ctcae-v4.tsv",
            "dosimetry.properties",
            "genes.tsv",
            "genome-builds.tsv",
            "hotspot-thresholds.properties",
            "hotspots.tsv",
            "input-limits.properties",
            "mirna-aliases.tsv",
            "mirna-panel.tsv",
            "qpcr.properties",
            "recist.properties",
            "report.properties");

    private static final Provenance.Software SOFTWARE = new Provenance.Software(
            buildProperty("thyrobank-build.properties", "version"),
            buildProperty("thyrobank-commit.properties", "commit"));

    private final ImportedFiles files;

    ProvenanceRecorder(ImportedFiles files) {
        this.files = files;
    }

    /** The imported file versions in force and the data version, read in the caller's transaction. */
    public Captured capture() {
        List<Provenance.Input> inputs =
                files.current().stream().map(ProvenanceRecorder::input).toList();
        return new Captured(inputs, files.dataVersion());
    }

    /** What {@link #capture} read: the inputs of a result computed in the same read, and the data version. */
    public record Captured(List<Provenance.Input> inputs, long dataVersion) {}

    /** A provenance not yet generated for anybody ({@link Provenance#generated}). */
    public static Provenance of(Captured captured, Map<String, Object> options) {
        return new Provenance(
                SOFTWARE, null, null, options, referenceFiles(), captured.inputs(), captured.dataVersion());
    }

    public static Provenance.Software software() {
        return SOFTWARE;
    }

    /** The SHA-256 of every file of {@code reference/} as the service reads it now. */
    public static List<Provenance.ReferenceFile> referenceFiles() {
        return REFERENCE_FILES.stream()
                .map(name -> new Provenance.ReferenceFile("reference/" + name, sha256(name)))
                .toList();
    }

    /** A reference file's keys and values, e.g. the thresholds of {@code report.properties} in force. */
    public static Map<String, String> referenceSettings(String name) {
        Properties values = new Properties();
        try (InputStream in = ReferenceFiles.open(name)) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + name, e);
        }
        Map<String, String> settings = new java.util.TreeMap<>();
        values.stringPropertyNames().forEach(key -> settings.put(key, values.getProperty(key)));
        return settings;
    }

    private static Provenance.Input input(FileVersion version) {
        return new Provenance.Input(
                version.path(), version.sha256(), version.importedAt().toString(), version.outcome());
    }

    private static String sha256(String referenceFile) {
        try (InputStream in = ReferenceFiles.open(referenceFile)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + referenceFile, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value the build wrote into a resource, or {@code unknown} (run from sources not built by Maven). */
    private static String buildProperty(String resource, String key) {
        Properties values = new Properties();
        try (InputStream in = ProvenanceRecorder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                values.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        String value = values.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("@") ? "unknown" : value;
    }
}
