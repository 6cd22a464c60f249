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

/** The assays a plate may hold, read from {@code reference/mirna-panel.tsv} (assay, kind; '#' lines are comments). */
public final class AssayPanel {

    public static final String REFERENCE_FILE = "mirna-panel.tsv";

    private final Map<String, AssayKind> kinds;

    public AssayPanel(Map<String, AssayKind> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an assay panel needs at least one assay");
        }
        this.kinds = Map.copyOf(kinds);
    }

    /** The trial's panel as kept in {@code reference/}. */
    public static AssayPanel fromReference() {
        try (InputStream in = ReferenceFiles.open(REFERENCE_FILE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + REFERENCE_FILE, e);
        }
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
