package vn.loa.token;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/** {@code /ui/tokens}: make (shown once), double submit, refusals in words, revoke. */
@QuarkusTest
class TokenPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">(loa_[A-Za-z0-9_-]{43})<");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static String formToken(final UiSession s) {
        final Matcher m = FORM_TOKEN.matcher(s.get("/ui/tokens").asString());
        assertTrue(m.find(), "the page has a form token");
        return m.group(1);
    }

    private static int tokenCount(final String user) {
        return as(user).get("/api/tokens").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void create_showsTheTokenOnce_andItWorksOnTheApi() {
        final UiSession s = UiSession.login("staff");
        s.csrfFrom("/ui/tokens");
        final String form = formToken(s);
        final String name = "trang-" + COUNTER.incrementAndGet();
        final Response made = s.post("/ui/tokens", Map.of("formToken", form, "name", name, "days", "7"));
        assertEquals(200, made.statusCode(), made.asString());
        assertEquals("no-store", made.header("Cache-Control"));
        final Matcher m = SECRET.matcher(made.asString());
        assertTrue(m.find(), "the new token is shown");
        final String secret = m.group(1);
        given().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(200);
        // the list shows its name and prefix, never the token again
        final String list = s.get("/ui/tokens").asString();
        assertTrue(list.contains(name) && list.contains(secret.substring(0, 10)), "listed");
        assertFalse(list.contains(secret), "never shown again");
        // the same form sent again makes nothing more
        final int before = tokenCount("staff");
        final Response again = s.post("/ui/tokens", Map.of("formToken", form, "name", name + "-b", "days", "7"));
        assertEquals(303, again.statusCode());
        assertTrue(again.header("Location").endsWith("/ui/tokens"));
        assertEquals(before, tokenCount("staff"));
    }

    @Test
    void create_badInput_showsTheReasonInThePage_andMakesNothing() {
        final UiSession s = UiSession.login("approver");
        s.csrfFrom("/ui/tokens");
        final int before = tokenCount("approver");
        final Map<String, String> messages = Map.of(
                "", "Cần đặt tên cho mã.",
                "có dấu", "Tên mã gồm 1–40 ký tự",
                "x".repeat(41), "Tên mã gồm 1–40 ký tự");
        messages.forEach((name, message) -> {
            final Response r = s.post("/ui/tokens", Map.of("formToken", formToken(s), "name", name, "days", "7"));
            assertEquals(400, r.statusCode());
            assertTrue(r.asString().contains(message), "shows: " + message);
        });
        for (String days : new String[] {"0", "367", "abc", ""}) {
            final Response r = s.post("/ui/tokens", Map.of("formToken", formToken(s), "name", "ok", "days", days));
            assertEquals(400, r.statusCode());
            assertTrue(r.asString().contains("Số ngày phải là số nguyên từ 1 đến 366."), "days " + days);
        }
        final Response stale = s.post("/ui/tokens", Map.of("formToken", "not-issued", "name", "ok", "days", "7"));
        assertEquals(400, stale.statusCode());
        assertTrue(stale.asString().contains("Biểu mẫu đã cũ"));
        assertEquals(before, tokenCount("approver"));
    }

    @Test
    void create_inEnglish_speaksEnglish() {
        final UiSession s = UiSession.login("official");
        final String page = s.get("/ui/tokens?lang=en").asString();
        assertTrue(page.contains("API access tokens"), page);
        s.csrfFrom("/ui/tokens");
        final Response r = s.post("/ui/tokens", Map.of("formToken", formToken(s), "name", "", "days", "7"));
        assertTrue(r.asString().contains("A token needs a name."));
    }

    @Test
    void revoke_fromThePage_refusesTheTokenAtOnce() {
        final String name = "thu-hoi-" + COUNTER.incrementAndGet();
        final Map<String, Object> made = as("staff").body(Map.of("name", name, "days", 3)).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getMap("");
        final String secret = (String) made.get("secret");
        final long id = as("staff").get("/api/tokens").then().extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
        final UiSession s = UiSession.login("staff");
        s.csrfFrom("/ui/tokens");
        final Response r = s.post("/ui/tokens/" + id + "/revoke", Map.of());
        assertEquals(303, r.statusCode());
        given().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(401);
        // someone else's token is not found
        final UiSession other = UiSession.login("approver");
        other.csrfFrom("/ui/tokens");
        final Response refused = other.post("/ui/tokens/" + id + "/revoke", Map.of());
        assertEquals(404, refused.statusCode());
        assertTrue(refused.asString().contains("Không tìm thấy mã này."));
    }

    @Test
    void admin_makesAServiceAccountToken_fromThePage() {
        final UiSession s = UiSession.login("admin");
        final String page = s.csrfFrom("/ui/tokens");
        assertTrue(page != null);
        final String account = "tram-" + COUNTER.incrementAndGet();
        final Response r = s.post("/ui/tokens", Map.of("formToken", formToken(s), "name", "dong-bo", "days", "30",
                "serviceAccount", account, "role", "official", "areaId", String.valueOf(vn.loa.support.Api.demoAreaId())));
        assertEquals(200, r.statusCode(), r.asString());
        final Matcher m = SECRET.matcher(r.asString());
        assertTrue(m.find());
        given().header("Authorization", "Bearer " + m.group(1)).get("/api/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo(account));
    }
}
