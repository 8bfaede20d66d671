package vn.loa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DailyChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    static Document parse(final String svg) throws Exception {
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(final Document doc, final String tag, final String cssClass) {
        final List<Element> out = new ArrayList<>();
        final NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            final Element e = (Element) all.item(i);
            if (cssClass.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void svg_twoDays_barsProportionalToCounts() throws Exception {
        final Document doc = parse(DailyChart.svg(List.of(new DailyPlays(DAY, 10, 5), new DailyPlays(DAY.plusDays(1), 4, 0)),
                "Plays", "đã phát", "lỗi"));
        final List<Element> played = byClass(doc, "rect", "played");
        final List<Element> failed = byClass(doc, "rect", "failed");
        assertEquals(2, played.size());
        assertEquals(2, failed.size());
        final double full = DailyChart.HEIGHT - DailyChart.TOP - DailyChart.BOTTOM;
        assertEquals(full, Double.parseDouble(played.get(0).getAttribute("height")), 0.05); // 10 is the top of the axis
        assertEquals(full * 0.4, Double.parseDouble(played.get(1).getAttribute("height")), 0.05);
        assertEquals(full * 0.5, Double.parseDouble(failed.get(0).getAttribute("height")), 0.05);
        assertEquals(0, Double.parseDouble(failed.get(1).getAttribute("height")), 0.05);
        assertEquals("06/12: 10 đã phát", played.get(0).getTextContent());
    }

    @Test
    void svg_axisLabels_zeroHalfAndRoundMaximum() throws Exception {
        final Document doc = parse(DailyChart.svg(List.of(new DailyPlays(DAY, 7, 3)), "t", "p", "f"));
        assertEquals(List.of("0", "5", "10"), byClass(doc, "text", "y-label").stream().map(Element::getTextContent).toList());
        assertEquals(List.of("06/12"), byClass(doc, "text", "x-label").stream().map(Element::getTextContent).toList());
    }

    @Test
    void svg_labelsWithMarkup_areEscaped() throws Exception {
        final String svg = DailyChart.svg(List.of(new DailyPlays(DAY, 1, 0)), "<script>alert(1)</script>",
                "\"><script>x</script>", "a & b");
        assertFalse(svg.contains("<script>"), svg);
        final Document doc = parse(svg);
        assertEquals("<script>alert(1)</script>", doc.getDocumentElement().getAttribute("aria-label"));
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertTrue(svg.contains("a &amp; b"));
    }

    @Test
    void svg_longRange_thinsDayLabels() throws Exception {
        final List<DailyPlays> days = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            days.add(new DailyPlays(DAY.plusDays(i), i, 0));
        }
        final Document doc = parse(DailyChart.svg(days, "t", "p", "f"));
        assertEquals(60, byClass(doc, "rect", "played").size());
        assertEquals(15, byClass(doc, "text", "x-label").size()); // every 4th day
    }

    @Test
    void svg_noDays_isStillAnEmptyChart() throws Exception {
        final Document doc = parse(DailyChart.svg(List.of(), "t", "p", "f"));
        assertEquals(0, byClass(doc, "rect", "played").size());
        assertEquals("svg", doc.getDocumentElement().getTagName());
    }

    @Test
    void niceMax_roundsUpToAnEvenTwoFourTen() {
        assertEquals(2, DailyChart.niceMax(0));
        assertEquals(2, DailyChart.niceMax(1));
        assertEquals(4, DailyChart.niceMax(3));
        assertEquals(10, DailyChart.niceMax(5));
        assertEquals(20, DailyChart.niceMax(11));
        assertEquals(200, DailyChart.niceMax(101));
    }
}
