package org.thyrobank.mirna;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thyrobank.platform.ReferenceFiles;

/**
 * The assays a plate may hold, read from {@code reference/mirna-panel.tsv} (assay, kind; '#' lines are comments),
 * and the other names plate files give them, from {@code reference/mirna-aliases.tsv} (alias, assay, accession).
 */
public final class AssayPanel {

    public static final String REFERENCE_FILE = "mirna-panel.tsv";
    public static final String ALIASES_FILE = "mirna-aliases.tsv";

    private final Map<String, AssayKind> kinds;
    private final Map<String, String> aliases;

    public AssayPanel(Map<String, AssayKind> kinds) {
        this(kinds, Map.of());
    }

    /** @param aliases other names of panel assays: alias to assay */
    public AssayPanel(Map<String, AssayKind> kinds, Map<String, String> aliases) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an assay panel needs at least one assay");
        }
        aliases.forEach((alias, assay) -> {
            if (!kinds.containsKey(assay)) {
                throw new IllegalArgumentException(
                        ALIASES_FILE + ": alias '" + alias + "' names '" + assay + "', which is not a panel assay");
            }
            if (kinds.containsKey(alias)) {
                throw new IllegalArgumentException(
                        ALIASES_FILE + ": '" + alias + "' is a panel assay itself, not an alias");
            }
        });
        this.kinds = Map.copyOf(kinds);
        this.aliases = Map.copyOf(aliases);
    }

    /** The trial's panel as kept in {@code reference/}, with its aliases. */
    public static AssayPanel fromReference() {
        Map<String, AssayKind> kinds;
        try (InputStream in = ReferenceFiles.open(REFERENCE_FILE)) {
            kinds = parse(in).kinds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + REFERENCE_FILE, e);
        }
        try (InputStream in = ReferenceFiles.open(ALIASES_FILE)) {
            return new AssayPanel(kinds, parseAliases(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + ALIASES_FILE, e);
        }
    }

    static Map<String, String> parseAliases(InputStream in) throws IOException {
        Map<String, String> aliases = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                throw new IllegalStateException(
                        ALIASES_FILE + ", line " + number + ": expected 'alias<TAB>assay', found '" + line + "'");
            }
            String earlier = aliases.put(cells[0].strip(), cells[1].strip());
            if (earlier != null) {
                throw new IllegalStateException(
                        ALIASES_FILE + ", line " + number + ": alias '" + cells[0].strip() + "' given twice");
            }
        }
        return aliases;
    }

    static AssayPanel parse(InputStream in) throws IOException {
        Map<String, AssayKind> kinds = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                throw new IllegalStateException(REFERENCE_FILE + ": expected 'assay<TAB>kind', found '" + line + "'");
            }
            kinds.put(cells[0].strip(), AssayKind.valueOf(cells[1].strip()));
        }
        return new AssayPanel(kinds);
    }

    /** The panel assay a plate's target name stands for: the assay itself, or the assay it is an alias of. */
    public Optional<String> assayNamed(String target) {
        if (kinds.containsKey(target)) {
            return Optional.of(target);
        }
        return Optional.ofNullable(aliases.get(target));
    }

    public Optional<AssayKind> kindOf(String assay) {
        return Optional.ofNullable(kinds.get(assay));
    }

    public Set<String> assaysOf(AssayKind kind) {
        return kinds.entrySet().stream()
                .filter(e -> e.getValue() == kind)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
