package org.thyrobank.platform.status;

import java.time.LocalDateTime;
import java.util.List;

/** What the database holds and what ran, as {@code status} and {@code GET /api/v1/status} show it. */
public record Status(Counts counts, List<JobRun> jobs) {

    public Status {
        jobs = List.copyOf(jobs);
    }

    /** {@code dataVersion}: how many file versions were ever imported; grows with every import that changed data. */
    public record Counts(
            long patients,
            long specimens,
            long variants,
            long hotspotCalls,
            long qpcrValues,
            long importedFiles,
            long dataVersion) {}

    /** One Spring Batch job execution; {@code file} is its {@code file} job parameter, if it had one. */
    public record JobRun(String job, String file, String status, LocalDateTime started, LocalDateTime ended) {}
}
