package org.thyrobank.platform.uploads;

import java.time.LocalDateTime;
import java.util.List;
import org.thyrobank.platform.importing.FileOutcome;

/**
 * An upload and what happened to each of its files: while it imports, the files that have their outcome so far
 * (in the order they were decided) and the file being imported; once it completed, every file in the import's order.
 * {@code recordsWritten} sums the write counts of the Spring Batch steps of the jobs this upload started (tagged
 * with its id), chunk by chunk as they commit.
 */
public record Upload(
        String id,
        String file,
        UploadKind kind,
        String uploadedBy,
        UploadState state,
        String message,
        LocalDateTime created,
        LocalDateTime finished,
        int filesDone,
        Integer filesTotal,
        int percent,
        String currentPart,
        String currentFile,
        long recordsWritten,
        List<FileLine> files) {

    public Upload {
        files = List.copyOf(files);
    }

    public boolean running() {
        return state == UploadState.RUNNING;
    }

    /** Files with an outcome of the files counted (null until the import has counted them), as a percentage too. */
    record Progress(int filesDone, Integer filesTotal, int percent, String currentPart) {

        static Progress of(int filesDone, Integer filesTotal, String currentPart) {
            int percent = filesTotal == null ? 0 : filesTotal == 0 ? 100 : Math.min(100, filesDone * 100 / filesTotal);
            return new Progress(filesDone, filesTotal, percent, currentPart);
        }
    }

    /** One file's outcome; {@code line} is what {@code thyrobank import} prints for it. */
    public record FileLine(String relativePath, FileOutcome.Outcome outcome, String detail, String line) {

        static FileLine of(FileOutcome outcome) {
            return new FileLine(outcome.relativePath(), outcome.outcome(), outcome.detail(), outcome.line());
        }
    }
}
