package org.thyrobank.platform;

/**
 * The limits on a study bundle's text files, from {@code reference/input-limits.properties}. Each rejection
 * names the key it crossed, as {@code max-line-bytes in reference/input-limits.properties}, so that a curator
 * knows which limit to raise if the file is genuine.
 *
 * @param maxLineBytes       bytes of one line, its line break excluded
 * @param maxVcfHeaderLines  lines of a VCF header, the {@code #CHROM} line included
 * @param maxVcfHeaderBytes  bytes of a VCF header after decompression
 * @param maxTableFileBytes  bytes of a clinical CSV or a sequencing manifest
 */
public record InputLimits(int maxLineBytes, int maxVcfHeaderLines, long maxVcfHeaderBytes, long maxTableFileBytes) {

    public static final String FILE = "input-limits.properties";

    private static final long MIB = 1 << 20;
    private static InputLimits configured;

    public InputLimits {
        if (maxLineBytes < 1 || maxVcfHeaderLines < 1 || maxVcfHeaderBytes < 1 || maxTableFileBytes < 1) {
            throw new IllegalArgumentException("every input limit must be at least 1");
        }
    }

    /** The limits of {@code reference/input-limits.properties}, read once. */
    public static synchronized InputLimits configured() {
        if (configured == null) {
            Settings settings = Settings.reference(FILE);
            try {
                configured = new InputLimits(
                        settings.integer("max-line-bytes"),
                        settings.integer("max-vcf-header-lines"),
                        settings.integer("max-vcf-header-mib") * MIB,
                        settings.integer("max-table-file-mib") * MIB);
            } catch (IllegalArgumentException e) {
                throw settings.invalid(e.getMessage());
            }
        }
        return configured;
    }

    /** How a message names a key of the limits file, as {@code max-line-bytes = 8388608 in reference/...}. */
    public static String named(String key, long value) {
        return key + " = " + value + " in reference/" + FILE;
    }

    public String lineLimit() {
        return "longer than " + maxLineBytes + " bytes (" + named("max-line-bytes", maxLineBytes) + ")";
    }

    public String tableFileLimit() {
        return "larger than " + size(maxTableFileBytes) + " (" + named("max-table-file-mib", maxTableFileBytes / MIB)
                + ")";
    }

    public String vcfHeaderLinesLimit() {
        return "a header of more than " + maxVcfHeaderLines + " lines ("
                + named("max-vcf-header-lines", maxVcfHeaderLines) + ")";
    }

    public String vcfHeaderBytesLimit() {
        return "a header larger than " + size(maxVcfHeaderBytes) + " ("
                + named("max-vcf-header-mib", maxVcfHeaderBytes / MIB) + ")";
    }

    private static String size(long bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
    }
}
