package org.thyrobank.platform.importing;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** The register of imported files: what was seen, by path and SHA-256, with the bytes it was seen with. */
@Component
public class ImportedFiles {

    private final ImportedFileMapper mapper;
    private final ImportedContent content;

    ImportedFiles(ImportedFileMapper mapper, ImportedContent content) {
        this.mapper = mapper;
        this.content = content;
    }

    /** The file was imported before with exactly this content. */
    public boolean isUnchanged(BundleFile file) {
        return file.sha256().equals(mapper.sha256Of(file.relativePath()));
    }

    /** A file at this path was imported before (with this or other content). */
    public boolean wasImported(BundleFile file) {
        return mapper.sha256Of(file.relativePath()) != null;
    }

    /** The SHA-256 of the file last imported at this path, or null. */
    public String sha256Of(String relativePath) {
        return mapper.sha256Of(relativePath);
    }

    /**
     * Registers {@code file} as imported now by {@code importedBy}, in the caller's transaction (the one storing the
     * file's data). A content new at its path also becomes a version in the file's history, replacing the path's
     * previous version; the same content again (a folder imported whole) adds none, so the data version stays.
     */
    public void record(BundleFile file, BundlePart part, String importedBy) {
        content.keep(file.path(), file.sha256());
        ImportedFileMapper.Version previous = mapper.latestVersion(file.relativePath());
        mapper.upsert(new ImportedFileMapper.ImportedFileRow(
                file.relativePath(), part.name(), file.sha256(), file.sizeBytes()));
        if (previous == null || !previous.sha256().equals(file.sha256())) {
            mapper.addVersion(file.relativePath(), importedBy, previous == null ? null : previous.id());
        }
    }

    /** The number of file versions ever imported: grows with every import that changed data. */
    public long dataVersion() {
        return mapper.dataVersion();
    }

    /** Every version imported at {@code relativePath}, oldest first. */
    public List<FileVersion> history(String relativePath) {
        return mapper.history(relativePath);
    }

    /** The version in force at every imported path, in path order: what a result computed now is made from. */
    public List<FileVersion> current() {
        return mapper.current();
    }

    /**
     * Marks what was read from a registered file as changed although its bytes are not (its rows were derived again
     * under new reference settings): moves its imported_at, which the data version of cached reports follows.
     */
    public void touch(String relativePath) {
        mapper.touch(relativePath);
    }

    /**
     * Keeps the bytes of a file read with an imported one but not registered itself (a run's covered-regions BED),
     * under its SHA-256, which it answers.
     */
    public String keepCompanion(Path file) {
        return content.keep(file);
    }
}
