package org.thyrobank.clinical.ctcae;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.platform.ReferenceFiles;

/** The grade limits of {@code reference/ctcae-v4.tsv}, per test, in the test's grading unit. */
final class CtcaeTable {

    static final String NAME = "ctcae-v4.tsv";

    /** A value strictly below {@code below} has at least this grade. */
    record Limit(int grade, BigDecimal below) {}

    private final Map<LabValue.Analyte, List<Limit>> limits;

    CtcaeTable(Map<LabValue.Analyte, List<Limit>> limits) {
        this.limits = new EnumMap<>(LabValue.Analyte.class);
        limits.forEach((test, list) -> this.limits.put(
                test,
                list.stream()
                        .sorted(Comparator.comparingInt(Limit::grade).reversed())
                        .toList()));
    }

    static CtcaeTable fromReference() {
        Map<LabValue.Analyte, List<Limit>> limits = new EnumMap<>(LabValue.Analyte.class);
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(ReferenceFiles.open(NAME), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t");
                LabValue.Analyte test = LabValue.Analyte.valueOf(cells[0]);
                if (!test.gradingUnit().label().equals(cells[3])) {
                    throw new IllegalStateException("reference/" + NAME + ": " + test + " must be graded in "
                            + test.gradingUnit().label() + ", found " + cells[3]);
                }
                limits.computeIfAbsent(test, t -> new ArrayList<>())
                        .add(new Limit(Integer.parseInt(cells[1]), new BigDecimal(cells[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + NAME, e);
        }
        return new CtcaeTable(limits);
    }

    /** The highest grade whose limit the value lies below; 0 when it lies below none. */
    int grade(LabValue.Analyte test, BigDecimal valueInGradingUnit) {
        return limits.getOrDefault(test, List.of()).stream()
                .filter(limit -> valueInGradingUnit.compareTo(limit.below()) < 0)
                .mapToInt(Limit::grade)
                .findFirst()
                .orElse(0);
    }
}
