package org.thyrobank.platform.importing;

import java.nio.file.Path;
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

    public void record(BundleFile file, BundlePart part) {
        content.keep(file.path(), file.sha256());
        mapper.upsert(new ImportedFileMapper.ImportedFileRow(
                file.relativePath(), part.name(), file.sha256(), file.sizeBytes()));
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
