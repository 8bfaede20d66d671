package vn.loa.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/** {@code /ui/slots}: make a daily slot, plan an occurrence (add, move, remove), refusals in words, both languages. */
@QuarkusTest
class SlotPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern AT = Pattern.compile("name=\"at\" value=\"([^\"]+)\"");
    /** Each test's slot an hour after the previous one's, from 14:00 the day after tomorrow. */
    private static final AtomicInteger NEXT = new AtomicInteger();

    private static String formToken(final UiSession s) {
        final Matcher m = FORM_TOKEN.matcher(s.get("/ui/slots").asString());
        assertTrue(m.find(), "the page has a form token");
        return m.group(1);
    }

    private static Map<String, String> form(final UiSession s, final String day, final String minutes) {
        return Map.of("formToken", formToken(s), "areaId", Long.toString(Api.demoAreaId()), "name",
                "Bản tin chiều", "day", day, "time", String.format("%02d:00", 14 + NEXT.getAndIncrement()),
                "days", "2", "minutes", minutes, "pause", "2");
    }

    private static String dayAfterTomorrow() {
        return LocalDate.now(ZoneOffset.ofHours(7)).plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String made(final Response r) {
        assertEquals(303, r.statusCode(), r.asString());
        return r.header("Location").replaceAll("^.*(/ui/slots/\\d+)$", "$1");
    }

    @Test
    void planAnOccurrence_addMoveRemove_theTotalFollows() {
        final long a = Api.approvedBulletin("Tin chiều A", "First.");
        final long b = Api.approvedBulletin("Tin chiều B", "Second.");
        final UiSession s = UiSession.login("staff");
        s.csrfFrom("/ui/slots");
        final String page = made(s.post("/ui/slots", form(s, dayAfterTomorrow(), "10")));
        final String html = s.get(page).asString();
        assertTrue(html.contains("Bản tin chiều") && html.contains("Danh sách phát"), html);
        final Matcher at = AT.matcher(html);
        assertTrue(at.find(), "the first occurrence is open for planning");
        final String when = at.group(1);
        final String items = page + "/items";
        assertEquals(303, s.post(items, Map.of("at", when, "ids", "", "add", Long.toString(a))).statusCode());
        assertEquals(303, s.post(items, Map.of("at", when, "ids", Long.toString(a), "add", Long.toString(b)))
                .statusCode());
        String shown = s.get(page + "?at=" + when).asString();
        assertTrue(shown.indexOf("Tin chiều A") < shown.indexOf("Tin chiều B"), "in order");
        assertTrue(shown.contains("còn trống"), "the total and the free seconds");
        // move B up: the page's own "up" button posts "b,a"
        assertEquals(303, s.post(items, Map.of("at", when, "ids", b + "," + a)).statusCode());
        shown = s.get(page + "?at=" + when).asString();
        assertTrue(shown.indexOf("Tin chiều B") < shown.indexOf("Tin chiều A"), "moved");
        assertEquals(303, s.post(items, Map.of("at", when, "ids", Long.toString(a))).statusCode());
        shown = s.get(page + "?at=" + when).asString();
        assertFalse(shown.contains("data-bulletin=\"" + b + "\""), "removed");
    }

    @Test
    void playlistTooLong_refusedWithTheOverrunInWords() {
        final long a = Api.approvedBulletin("Tin dài", "The commune news at six.");
        final UiSession s = UiSession.login("staff");
        s.csrfFrom("/ui/slots");
        final String page = made(s.post("/ui/slots", form(s, dayAfterTomorrow(), "1")));
        final Matcher at = AT.matcher(s.get(page).asString());
        assertTrue(at.find());
        final String many = String.join(",", java.util.Collections.nCopies(30, Long.toString(a)));
        final Response r = s.post(page + "/items", Map.of("at", at.group(1), "ids", many));
        assertEquals(409, r.statusCode());
        assertTrue(r.asString().contains("Danh sách dài hơn khung giờ"), r.asString());
        final long slot = Long.parseLong(page.replaceAll("\\D", ""));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> SlotItem.count("slotId", slot)));
    }

    @Test
    void badForm_messageInThePage_nothingMade() {
        final UiSession s = UiSession.login("staff");
        s.csrfFrom("/ui/slots");
        final long before = QuarkusTransaction.requiringNew().call(() -> Slot.count());
        final Response r = s.post("/ui/slots", form(s, "31/02/2026", "10"));
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("Kiểm tra lại các ô"), r.asString());
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Slot.count()));
    }

    @Test
    void english_andOfficialsReadOnly() {
        final UiSession o = UiSession.login("official");
        final String en = o.get("/ui/slots?lang=en").asString();
        assertTrue(en.contains("Broadcast programme"), en);
        assertFalse(en.contains("id=\"slot-form\""), "no create form for an official");
        assertEquals(403, o.post("/ui/slots", Map.of("name", "x")).statusCode());
    }
}
