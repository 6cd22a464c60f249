package org.thyrobank.platform.importing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thyrobank.batch-jobs.dir}: a folder of {@code batch-jobs/*.properties} files overriding the jobs' defaults
 * key by key (the import command's {@code --job-settings DIR}); none by default.
 */
@ConfigurationProperties("thyrobank.batch-jobs")
public record BatchJobsProperties(Path dir) {}
