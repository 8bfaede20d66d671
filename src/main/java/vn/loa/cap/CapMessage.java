package vn.loa.cap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Loa reads of a schema-valid CAP 1.2 alert (OASIS CAP 1.2 section 3.2): the header, the references of an
 * Update or Cancel, and each {@code info} with its areas. Read by walking the DOM's children (no XPath).
 */
public record CapMessage(String identifier, String sender, Instant sent, String status, String msgType,
        List<Reference> references, List<Info> infos) {

    /** One {@code sender,identifier,sent} triple of {@code references} (section 3.2.1). */
    public record Reference(String sender, String identifier, String sent) {
    }

    /** One {@code info} block (section 3.2.2). */
    public record Info(String language, String event, String urgency, String severity, Instant expires,
            String headline, String description, String instruction, List<Area> areas) {

        /** Whether this info is in Vietnamese ({@code vi}, {@code vi-VN}). */
        public boolean vietnamese() {
            return language.toLowerCase(Locale.ROOT).equals("vi") || language.toLowerCase(Locale.ROOT).startsWith("vi-");
        }
    }

    /** One {@code area} block (section 3.2.4): polygons and circles as written, geocodes as name/value. */
    public record Area(String desc, List<String> polygons, List<String> circles, List<Geocode> geocodes) {
    }

    public record Geocode(String valueName, String value) {
    }

    /** Reads a document that {@link CapDocuments#read} accepted. */
    public static CapMessage of(final Document doc) {
        final Element alert = doc.getDocumentElement();
        final List<Info> infos = new ArrayList<>();
        for (Element info : children(alert, "info")) {
            final List<Area> areas = new ArrayList<>();
            for (Element a : children(info, "area")) {
                final List<Geocode> geocodes = new ArrayList<>();
                for (Element g : children(a, "geocode")) {
                    geocodes.add(new Geocode(text(g, "valueName"), text(g, "value")));
                }
                areas.add(new Area(text(a, "areaDesc"), texts(a, "polygon"), texts(a, "circle"), geocodes));
            }
            final String language = text(info, "language");
            final String expires = text(info, "expires");
            infos.add(new Info(language == null ? "en-US" : language, text(info, "event"), text(info, "urgency"),
                    text(info, "severity"), expires == null ? null : OffsetDateTime.parse(expires).toInstant(),
                    text(info, "headline"), text(info, "description"), text(info, "instruction"), areas));
        }
        return new CapMessage(text(alert, "identifier"), text(alert, "sender"),
                OffsetDateTime.parse(text(alert, "sent")).toInstant(), text(alert, "status"), text(alert, "msgType"),
                references(text(alert, "references")), infos);
    }

    /** The references of an Update or Cancel: whitespace-separated {@code sender,identifier,sent} triples. */
    static List<Reference> references(final String text) {
        final List<Reference> refs = new ArrayList<>();
        if (text == null) {
            return refs;
        }
        for (String triple : text.strip().split("\\s+")) {
            final String[] parts = triple.split(",", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new CapRefusal("cap-invalid-references", "references must be sender,identifier,sent triples "
                        + "separated by spaces (CAP 1.2 section 3.2.1)");
            }
            refs.add(new Reference(parts[0], parts[1], parts[2]));
        }
        return refs;
    }

    private static List<Element> children(final Element parent, final String name) {
        final List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && CapDocuments.NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> texts(final Element parent, final String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().strip()).toList();
    }

    /** The stripped text of the first child called {@code name}; null when there is none or it is blank. */
    private static String text(final Element parent, final String name) {
        final List<Element> found = children(parent, name);
        if (found.isEmpty()) {
            return null;
        }
        final String t = found.get(0).getTextContent().strip();
        return t.isEmpty() ? null : t;
    }
}
