package org.thyrobank.platform.uploads;

/** What an uploaded file was taken for, which decides where it goes in the upload's study folder. */
public enum UploadKind {
    /** A qPCR plate export: {@code qpcr/<file>}. */
    QPCR_PLATE,
    /** One VCF: {@code sequencing/<run>/<file>}. */
    VCF,
    /** A zipped sequencing run folder: {@code sequencing/<run>/}. */
    RUN,
    /** Several files of one sequencing run folder sent together (manifest, VCFs, indexes, BED): {@code sequencing/<run>/}. */
    RUN_FILES,
    /** Several qPCR plate exports sent together: {@code qpcr/}. */
    QPCR_PLATES,
    /** A zipped study bundle (clinical/, sequencing/, qpcr/): as it is. */
    BUNDLE
}
