package org.thyrobank.platform.importing;

/** What an import did with one file; {@code detail} is the reason of a rejection or a short summary. */
public record FileOutcome(String relativePath, Outcome outcome, String detail) {

    public enum Outcome {
        IMPORTED("imported"),
        REPLACED("replaced"),
        UNCHANGED("unchanged"),
        REJECTED("rejected"),
        NOT_HANDLED("not handled yet"),
        SKIPPED("skipped");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public static FileOutcome of(BundleFile file, Outcome outcome, String detail) {
        return new FileOutcome(file.relativePath(), outcome, detail);
    }

    /** The line the {@code import} command prints. */
    public String line() {
        return relativePath + ": " + outcome.word() + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
