package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * RDML 1.0 to 1.4 (Lefever et al. 2009, Nucleic Acids Res 37:2065; Ruijter et al. 2015, Biomol Detect Quantif
 * 5:10): a zip with an entry holding the RDML (the notes say {@code rdml_data.xml}; CFX Manager 3.0 writes
 * {@code <file name>.xml}, after a spanning marker, with data descriptors), or the XML itself. Samples and targets
 * are declared at the top; each {@code experiment/run/react} names its sample and holds one {@code data} per target
 * with the {@code cq} (absent or empty when nothing amplified). The react id is a well ({@code A1}: RDML 1.0,
 * StepOne) or a position turned into one when the run's {@code pcrFormat} gives the plate's columns. Samples whose
 * declared {@code type} is a control or standard ({@code ntc}, {@code nac}, {@code ntp}, {@code nrt}, {@code std},
 * {@code pos}, {@code opt}) are read as controls. The software is the run's {@code dataCollectionSoftware}.
 */
final class RdmlFormat implements PlateFormat {

    private static final int SNIFF_BYTES = 4096;
    private static final int SOFTWARE_LENGTH = 60;
    private static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2", "1.3", "1.4");

    @Override
    public String name() {
        return "rdml";
    }

    @Override
    public String expects() {
        return "an RDML file (a zip with an entry holding <rdml>, or the XML itself)";
    }

    /**
     * A zip with an entry holding RDML, or text with an {@code <rdml} element near its start. A zip that cannot be
     * unpacked (damaged, or an entry beyond the size limit) is taken too, so that its refusal says what is wrong.
     */
    @Override
    public boolean canRead(byte[] content) {
        if (SafeXml.isZip(content)) {
            try {
                return SafeXml.rdmlEntry("", content).isPresent();
            } catch (PlateFormatException unreadable) {
                return true;
            }
        }
        return TextHead.of(Arrays.copyOf(content, Math.min(content.length, SNIFF_BYTES)))
                .contains("<rdml");
    }

    @Override
    public Rows read(String file, byte[] content) {
        boolean zipped = SafeXml.isZip(content);
        if (!zipped && content.length > SafeXml.MAX_XML_BYTES) {
            throw PlateFormatException.of(file, "XML larger than " + SafeXml.MAX_XML_BYTES + " bytes");
        }
        byte[] xml = zipped
                ? SafeXml.rdmlEntry(file, content)
                        .orElseThrow(() -> PlateFormatException.of(file, "the zip holds no entry with RDML"))
                : content;
        Element rdml = SafeXml.parse(file, xml).getDocumentElement();
        List<String> problems = new ArrayList<>();
        if (!"rdml".equals(rdml.getLocalName())) {
            throw PlateFormatException.of(file, "root element <" + rdml.getLocalName() + ">, expected <rdml>");
        }
        String version = rdml.getAttribute("version");
        if (!VERSIONS.contains(version)) {
            throw PlateFormatException.of(
                    file, "element <rdml>, attribute version: found '" + version + "', expected RDML 1.0 to 1.4");
        }
        Map<String, String> samples = declared(rdml, "sample");
        Set<String> targets = declared(rdml, "target").keySet();
        List<PlateRow> rows = new ArrayList<>();
        String software = null;
        for (Element experiment : children(rdml, "experiment")) {
            for (Element run : children(experiment, "run")) {
                readRun(run, samples, targets, rows, problems);
                software = software != null ? software : software(run);
            }
        }
        if (!problems.isEmpty()) {
            throw new PlateFormatException(file, problems);
        }
        if (rows.isEmpty()) {
            throw PlateFormatException.of(file, "no experiment/run/react/data element: the file holds no Cq");
        }
        return new Rows(
                "RDML " + version + (software == null ? "" : ", " + software),
                rows,
                new ColumnNames("<sample id>", "<tar id>", "<cq>"),
                List.of());
    }

    /**
     * {@code <dataCollectionSoftware>}'s name and version, or the instrument, as the run gives them; a version that
     * names the software itself is shown alone, and what CFX Manager adds in brackets (the OS) is left out.
     */
    private static String software(Element run) {
        for (Element software : children(run, "dataCollectionSoftware")) {
            String name = text(software, "name");
            String version = text(software, "version");
            if (name != null) {
                String shown = version == null
                        ? name
                        : version.contains(" (") ? name + " " + version.substring(0, version.indexOf(" (")) : version;
                if (version != null && !version.contains(" (") && !version.contains(name.split(" ")[0])) {
                    shown = name + " " + version;
                }
                return shown.length() <= SOFTWARE_LENGTH ? shown : shown.substring(0, SOFTWARE_LENGTH);
            }
        }
        return text(run, "instrument");
    }

    private static String text(Element parent, String localName) {
        return children(parent, localName).stream()
                .map(e -> e.getTextContent().strip())
                .filter(t -> !t.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static void readRun(
            Element run, Map<String, String> samples, Set<String> targets, List<PlateRow> rows, List<String> problems) {
        String runId = run.getAttribute("id");
        int columns = plateColumns(run);
        for (Element react : children(run, "react")) {
            String reactElement = "<run id=\"" + runId + "\"><react id=\"" + react.getAttribute("id") + "\">";
            String sample = children(react, "sample").stream()
                    .map(s -> s.getAttribute("id"))
                    .findFirst()
                    .orElse("");
            if (!samples.containsKey(sample)) {
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
                                runId.isEmpty() ? null : runId)
                        .as(WellTasks.role(samples.get(sample))));
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

    /** The ids declared by the {@code name} elements, each with its {@code type} (null when it has none). */
    private static Map<String, String> declared(Element rdml, String name) {
        Map<String, String> ids = new HashMap<>();
        children(rdml, name).forEach(e -> ids.put(e.getAttribute("id"), text(e, "type")));
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
