package vn.loa.portal;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** {@code /api/portal-feeds}: administrators only; every bad input a problem JSON. */
@QuarkusTest
class PortalFeedResourceTest {

    private static Map<String, Object> body(final String url, final Object areaId) {
        final Map<String, Object> b = new HashMap<>();
        b.put("url", url);
        b.put("areaId", areaId);
        return b;
    }

    @Test
    void add_list_pause_remove() {
        final long area = Api.demoAreaId();
        final io.restassured.response.Response created = as("admin")
                .body(body("https://lungcu.example.vn/rss/tin-tuc.xml", area)).post("/api/portal-feeds");
        created.then().statusCode(201).body("name", equalTo("lungcu.example.vn")).body("areaId", equalTo((int) area))
                .body("paused", equalTo(false)).body("lastStatus", equalTo(null));
        final long id = created.jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/portal-feeds/" + id));
        as("admin").get("/api/portal-feeds").then().statusCode(200).body("id", hasItem((int) id));
        as("admin").body(Map.of("paused", true)).put("/api/portal-feeds/" + id + "/paused").then().statusCode(200)
                .body("paused", equalTo(true));
        as("admin").body(body("https://lungcu.example.vn/rss/tin-tuc.xml", area)).post("/api/portal-feeds")
                .then().statusCode(409).body("type", equalTo("/problems/portal-feed-exists"));
        as("admin").delete("/api/portal-feeds/" + id).then().statusCode(204);
        as("admin").get("/api/portal-feeds").then().body("id", not(hasItem((int) id)));
        as("admin").delete("/api/portal-feeds/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void badUrl_notHttp_credentials_tooLong_refused() {
        final long area = Api.demoAreaId();
        for (String url : new String[] {"không phải địa chỉ", "ftp://lungcu.example.vn/rss", "javascript:alert(1)",
                "file:///etc/passwd", "/rss.xml", "http://user:pw@lungcu.example.vn/rss",
                "https://lungcu.example.vn/" + "a".repeat(1000)}) {
            as("admin").body(body(url, area)).post("/api/portal-feeds").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
        as("admin").body(body("ftp://lungcu.example.vn/rss", area)).post("/api/portal-feeds").then()
                .body("type", equalTo("/problems/invalid-feed-url"));
        as("admin").body(Map.of("areaId", area)).post("/api/portal-feeds").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as("admin").body(Map.of("url", "https://x.example.vn/rss", "areaId", area, "name", "a\nb"))
                .post("/api/portal-feeds").then().statusCode(400).body("type", equalTo("/problems/invalid-feed-name"));
    }

    @Test
    void unknownOrVillageArea_refused() {
        as("admin").body(body("https://x.example.vn/rss", 999_999_999L)).post("/api/portal-feeds").then()
                .statusCode(400).body("type", equalTo("/problems/unknown-area"));
        as("admin").body(body("https://x.example.vn/rss", null)).post("/api/portal-feeds").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        final long village = as("admin").get("/api/areas").then().extract().jsonPath()
                .getLong("find { it.name == 'Thèn Ván' }.id");
        as("admin").body(body("https://x.example.vn/rss", village)).post("/api/portal-feeds").then()
                .statusCode(400).body("type", equalTo("/problems/feed-area-level"));
    }

    @Test
    void wrongRole_403_anonymous_401() {
        final Map<String, Object> ok = body("https://x.example.vn/rss", Api.demoAreaId());
        for (String user : new String[] {"staff", "approver", "official"}) {
            as(user).get("/api/portal-feeds").then().statusCode(403);
            as(user).body(ok).post("/api/portal-feeds").then().statusCode(403)
                    .contentType(startsWith("application/problem+json"));
            as(user).delete("/api/portal-feeds/1").then().statusCode(403);
        }
        io.restassured.RestAssured.given().get("/api/portal-feeds").then().statusCode(401);
    }

    @Test
    void pause_unknownOrWithoutBody_refused() {
        as("admin").body(Map.of("paused", true)).put("/api/portal-feeds/999999999/paused").then().statusCode(404);
        as("admin").body(Map.of()).put("/api/portal-feeds/999999999/paused").then().statusCode(400);
        as("admin").body(Map.of("paused", "yes")).put("/api/portal-feeds/999999999/paused").then().statusCode(400);
    }
}
