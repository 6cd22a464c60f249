package org.thyrobank.clinical.importing;

import org.thyrobank.platform.Settings;
import org.thyrobank.platform.importing.JobSettings;

/** The clinicalImport job's parameters, from {@code batch-jobs/clinical-import.properties}. */
record ClinicalImportSettings(int batchSize, int maxProblemsPerFile) {

    static final String JOB_SETTINGS = "clinical-import";

    ClinicalImportSettings {
        if (batchSize < 1 || maxProblemsPerFile < 1) {
            throw new IllegalArgumentException("batch-jobs/" + JOB_SETTINGS + ".properties: batch-size and"
                    + " max-problems-per-file must be at least 1");
        }
    }

    static ClinicalImportSettings load(JobSettings jobSettings) {
        Settings settings = jobSettings.load(JOB_SETTINGS);
        return new ClinicalImportSettings(settings.integer("batch-size"), settings.integer("max-problems-per-file"));
    }
}
