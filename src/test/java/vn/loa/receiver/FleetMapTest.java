package vn.loa.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FleetMapTest {

    private static ReceiverView rx(final String id, final String name, final String village, final Position p,
            final String... flags) {
        return new ReceiverView(id, name, null, village, "Lũng Cú", flags.length == 0, null, null, null, null,
                List.of(flags), p);
    }

    static final FleetMap.Legend VI = new FleetMap.Legend("Bản đồ loa", "Trực tuyến", "Cần chú ý", "Mất kết nối");
    static final FleetMap.Legend EN = new FleetMap.Legend("Receiver map", "Online", "Flagged", "Offline");

    private static FleetMap.Rendered render(final List<ReceiverView> receivers) {
        return FleetMap.render(receivers, VI);
    }

    /** The legend's texts, top to bottom. */
    private static List<String> legend(final String svg) throws Exception {
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        final Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        final NodeList groups = doc.getElementsByTagName("g");
        final List<String> out = new ArrayList<>();
        for (int g = 0; g < groups.getLength(); g++) {
            final Element group = (Element) groups.item(g);
            if ("legend".equals(group.getAttribute("class"))) {
                final NodeList texts = group.getElementsByTagName("text");
                for (int i = 0; i < texts.getLength(); i++) {
                    out.add(texts.item(i).getTextContent());
                }
            }
        }
        return out;
    }

    private static List<Element> circles(final String svg) throws Exception {
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        final Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        final NodeList all = doc.getElementsByTagName("circle");
        final List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            final Element e = (Element) all.item(i);
            if (e.getAttribute("class").startsWith("receiver")) {
                out.add(e);
            }
        }
        return out;
    }

    private static double attr(final Element e, final String name) {
        return Double.parseDouble(e.getAttribute(name));
    }

    @Test
    void render_northWestAndSouthEast_landInTheirCornersInsideTheMargin() throws Exception {
        final List<Element> c = circles(render(List.of(
                rx("rx-nw", "NW", "A", new Position(23.36, 105.30)),
                rx("rx-se", "SE", "B", new Position(23.20, 105.40)))).svg());
        final Element nw = c.get(0);
        final Element se = c.get(1);
        assertTrue(attr(nw, "cx") < attr(se, "cx"), "west is left");
        assertTrue(attr(nw, "cy") < attr(se, "cy"), "north is up");
        for (Element e : c) {
            assertTrue(attr(e, "cx") >= FleetMap.PAD && attr(e, "cx") <= FleetMap.WIDTH - FleetMap.PAD);
            assertTrue(attr(e, "cy") >= FleetMap.PAD && attr(e, "cy") <= FleetMap.HEIGHT - FleetMap.PAD);
        }
        // the 0.16° of latitude fill the height less the 10 % margins (it is the tighter side)
        final double usable = FleetMap.HEIGHT - 2 * FleetMap.PAD;
        assertEquals(usable / 1.2, attr(se, "cy") - attr(nw, "cy"), 0.2);
    }

    @Test
    void render_equirectangular_longitudeShrunkByCosineOfLatitude() throws Exception {
        // 0.1° east and 0.1° north of each other at 60° N: the east step is drawn half as long as the north one
        final List<Element> c = circles(render(List.of(
                rx("rx-a", "a", "a", new Position(60.0, 10.0)),
                rx("rx-b", "b", "b", new Position(60.0, 10.1)),
                rx("rx-c", "c", "c", new Position(60.1, 10.0)))).svg());
        final double east = attr(c.get(1), "cx") - attr(c.get(0), "cx");
        final double north = attr(c.get(0), "cy") - attr(c.get(2), "cy");
        assertEquals(0.5, east / north, 0.01);
    }

    @Test
    void render_oneReceiver_isCentred() throws Exception {
        final Element only = circles(render(List.of(rx("rx-a", "a", "a", new Position(22.0, 104.0)))).svg())
                .get(0);
        assertEquals(FleetMap.WIDTH / 2.0, attr(only, "cx"), 0.1);
        assertEquals(FleetMap.HEIGHT / 2.0, attr(only, "cy"), 0.1);
    }

    @Test
    void render_colourByState_offlineBeatsOtherFlags() throws Exception {
        final List<Element> c = circles(render(List.of(
                rx("rx-on", "a", "a", new Position(22.0, 104.0)),
                rx("rx-flag", "b", "b", new Position(22.1, 104.1), "low-battery"),
                rx("rx-off", "c", "c", new Position(22.2, 104.2), "offline", "low-battery"))).svg());
        assertEquals("receiver online", c.get(0).getAttribute("class"));
        assertEquals("receiver flagged", c.get(1).getAttribute("class"));
        assertEquals("receiver offline", c.get(2).getAttribute("class"));
        assertEquals(FleetMap.State.OFFLINE.colour, c.get(2).getAttribute("fill"));
    }

    @Test
    void render_namesWithMarkup_areEscapedInTooltips() throws Exception {
        final String svg = render(List.of(rx("rx-x", "<script>alert(1)</script>", "Thôn \"Má\" & Lé",
                new Position(23.0, 105.0)))).svg();
        assertFalse(svg.contains("<script>"), svg);
        final Element c = circles(svg).get(0);
        assertEquals("<script>alert(1)</script> — Thôn \"Má\" & Lé (Trực tuyến)", c.getTextContent());
    }

    @Test
    void render_vietnameseLegend_vietnameseWordsOnly() throws Exception {
        final String svg = FleetMap.render(List.of(rx("rx-a", "a", "a", new Position(22.0, 104.0), "offline")), VI)
                .svg();
        assertEquals(List.of("Trực tuyến", "Cần chú ý", "Mất kết nối"), legend(svg));
        assertTrue(svg.contains("<title>Bản đồ loa</title>"), svg);
        assertEquals("a — a (Mất kết nối)", circles(svg).get(0).getTextContent());
        assertFalse(svg.contains("online") || svg.contains("Online") || svg.contains("Receiver"), svg);
    }

    @Test
    void render_englishLegend_englishWordsOnly() throws Exception {
        final String svg = FleetMap.render(List.of(rx("rx-a", "a", "a", new Position(22.0, 104.0), "low-battery")), EN)
                .svg();
        assertEquals(List.of("Online", "Flagged", "Offline"), legend(svg));
        assertTrue(svg.contains("aria-label=\"Receiver map\""), svg);
        assertEquals("a — a (Flagged)", circles(svg).get(0).getTextContent());
        assertFalse(svg.contains("Trực tuyến") || svg.contains("Bản đồ"), svg);
    }

    @Test
    void render_legendWithMarkup_isEscaped() {
        final String svg = FleetMap.render(List.of(), new FleetMap.Legend("<b>", "&", "\"", "<i>")).svg();
        assertFalse(svg.contains("<b>") || svg.contains("<i>"), svg);
        assertTrue(svg.contains("&lt;b&gt;") && svg.contains("&amp;"), svg);
    }

    @Test
    void render_withoutPosition_listedBesideTheMap() throws Exception {
        final ReceiverView lost = rx("rx-lost", "lost", "z", null);
        final FleetMap.Rendered r = render(List.of(rx("rx-a", "a", "a", new Position(22.0, 104.0)), lost));
        assertEquals(List.of(lost), r.unplaced());
        assertEquals(1, circles(r.svg()).size());
        assertEquals(0, circles(render(List.of(lost)).svg()).size());
    }
}
