package org.thyrobank.platform.importing;

/** Told by {@link StudyImport} how far an import has got, file by file. */
public interface ImportProgress {

    ImportProgress NONE = (filesDone, filesTotal, currentPart, currentFile) -> {};

    /**
     * @param filesDone   files that have an outcome so far
     * @param filesTotal  files in the study folder
     * @param currentPart the part being imported, or null when every file has its outcome
     * @param currentFile the file (or folder) being imported, or null between files
     */
    void progressed(int filesDone, int filesTotal, BundlePart currentPart, String currentFile);

    /** A file got its outcome (before {@link #progressed} counts it); outcomes come in the order they are decided. */
    default void fileEnded(FileOutcome outcome) {}
}
