package org.thyrobank.mirna.plate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.thyrobank.platform.BundleFileException;
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
            throw BundleFileException.of(
                    file,
                    "XML line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": refused (" + reason(e)
                            + ")");
        } catch (SAXException | IOException e) {
            throw BundleFileException.of(file, "XML refused (" + reason(e) + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
    }

    /** The named entry of a zip, read up to {@link #MAX_XML_BYTES}. */
    static byte[] zipEntry(String file, byte[] zip, String entryName) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            int entries = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw BundleFileException.of(file, "more than " + MAX_ZIP_ENTRIES + " zip entries");
                }
                if (entry.getName().equals(entryName)) {
                    return bounded(file, in);
                }
            }
        } catch (IOException e) {
            throw BundleFileException.of(file, "not a readable zip: " + e.getMessage());
        }
        throw BundleFileException.of(file, "the zip holds no " + entryName);
    }

    private static byte[] bounded(String file, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > MAX_XML_BYTES) {
                throw BundleFileException.of(file, "zip entry larger than " + MAX_XML_BYTES + " bytes when unpacked");
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
