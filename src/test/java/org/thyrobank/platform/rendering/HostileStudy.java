package org.thyrobank.platform.rendering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.thyrobank.demo.SyntheticCohort;

/**
 * A synthetic study whose first two patients carry ids a spreadsheet would run: {@link #FORMULA} (a formula holding a
 * comma and quotes) and {@link #MULTI_LINE} (three lines, starting with a minus). The ids are rewritten as whole
 * cells of every file under {@code clinical/}, quoted as CSV needs.
 */
public final class HostileStudy {

    public static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    public static final String MULTI_LINE = "-2+3\nsecond line\nthird line";

    private HostileStudy() {}

    /** Writes the study into {@code dir}; returns the two ids it replaced, in the order of the constants. */
    public static List<String> write(Path dir, long seed) throws IOException {
        SyntheticCohort.write(dir, seed);
        Path clinical = dir.resolve("clinical");
        List<String> patients = Files.readAllLines(clinical.resolve("patients.csv"), StandardCharsets.UTF_8);
        String first = patients.get(1).split(",", -1)[0];
        String second = patients.get(2).split(",", -1)[0];
        try (Stream<Path> files = Files.list(clinical)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                text = replaceCell(text, first, FORMULA);
                text = replaceCell(text, second, MULTI_LINE);
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        }
        return List.of(first, second);
    }

    private static String replaceCell(String csv, String from, String to) {
        String quoted = '"' + to.replace("\"", "\"\"") + '"';
        return Pattern.compile("(?m)(?<=^|,)" + Pattern.quote(from) + "(?=,|\r?$)")
                .matcher(csv)
                .replaceAll(Matcher.quoteReplacement(quoted));
    }
}
