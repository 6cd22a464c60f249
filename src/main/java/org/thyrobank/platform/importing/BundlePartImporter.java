package org.thyrobank.platform.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * A capability's importer for one part of the bundle. The launcher hands it every file of its part (with the
 * SHA-256 already computed); it answers one outcome per file. An importer records what it accepted through
 * {@link ImportedFiles} inside its own transaction, so that a rejected file leaves nothing behind. It tags the jobs
 * it starts with {@code run} and tells {@code run} which file it is on and each outcome as soon as it is final.
 */
public interface BundlePartImporter {

    BundlePart part();

    List<FileOutcome> importFiles(Path studyDir, List<BundleFile> files, ImportRun run);
}
