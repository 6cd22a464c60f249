package org.thyrobank.genomics.recall;

/** A stored VCF whose calls could not be derived again, and why; its stored calls are left as they are. */
public record UnrecallableFile(String runId, String sourceFile, String why) {}
