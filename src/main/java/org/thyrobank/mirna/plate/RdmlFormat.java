package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.thyrobank.platform.BundleFileException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * RDML 1.1 and later (Lefever et al. 2009, Nucleic Acids Res 37:2065): a zip holding {@code rdml_data.xml}, or the
 * XML itself. Samples and targets are declared at the top; each {@code experiment/run/react} names its sample and
 * holds one {@code data} per target with the {@code cq} (absent or empty when nothing amplified). The react id is
 * turned into a well (A1...) when the run's {@code pcrFormat} gives the plate's columns.
 */
final class RdmlFormat implements PlateFormat {

    static final String ZIP_ENTRY = "rdml_data.xml";
    private static final Set<String> VERSIONS = Set.of("1.1", "1.2", "1.3");

    @Override
    public String name() {
        return "rdml";
    }

    @Override
    public boolean canRead(byte[] head) {
        return isZip(head) || TextHead.of(head).contains("<rdml");
    }

    @Override
    public Rows read(String file, byte[] content) {
        if (!isZip(content) && content.length > SafeXml.MAX_XML_BYTES) {
            throw BundleFileException.of(file, "XML larger than " + SafeXml.MAX_XML_BYTES + " bytes");
        }
        byte[] xml = isZip(content) ? SafeXml.zipEntry(file, content, ZIP_ENTRY) : content;
        Element rdml = SafeXml.parse(file, xml).getDocumentElement();
        List<String> problems = new ArrayList<>();
        if (!"rdml".equals(rdml.getLocalName())) {
            throw BundleFileException.of(file, "root element <" + rdml.getLocalName() + ">, expected <rdml>");
        }
        if (!VERSIONS.contains(rdml.getAttribute("version"))) {
            throw BundleFileException.of(
                    file,
                    "element <rdml>, attribute version: found '" + rdml.getAttribute("version")
                            + "', expected RDML 1.1 or later (" + VERSIONS + ")");
        }
        Set<String> samples = declared(rdml, "sample");
        Set<String> targets = declared(rdml, "target");
        List<PlateRow> rows = new ArrayList<>();
        for (Element experiment : children(rdml, "experiment")) {
            for (Element run : children(experiment, "run")) {
                readRun(run, samples, targets, rows, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleFileException(file, problems);
        }
        if (rows.isEmpty()) {
            throw BundleFileException.of(file, "no experiment/run/react/data element: the file holds no Cq");
        }
        return new Rows(rows, new ColumnNames("<sample id>", "<tar id>", "<cq>"), List.of());
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static void readRun(
            Element run, Set<String> samples, Set<String> targets, List<PlateRow> rows, List<String> problems) {
        String runId = run.getAttribute("id");
        int columns = plateColumns(run);
        for (Element react : children(run, "react")) {
            String reactElement = "<run id=\"" + runId + "\"><react id=\"" + react.getAttribute("id") + "\">";
            String sample = children(react, "sample").stream()
                    .map(s -> s.getAttribute("id"))
                    .findFirst()
                    .orElse("");
            if (!samples.contains(sample)) {
                problems.add("element " + reactElement + ": sample '" + sample + "' is not declared in <sample>");
                continue;
            }
            for (Element data : children(react, "data")) {
                String target = children(data, "tar").stream()
                        .map(t -> t.getAttribute("id"))
                        .findFirst()
                        .orElse("");
                String element = reactElement + "<data tar=\"" + target + "\">";
                if (!targets.contains(target)) {
                    problems.add("element " + element + ": target '" + target + "' is not declared in <target>");
                    continue;
                }
                String cq = children(data, "cq").stream()
                        .map(c -> c.getTextContent().strip())
                        .findFirst()
                        .orElse("");
                rows.add(PlateRow.inElement(
                        element,
                        sample,
                        target,
                        cq.isEmpty() ? null : cq,
                        well(react.getAttribute("id"), columns),
                        runId.isEmpty() ? null : runId));
            }
        }
    }

    /** A1, A2, ... from the 1-based react position on a plate of {@code columns} columns; else the id itself. */
    static String well(String reactId, int columns) {
        if (columns <= 0 || !reactId.matches("[1-9][0-9]{0,4}")) {
            return reactId;
        }
        int position = Integer.parseInt(reactId) - 1;
        int row = position / columns;
        if (row >= 26) {
            return reactId;
        }
        return (char) ('A' + row) + String.valueOf(position % columns + 1);
    }

    private static int plateColumns(Element run) {
        for (Element format : children(run, "pcrFormat")) {
            for (Element columns : children(format, "columns")) {
                String text = columns.getTextContent().strip();
                return text.matches("[1-9][0-9]{0,2}") ? Integer.parseInt(text) : 0;
            }
        }
        return 0;
    }

    private static Set<String> declared(Element rdml, String name) {
        Set<String> ids = new HashSet<>();
        children(rdml, name).forEach(e -> ids.add(e.getAttribute("id")));
        return ids;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
