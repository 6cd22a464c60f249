package org.thyrobank.analysis;

import org.thyrobank.platform.provenance.Provenance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON (docs/interfaces.md, {@code report --format json}): snake_case field names, numbers as JSON
 * numbers, {@code null} where a figure is undefined.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private ReportJson() {}

    public static String write(Report report) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + System.lineSeparator();
    }

    /** A provenance block alone, as the report writes it: an export's {@code provenance.json}. */
    public static String write(Provenance provenance) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(provenance) + System.lineSeparator();
    }

    /** The JSON tree, for writers that walk it (TSV). */
    static JsonNode tree(Report report) {
        return MAPPER.valueToTree(report);
    }
}
