package org.thyrobank.platform.importing;

/** Told by {@link StudyImport} how far an import has got: once the files are counted, then after each part. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param filesDone   files that have an outcome so far
     * @param filesTotal  files in the study folder
     * @param currentPart the part being imported next, or null when every file has its outcome
     */
    void progressed(int filesDone, int filesTotal, BundlePart currentPart);
}
