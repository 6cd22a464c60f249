package org.thyrobank.mirna.plate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads uploaded XML with the JDK parser hardened against hostile files: no DOCTYPE at all (so no entities,
 * internal or external, and no DTD loading), no external access, secure processing limits, no XInclude; and
 * takes an XML entry out of a zip without trusting the sizes the zip claims.
 */
final class SafeXml {

    static final int MAX_XML_BYTES = 32 * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 64;
    private static final int RDML_SNIFF_BYTES = 4096;
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] SPANNING_MARKER = {'P', 'K', 7, 8};

    private SafeXml() {}

    static Document parse(String file, byte[] xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Rethrowing());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw PlateFormatException.of(
                    file,
                    "XML line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": refused (" + reason(e)
                            + ")");
        } catch (SAXException | IOException e) {
            throw PlateFormatException.of(file, "XML refused (" + reason(e) + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
    }

    /**
     * The first entry of a zip whose start holds an {@code <rdml} element, read up to {@link #MAX_XML_BYTES}; empty
     * when no entry does. The RDML notes say the entry <em>should</em> be {@code rdml_data.xml}; CFX Manager names
     * it after the file. A zip that starts with the spanning marker {@code PK 07 08} (CFX Manager writes one, then
     * entries with data descriptors) is read from the entry after it.
     */
    static Optional<byte[]> rdmlEntry(String file, byte[] zip) {
        int start = startsWith(zip, SPANNING_MARKER) ? SPANNING_MARKER.length : 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip, start, zip.length - start))) {
            int entries = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw PlateFormatException.of(file, "more than " + MAX_ZIP_ENTRIES + " zip entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = bounded(file, in);
                if (TextHead.of(Arrays.copyOf(content, Math.min(content.length, RDML_SNIFF_BYTES)))
                        .contains("<rdml")) {
                    return Optional.of(content);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw PlateFormatException.of(file, "not a readable zip: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The names of a zip's entries, for saying what a file no reader took looked like; empty if unreadable. */
    static List<String> entryNames(byte[] zip) {
        int start = startsWith(zip, SPANNING_MARKER) ? SPANNING_MARKER.length : 0;
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip, start, zip.length - start))) {
            for (ZipEntry entry = in.getNextEntry();
                    entry != null && names.size() < MAX_ZIP_ENTRIES;
                    entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            // what was listed before the damage is still worth showing
        }
        return names;
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, LOCAL_HEADER) || startsWith(bytes, SPANNING_MARKER);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bounded(String file, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > MAX_XML_BYTES) {
                throw PlateFormatException.of(file, "zip entry larger than " + MAX_XML_BYTES + " bytes when unpacked");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The parser's own words, except for a DOCTYPE, which is named plainly. */
    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("DOCTYPE") ? "a DOCTYPE declaration is not allowed: no DTDs, no entities" : message;
    }

    private static final class Rethrowing implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the parse and is not printed
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
