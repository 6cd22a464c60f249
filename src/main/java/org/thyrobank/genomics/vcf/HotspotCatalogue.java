package org.thyrobank.genomics.vcf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.thyrobank.platform.ReferenceFiles;

/** The hotspots call-hotspots and the sequencing import judge, read from {@code reference/hotspots.tsv}. */
public final class HotspotCatalogue {

    static final String FILE = "hotspots.tsv";
    private static final int COLUMNS = 12;

    private final List<Hotspot> hotspots;

    private HotspotCatalogue(List<Hotspot> hotspots) {
        this.hotspots = List.copyOf(hotspots);
    }

    public static HotspotCatalogue load() {
        List<Hotspot> hotspots = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(ReferenceFiles.open(FILE), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                hotspots.add(parse(line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + FILE, e);
        }
        return new HotspotCatalogue(hotspots);
    }

    private static Hotspot parse(String[] cells) {
        if (cells.length != COLUMNS) {
            throw new IllegalStateException(
                    "reference/" + FILE + ": expected " + COLUMNS + " columns in " + String.join(" ", cells));
        }
        int length = cells[9].length();
        Locus grch37 = locus(cells[5], cells[6], length);
        Locus grch38 = locus(cells[7], cells[8], length);
        return new Hotspot(
                cells[0],
                cells[1],
                cells[2],
                cells[3],
                cells[4].charAt(0),
                grch37,
                grch38,
                cells[9],
                cells[10],
                cells[11]);
    }

    private static Locus locus(String chrom, String start, int length) {
        int first = Integer.parseInt(start);
        return new Locus(chrom, first, first + length - 1);
    }

    /** In the catalogue's order, which is the order of call-hotspots' rows. */
    public List<Hotspot> hotspots() {
        return hotspots;
    }
}
