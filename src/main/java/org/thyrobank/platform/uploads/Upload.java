package org.thyrobank.platform.uploads;

import java.time.LocalDateTime;
import java.util.List;
import org.thyrobank.platform.importing.FileOutcome;

/** An upload and, once its import completed, what happened to each of its files. */
public record Upload(String id, String file, UploadKind kind, String uploadedBy, UploadState state, String message,
                     LocalDateTime created, LocalDateTime finished, List<FileLine> files) {

    public Upload {
        files = List.copyOf(files);
    }

    public boolean running() {
        return state == UploadState.RUNNING;
    }

    /** One file's outcome; {@code line} is what {@code thyrobank import} prints for it. */
    public record FileLine(String relativePath, FileOutcome.Outcome outcome, String detail, String line) {

        static FileLine of(FileOutcome outcome) {
            return new FileLine(outcome.relativePath(), outcome.outcome(), outcome.detail(), outcome.line());
        }
    }
}
