package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.platform.BundleFileException;

class RdmlRejectionTests {

    private final PlateReader reader = new PlateReader(ExampleStudy.specimens(), AssayPanel.fromReference());

    @Test
    void externalEntityPointingAtALocalFileIsRefusedWithoutItsContent() throws IOException {
        String hostname = Files.readString(Path.of("/etc/hostname")).strip();

        BundleFileException e = reject(ExampleStudy.bytes(PlateReaderTests.FIXTURES + "xxe.rdml"));

        assertThat(e.problems())
                .singleElement()
                .asString()
                .contains("a DOCTYPE declaration is not allowed: no DTDs, no entities");
        assertThat(e.getMessage()).doesNotContain(hostname);
    }

    @Test
    void externalEntityInsideAZipIsRefusedWithoutTheSecretItPointsAt(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "P-MI-001-PRE-SECRET-7f3a9c");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdml [<!ENTITY s SYSTEM "%s">]>
                <rdml xmlns="http://www.rdml.org" version="1.1"><sample id="&s;"/></rdml>
                """.formatted(secret.toUri());

        BundleFileException e = reject(PlateReaderTests.rdmlZip(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("SECRET-7f3a9c");
    }

    @Test
    void internalEntityExpansionIsRefusedBeforeAnyExpansion() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <rdml xmlns="http://www.rdml.org" version="1.1"><sample id="&c;"/></rdml>
                """;

        assertThat(reject(xml.getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement()
                .asString()
                .contains("a DOCTYPE declaration is not allowed")
                .doesNotContain("aaaaaaaaaa");
    }

    @Test
    void sampleNotDeclaredInTheFileIsRejectedNamingTheReact() {
        String xml = rdml(
                "<sample id=\"P-MI-001-PRE\"/><target id=\"hsa-miR-16-5p\"/>",
                "<react id=\"4\"><sample id=\"P-MI-002-PRE\"/><data><tar id=\"hsa-miR-16-5p\"/><cq>29.1</cq></data></react>");

        assertThat(reject(xml.getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly(
                        "element <run id=\"R1\"><react id=\"4\">: sample 'P-MI-002-PRE' is not declared in <sample>");
    }

    @Test
    void negativeCqIsRejectedNamingTheElement() {
        String xml = rdml(
                "<sample id=\"P-MI-001-PRE\"/><target id=\"hsa-miR-16-5p\"/>",
                "<react id=\"4\"><sample id=\"P-MI-001-PRE\"/><data><tar id=\"hsa-miR-16-5p\"/><cq>-1</cq></data></react>");

        assertThat(reject(xml.getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly(
                        "element <run id=\"R1\"><react id=\"4\"><data tar=\"hsa-miR-16-5p\">, <cq>: found '-1', "
                                + "expected a Cq >= 0 (a negative Cq is not a cycle)");
    }

    @Test
    void rdmlOfAnUnknownVersionIsRejected() {
        String xml = rdml("", "").replace("version=\"1.1\"", "version=\"2.0\"");

        assertThat(reject(xml.getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("element <rdml>, attribute version: found '2.0', expected RDML 1.0 to 1.4");
    }

    @Test
    void zipWithoutRdmlIsRejectedNamingItsEntries() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("nothing here".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(reject(bytes.toByteArray()).problems())
                .containsExactly("a zip whose entries (readme.txt) hold no RDML (<rdml> element)");
    }

    @Test
    void zipEntryThatUnpacksBeyondTheLimitIsRejected() throws IOException {
        byte[] zeros = new byte[SafeXml.MAX_XML_BYTES + 1];

        assertThat(reject(PlateReaderTests.rdmlZip(zeros)).problems())
                .singleElement()
                .asString()
                .startsWith("zip entry larger than");
    }

    @Test
    void malformedXmlIsRejectedWithItsLine() {
        assertThat(reject("<rdml version=\"1.1\">\n<sample id=\"x\">\n</rdml>".getBytes(StandardCharsets.UTF_8))
                        .problems())
                .singleElement()
                .asString()
                .startsWith("XML line 3,");
    }

    private static String rdml(String declarations, String reacts) {
        return "<rdml xmlns=\"http://www.rdml.org\" version=\"1.1\">" + declarations
                + "<experiment id=\"E\"><run id=\"R1\">" + reacts + "</run></experiment></rdml>";
    }

    private BundleFileException reject(byte[] content) {
        return catchThrowableOfType(BundleFileException.class, () -> reader.read("qpcr/R1.rdml", content));
    }
}
