package org.thyrobank.platform.status;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service's state for operators: counts of what was imported and the last job executions. */
@Service
public class StatusQueries {

    static final int JOBS_SHOWN = 20;

    private final StatusMapper mapper;

    StatusQueries(StatusMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public Status status() {
        return new Status(mapper.counts(), mapper.lastJobRuns(JOBS_SHOWN));
    }

    /**
     * A value that changes whenever imported data change (the count of imported files and the latest import time):
     * what a cache of results computed from the data is keyed by.
     */
    public String dataFingerprint() {
        return mapper.dataFingerprint();
    }

    /** How many sequencing runs and qPCR plates were imported, from the register of imported files. */
    @Transactional(readOnly = true)
    public ImportedBatches importedBatches() {
        return mapper.importedBatches();
    }

    /** The files imported most recently, newest first. */
    @Transactional(readOnly = true)
    public List<ImportedFile> lastImportedFiles(int limit) {
        return mapper.lastImportedFiles(limit);
    }
}
