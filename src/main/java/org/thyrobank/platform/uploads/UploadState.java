package org.thyrobank.platform.uploads;

/** An upload's import: running in the background, completed (every file has an outcome), or failed as a whole. */
public enum UploadState {
    RUNNING,
    COMPLETED,
    FAILED
}
