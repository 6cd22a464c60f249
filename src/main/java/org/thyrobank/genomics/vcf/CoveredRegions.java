package org.thyrobank.genomics.vcf;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thyrobank.platform.BundleFileException;

/**
 * A panel's validated coverage (a BED file: 0-based start, exclusive end): a position inside it with no record
 * is wild type.
 */
final class CoveredRegions {

    static final CoveredRegions NONE = new CoveredRegions(Map.of());

    private final Map<String, List<int[]>> regions;

    private CoveredRegions(Map<String, List<int[]>> regions) {
        this.regions = regions;
    }

    static CoveredRegions read(Path bed) {
        Map<String, List<int[]>> regions = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(bed, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("track") || line.startsWith("browser")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 3) {
                    throw BundleFileException.of(
                            bed.toString(),
                            "line " + number + ": expected at least 3 tab-separated columns (chrom, start, end), found "
                                    + cells.length);
                }
                int start = coordinate(bed, number, "start", cells[1]);
                int end = coordinate(bed, number, "end", cells[2]);
                if (end <= start) {
                    throw BundleFileException.badValue(
                            bed.toString(), number, "end", cells[2], "a number above start " + start);
                }
                regions.computeIfAbsent(Locus.normalise(cells[0]), chrom -> new ArrayList<>())
                        .add(new int[] {start, end});
            }
        } catch (IOException e) {
            throw BundleFileException.of(bed.toString(), "cannot be read: " + e.getMessage());
        }
        return new CoveredRegions(regions);
    }

    private static int coordinate(Path bed, long line, String column, String value) {
        try {
            int coordinate = Integer.parseInt(value.trim());
            if (coordinate >= 0) {
                return coordinate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BundleFileException.badValue(bed.toString(), line, column, value, "a whole number >= 0");
    }

    /** Whether one region holds every base of the locus. */
    boolean covers(Locus locus) {
        for (int[] region : regions.getOrDefault(locus.chrom(), List.of())) {
            if (region[0] < locus.start() && region[1] >= locus.end()) {
                return true;
            }
        }
        return false;
    }
}
