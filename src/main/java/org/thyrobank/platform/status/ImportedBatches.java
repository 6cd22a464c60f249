package org.thyrobank.platform.status;

/** The sequencing runs (folders of {@code sequencing/}) and qPCR plates (files of {@code qpcr/}) imported so far. */
public record ImportedBatches(long runs, long plates) {}
