package org.thyrobank.platform.provenance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a result comes from (docs/provenance.md): the software that computed it, when and for whom, the options and
 * thresholds in force, the SHA-256 of every reference file, every imported file version it was computed from and the
 * data version. Everything but {@code generatedAt} and {@code generatedBy} is fixed by the data and the options, so a
 * result remade from a freeze equals the frozen one apart from those two.
 *
 * <p>A report remade from a freeze does not name the freeze: it is the frozen report, byte for byte but for
 * generated_at and generated_by, and its data version identifies the data.
 */
public record Provenance(
        Software software,
        String generatedAt,
        String generatedBy,
        Map<String, Object> options,
        List<ReferenceFile> referenceFiles,
        List<Input> inputs,
        long dataVersion) {

    public Provenance {
        options = new TreeMap<>(options);
        referenceFiles = List.copyOf(referenceFiles);
        inputs = List.copyOf(inputs);
    }

    /** The build's version and the git commit it was built from ({@code unknown} when not built from git). */
    public record Software(String version, String commit) {}

    /** A file of {@code reference/} by its name and the SHA-256 of the content read. */
    public record ReferenceFile(String path, String sha256) {}

    /**
     * An imported file version a result was computed from: its path inside the bundle, SHA-256, when it was imported
     * (ISO-8601, the database's clock) and whether it was the path's first content (IMPORTED) or replaced one
     * (REPLACED).
     */
    public record Input(String path, String sha256, String importedAt, String outcome) {}

    /** This provenance as generated now (UTC, to the second) for {@code by}. */
    public Provenance generated(String by) {
        return new Provenance(
                software,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                by,
                options,
                referenceFiles,
                inputs,
                dataVersion);
    }
}
