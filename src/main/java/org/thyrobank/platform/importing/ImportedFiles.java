package org.thyrobank.platform.importing;

import org.springframework.stereotype.Component;

/** The register of imported files: what was seen, by path and SHA-256. */
@Component
public class ImportedFiles {

    private final ImportedFileMapper mapper;

    ImportedFiles(ImportedFileMapper mapper) {
        this.mapper = mapper;
    }

    /** The file was imported before with exactly this content. */
    public boolean isUnchanged(BundleFile file) {
        return file.sha256().equals(mapper.sha256Of(file.relativePath()));
    }

    /** A file at this path was imported before (with this or other content). */
    public boolean wasImported(BundleFile file) {
        return mapper.sha256Of(file.relativePath()) != null;
    }

    public void record(BundleFile file, BundlePart part) {
        mapper.upsert(new ImportedFileMapper.ImportedFileRow(
                file.relativePath(), part.name(), file.sha256(), file.sizeBytes()));
    }
}
