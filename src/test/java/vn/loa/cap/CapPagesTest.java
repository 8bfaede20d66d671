package vn.loa.cap;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/** {@code /ui/cap/senders}: an administrator adds (once per form) and removes trusted senders; refusals in words. */
@QuarkusTest
class CapPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("<tr data-sender=\"(\\d+)\">\\s*<td>([^<]+)</td>");

    private static String formToken(final UiSession s) {
        final Matcher m = FORM_TOKEN.matcher(s.get("/ui/cap/senders").asString());
        assertTrue(m.find(), "the page has a form token");
        return m.group(1);
    }

    private static long idOf(final String page, final String sender) {
        final Matcher m = ROW.matcher(page);
        while (m.find()) {
            if (m.group(2).equals(sender)) {
                return Long.parseLong(m.group(1));
            }
        }
        return -1;
    }

    @Test
    void add_thenRemove_onceEvenWhenSentTwice() {
        final UiSession s = UiSession.login("admin");
        s.csrfFrom("/ui/cap/senders");
        final String form = formToken(s);
        final String pem = CapSamples.publicPem(CapSamples.rsa().getPublic());
        final Response added = s.post("/ui/cap/senders", Map.of("formToken", form, "sender", "trang@pctt.gov.vn",
                "key", pem));
        assertEquals(303, added.statusCode(), added.asString());
        final String page = s.get("/ui/cap/senders").asString();
        final long id = idOf(page, "trang@pctt.gov.vn");
        assertTrue(id > 0, "listed");
        assertEquals(303, s.post("/ui/cap/senders", Map.of("formToken", form, "sender", "trang@pctt.gov.vn",
                "key", pem)).statusCode());
        as("admin").get("/api/cap/senders").then().body("sender", hasItem("trang@pctt.gov.vn"));

        assertEquals(303, s.post("/ui/cap/senders/" + id + "/remove", Map.of()).statusCode());
        as("admin").get("/api/cap/senders").then().body("sender", not(hasItem("trang@pctt.gov.vn")));
    }

    @Test
    void badKeyOrSender_shownInThePage_inTheChosenLanguage() {
        final UiSession s = UiSession.login("admin");
        s.csrfFrom("/ui/cap/senders");
        final Response bad = s.post("/ui/cap/senders", Map.of("formToken", formToken(s), "sender", "x@y.vn",
                "key", "khong phai khoa"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("Khoá không hợp lệ"), "the refusal in Vietnamese");
        assertTrue(bad.asString().contains("khong phai khoa"), "the form shown back");
        final Response badSender = s.post("/ui/cap/senders", Map.of("formToken", formToken(s), "sender",
                "co dau cach", "key", CapSamples.publicPem(CapSamples.rsa().getPublic())));
        assertEquals(400, badSender.statusCode());
        assertTrue(badSender.asString().contains("Mã người gửi không hợp lệ"));
        as("admin").get("/api/cap/senders").then().body("sender", not(hasItem("x@y.vn")));

        s.get("/ui/cap/senders?lang=en");
        final String en = s.post("/ui/cap/senders", Map.of("formToken", formToken(s), "sender", "x@y.vn",
                "key", "not a key")).asString();
        assertTrue(en.contains("Invalid key"), "the refusal in English");
        assertFalse(en.contains("Khoá không hợp lệ"));
    }
}
