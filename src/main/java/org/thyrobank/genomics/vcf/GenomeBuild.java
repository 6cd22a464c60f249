package org.thyrobank.genomics.vcf;

import htsjdk.variant.vcf.VCFContigHeaderLine;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFHeaderLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.thyrobank.platform.ReferenceFiles;

/**
 * The human reference a VCF's positions refer to. Told from a header by its contig lengths
 * ({@code reference/genome-builds.tsv}); failing those, by the assembly named in {@code ##contig assembly=}
 * or {@code ##reference}.
 */
public enum GenomeBuild {
    GRCh37(List.of("grch37", "hg19", "hs37", "g1k_v37", "b37")),
    GRCh38(List.of("grch38", "hg38", "hs38", "assembly38", "b38"));

    private static final String LENGTHS_FILE = "genome-builds.tsv";
    private static Map<String, long[]> contigLengths;

    private final List<String> nameTokens;

    GenomeBuild(List<String> nameTokens) {
        this.nameTokens = nameTokens;
    }

    /** {@code GRCh37} or {@code GRCh38}, in any letter case. */
    public static GenomeBuild parse(String text) {
        for (GenomeBuild build : values()) {
            if (build.name().equalsIgnoreCase(text.trim())) {
                return build;
            }
        }
        throw new IllegalArgumentException("unknown genome build '" + text + "', expected GRCh37 or GRCh38");
    }

    /**
     * The build a VCF's header names, if it can be told. Reads the header only.
     *
     * @throws org.thyrobank.platform.BundleFileException when the file is not a readable VCF
     */
    public static Optional<GenomeBuild> fromHeader(Path vcf) {
        try (VcfInput input = VcfInput.open(vcf)) {
            return fromHeader(input.header());
        }
    }

    static Optional<GenomeBuild> fromHeader(VCFHeader header) {
        Set<GenomeBuild> byLength = EnumSet.noneOf(GenomeBuild.class);
        Set<GenomeBuild> byName = EnumSet.noneOf(GenomeBuild.class);
        for (VCFContigHeaderLine contig : header.getContigLines()) {
            long[] lengths = lengths().get(Locus.normalise(contig.getID()));
            String length = contig.getGenericFields().get("length");
            if (lengths != null && length != null && lengths[0] != lengths[1]) {
                OptionalLong value = contigLength(length);
                if (value.equals(OptionalLong.of(lengths[0]))) {
                    byLength.add(GRCh37);
                } else if (value.equals(OptionalLong.of(lengths[1]))) {
                    byLength.add(GRCh38);
                }
            }
            byName.addAll(named(contig.getGenericFields().get("assembly")));
        }
        for (VCFHeaderLine line : header.getOtherHeaderLines()) {
            if (line.getKey().equals("reference") || line.getKey().equals("assembly")) {
                byName.addAll(named(line.getValue()));
            }
        }
        Set<GenomeBuild> evidence = byLength.isEmpty() ? byName : byLength;
        return evidence.size() == 1 ? Optional.of(evidence.iterator().next()) : Optional.empty();
    }

    /** A contig length that is not a whole number tells nothing (it is skipped, not an error). */
    private static OptionalLong contigLength(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Set<GenomeBuild> named(String text) {
        Set<GenomeBuild> builds = EnumSet.noneOf(GenomeBuild.class);
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (GenomeBuild build : values()) {
                if (build.nameTokens.stream().anyMatch(lower::contains)) {
                    builds.add(build);
                }
            }
        }
        return builds;
    }

    private static synchronized Map<String, long[]> lengths() {
        if (contigLengths == null) {
            Map<String, long[]> lengths = new HashMap<>();
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(ReferenceFiles.open(LENGTHS_FILE), StandardCharsets.UTF_8))) {
                in.lines()
                        .filter(line -> !line.startsWith("#") && !line.startsWith("contig") && !line.isBlank())
                        .map(line -> line.split("\t"))
                        .forEach(cells ->
                                lengths.put(cells[0], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])}));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference/" + LENGTHS_FILE, e);
            }
            contigLengths = Map.copyOf(lengths);
        }
        return contigLengths;
    }
}
