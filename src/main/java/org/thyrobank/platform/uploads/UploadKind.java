package org.thyrobank.platform.uploads;

/** What an uploaded file was taken for, which decides where it goes in the upload's study folder. */
public enum UploadKind {
    /** A qPCR plate export: {@code qpcr/<file>}. */
    QPCR_PLATE,
    /** One VCF: {@code sequencing/<run>/<file>}. */
    VCF,
    /** A zipped sequencing run folder: {@code sequencing/<run>/}. */
    RUN,
    /** A zipped study bundle (clinical/, sequencing/, qpcr/): as it is. */
    BUNDLE
}
