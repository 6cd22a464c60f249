package org.thyrobank.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.platform.ReferenceFiles;

/**
 * The Entrez Gene id and UniProtKB accession of each catalogue gene, read from {@code reference/genes.tsv}: the MAF's
 * {@code Entrez_Gene_Id} and {@code SWISSPROT} columns.
 */
record GeneIds(Map<String, Gene> genes) {

    static final String FILE = "genes.tsv";
    static final List<String> HEADER = List.of("gene", "entrez_gene_id", "uniprot_accession");

    /** UniProtKB's accession format (https://www.uniprot.org/help/accession_numbers), as cBioPortal's validator checks it. */
    private static final Pattern ACCESSION =
            Pattern.compile("[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2}");

    record Gene(String symbol, long entrezGeneId, String uniprotAccession) {}

    GeneIds {
        genes = Map.copyOf(genes);
    }

    static GeneIds load() {
        try (InputStream in = ReferenceFiles.open(FILE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + FILE, e);
        }
    }

    /** The table's text: #-comments, the header line, then one tab-separated row per gene. */
    static GeneIds parse(String text) {
        Map<String, Gene> genes = new LinkedHashMap<>();
        boolean header = true;
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header) {
                if (!cells.equals(HEADER)) {
                    throw bad(
                            lineNumber,
                            "the header must be " + String.join(" ", HEADER) + ", found " + String.join(" ", cells));
                }
                header = false;
                continue;
            }
            if (cells.size() != HEADER.size()) {
                throw bad(lineNumber, "expected " + HEADER.size() + " tab-separated columns, found " + cells.size());
            }
            String symbol = cells.get(0).strip();
            if (!cells.get(1).matches("[1-9][0-9]{0,17}")) {
                throw bad(
                        lineNumber,
                        symbol + ": entrez_gene_id must be a positive whole number, found '" + cells.get(1) + "'");
            }
            if (!ACCESSION.matcher(cells.get(2)).matches()) {
                throw bad(
                        lineNumber,
                        symbol + ": uniprot_accession must be one UniProtKB accession, found '" + cells.get(2) + "'");
            }
            if (genes.put(symbol, new Gene(symbol, Long.parseLong(cells.get(1)), cells.get(2))) != null) {
                throw bad(lineNumber, symbol + " has a second row");
            }
        }
        if (header) {
            throw new IllegalStateException(
                    "reference/" + FILE + " has no header line (" + String.join(" ", HEADER) + ")");
        }
        return new GeneIds(genes);
    }

    /** The ids of a gene; an {@link IllegalStateException} naming it when the table has no row for it. */
    Gene of(String symbol) {
        Gene gene = genes.get(symbol);
        if (gene == null) {
            throw missing(List.of(symbol));
        }
        return gene;
    }

    /** Checks that every gene of these hotspots has a row, so a catalogue gene without ids fails before anything is written. */
    void requireAll(Collection<Hotspot> hotspots) {
        TreeSet<String> missing = new TreeSet<>();
        hotspots.stream().map(Hotspot::gene).filter(g -> !genes.containsKey(g)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw missing(missing);
        }
    }

    private static IllegalStateException missing(Collection<String> symbols) {
        return new IllegalStateException("reference/" + FILE + " has no row for " + String.join(", ", symbols)
                + " (hotspot catalogue genes, reference/hotspots.tsv): the cBioPortal export needs the Entrez Gene id"
                + " and UniProtKB accession of every catalogue gene");
    }

    private static IllegalStateException bad(int lineNumber, String what) {
        return new IllegalStateException("reference/" + FILE + " line " + lineNumber + ": " + what);
    }
}
