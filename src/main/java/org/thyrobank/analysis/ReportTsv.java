package org.thyrobank.analysis;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The report as {@code key<TAB>value} lines, one figure per line, with stable dotted keys built from the JSON
 * field names and, inside lists, from what names the row rather than its position:
 * {@code associations.BRAF_V600E.SOFT_TISSUE_CR.p_value}, {@code associations.<factor>.<outcome>.table.MUTANT.true},
 * {@code survival.PFS.overall.median_months}, {@code survival.OS.TERT_PROMOTER.groups.MUTANT.events},
 * {@code mirna.<miRNA>.post_vs_pre.q_value}, {@code correlations.<name>[.<miRNA>].rho},
 * {@code toxicity.lab_nadirs.PLATELETS.grades.3}, {@code toxicity.terms.<term>.by_max_grade.3},
 * {@code populations.left_out.<patient>.reason}, {@code primary_endpoint.by_centre.MILAN.rate},
 * {@code deviations.<patient>.<kind>.limit_gbq}, {@code cumulative_activity.<patient>.gbq},
 * {@code dosimetry.<patient>.mta_gbq}. A 95 % interval gives
 * {@code .lower} and {@code .upper}; a list of names is one comma-separated value; curves, QC flags and the
 * dose-response points ({@code dose_response.points.<i>.dose_gy}, by dose) are numbered from 0. Undefined figures
 * are {@code NA}.
 */
public final class ReportTsv {

    private static final Map<String, String[]> ROW_NAMES = Map.ofEntries(
            Map.entry("left_out", new String[] {"patient_id"}),
            Map.entry("by_centre", new String[] {"centre"}),
            Map.entry("associations", new String[] {"factor", "outcome"}),
            Map.entry("survival", new String[] {"endpoint", "group_by"}),
            Map.entry("groups", new String[] {"level"}),
            Map.entry("terms", new String[] {"term"}),
            Map.entry("deviations", new String[] {"patient_id", "kind"}),
            Map.entry("mirna", new String[] {"mirna", "test"}),
            Map.entry("correlations", new String[] {"name", "mirna"}),
            Map.entry("lab_nadirs", new String[] {"test"}),
            Map.entry("cumulative_activity", new String[] {"patient_id"}),
            Map.entry("dosimetry", new String[] {"patient_id"}));

    private ReportTsv() {}

    public static String write(Report report) {
        StringBuilder out = new StringBuilder();
        flatten("", "", ReportJson.tree(report), out);
        return out.toString();
    }

    private static void flatten(String key, String field, JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (entry.getKey().equals("table") && node.has("levels")) {
                    table(join(key, "table"), node.get("levels"), entry.getValue(), out);
                } else {
                    flatten(join(key, entry.getKey()), entry.getKey(), entry.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            array(key, field, node, out);
        } else {
            out.append(key).append('\t').append(scalar(node)).append('\n');
        }
    }

    private static void array(String key, String field, JsonNode node, StringBuilder out) {
        if (field.endsWith("ci95") && node.size() == 2) {
            flatten(join(key, "lower"), "", node.get(0), out);
            flatten(join(key, "upper"), "", node.get(1), out);
        } else if (node.size() > 0
                && StreamSupport.stream(node.spliterator(), false).allMatch(JsonNode::isString)) {
            out.append(key)
                    .append('\t')
                    .append(StreamSupport.stream(node.spliterator(), false)
                            .map(JsonNode::asString)
                            .map(ReportTsv::clean)
                            .collect(Collectors.joining(",")))
                    .append('\n');
        } else {
            for (int i = 0; i < node.size(); i++) {
                flatten(join(key, rowName(field, node.get(i), i)), "", node.get(i), out);
            }
        }
    }

    private static String rowName(String field, JsonNode row, int index) {
        String[] names = ROW_NAMES.get(field);
        if (names == null || !row.isObject()) {
            return Integer.toString(index);
        }
        StringBuilder name = new StringBuilder();
        for (String part : names) {
            JsonNode value = row.get(part);
            if (value == null || value.isNull()) {
                if (part.equals("group_by")) {
                    name.append(name.isEmpty() ? "" : ".").append("overall");
                }
                continue;
            }
            name.append(name.isEmpty() ? "" : ".").append(clean(value.asString()));
        }
        return name.toString();
    }

    /** {@code table.<row level>.<true|false>}: rows are the factor's levels, columns the outcome. */
    private static void table(String key, JsonNode levels, JsonNode table, StringBuilder out) {
        for (int row = 0; row < table.size(); row++) {
            for (int column = 0; column < 2; column++) {
                String name = levels.get(row).asString() + "." + (column == 0 ? "true" : "false");
                flatten(join(key, name), "", table.get(row).get(column), out);
            }
        }
    }

    private static String scalar(JsonNode node) {
        return node.isNull() ? "NA" : clean(node.asString());
    }

    private static String join(String key, String part) {
        return key.isEmpty() ? part : key + "." + part;
    }

    /** Keys and values stay on one line and in one column. */
    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
