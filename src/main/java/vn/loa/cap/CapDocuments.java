package vn.loa.cap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns the bytes of a CAP message into a DOM that is valid against the OASIS CAP 1.2 schema
 * ({@code cap/CAP-v1.2.xsd}). The parser is hardened: a DOCTYPE is refused outright (so no internal or external
 * entity, no DTD, no billion laughs), external entities, DTDs, schemas and XInclude are off, and secure processing
 * limits apply; an entity resolver that refuses everything stands behind those settings. Thread-safe.
 */
public final class CapDocuments {

    /** The CAP 1.2 namespace. */
    public static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";

    private final DocumentBuilderFactory factory;
    private final Schema schema;

    public CapDocuments() {
        try {
            factory = DocumentBuilderFactory.newInstance();
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
            final SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schemas.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try (InputStream xsd = CapDocuments.class.getResourceAsStream("/cap/CAP-v1.2.xsd")) {
                if (xsd == null) {
                    throw new IllegalStateException("cap/CAP-v1.2.xsd is missing from the classpath");
                }
                schema = schemas.newSchema(new StreamSource(xsd, "CAP-v1.2.xsd"));
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the CAP parser cannot be set up: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates.
     *
     * @throws CapRefusal {@code cap-doctype} (hostile) for a DOCTYPE or entity declaration, {@code cap-not-well-formed},
     *                    {@code cap-invalid} when the schema refuses it
     */
    public Document read(final byte[] xml) {
        final Document doc = parse(xml);
        final Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(doc));
        } catch (SAXParseException e) {
            throw new CapRefusal("cap-invalid", "the message is not a valid CAP 1.2 alert (OASIS schema): "
                    + clean(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new CapRefusal("cap-invalid", "the message is not a valid CAP 1.2 alert: " + clean(e.getMessage()));
        }
        return doc;
    }

    private Document parse(final byte[] xml) {
        try {
            final DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed (" + systemId + ")");
            });
            builder.setErrorHandler(THROWING);
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (declaresDtd(xml)) {
                throw new CapRefusal("cap-doctype", "a CAP message must not carry a DOCTYPE or entity declarations "
                        + "(XML external entities and entity expansion are refused)", true);
            }
            throw new CapRefusal("cap-not-well-formed", "the message is not well-formed XML: " + clean(e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            throw new CapRefusal("cap-not-well-formed", "the message cannot be read as XML: " + clean(e.getMessage()));
        }
    }

    /** Whether the refused bytes declare a DTD or an entity (in the usual encodings): an attack, not a slip. */
    static boolean declaresDtd(final byte[] xml) {
        final String ascii = new String(xml, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        final String utf16 = new String(xml, StandardCharsets.UTF_16).toUpperCase(Locale.ROOT);
        return ascii.contains("<!DOCTYPE") || ascii.contains("<!ENTITY") || utf16.contains("<!DOCTYPE")
                || utf16.contains("<!ENTITY");
    }

    /** A parser message for a client: one line, bounded. */
    private static String clean(final String message) {
        final String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return m.length() <= 300 ? m : m.substring(0, 300) + "…";
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(final SAXParseException e) {
            // warnings do not make a message unreadable
        }

        @Override
        public void error(final SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(final SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
