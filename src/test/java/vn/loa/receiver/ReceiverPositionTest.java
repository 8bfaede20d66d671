package vn.loa.receiver;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceiverPositionTest {

    private static Map<String, Object> receiver(final String id, final Object lat, final Object lon) {
        final Map<String, Object> body = new HashMap<>(Map.of("id", id, "name", "Loa " + id, "village", "Lũng Táo",
                "commune", "Xã Bản Đồ"));
        if (lat != null) {
            body.put("latitude", lat);
        }
        if (lon != null) {
            body.put("longitude", lon);
        }
        return body;
    }

    @Test
    void register_withPosition_showsIt() {
        as("admin").body(receiver("rx-pos-01", 23.2616, 105.2570)).post("/api/receivers").then().statusCode(201)
                .body("position.latitude", equalTo(23.2616f), "position.longitude", equalTo(105.257f));
        as(vn.loa.support.Api.provinceUser("official")).get("/api/receivers/rx-pos-01").then().statusCode(200).body("position.latitude", equalTo(23.2616f));
    }

    @Test
    void register_withoutPosition_isNull() {
        as("admin").body(receiver("rx-pos-02", null, null)).post("/api/receivers").then().statusCode(201)
                .body("position", nullValue());
    }

    @Test
    void register_badPosition_isProblem400() {
        as("admin").body(receiver("rx-pos-03", 91, 105)).post("/api/receivers").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("latitude"));
        as("admin").body(receiver("rx-pos-04", 23, null)).post("/api/receivers").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-position"));
        as("admin").body(receiver("rx-pos-05", "north", 105)).post("/api/receivers").then().statusCode(400)
                .contentType("application/problem+json");
        as("official").get("/api/receivers/rx-pos-04").then().statusCode(404);
    }

    @Test
    void putPosition_adminSetsAndClears_othersMayNot() {
        as("admin").body(receiver("rx-pos-06", null, null)).post("/api/receivers").then().statusCode(201);
        as("admin").body(Map.of("latitude", 52.52, "longitude", 13.405)).put("/api/receivers/rx-pos-06/position")
                .then().statusCode(200).body("position.latitude", equalTo(52.52f)); // any valid place is accepted
        as("staff").body(Map.of("latitude", 23, "longitude", 105)).put("/api/receivers/rx-pos-06/position")
                .then().statusCode(403);
        as("official").body(Map.of("latitude", 23, "longitude", 105)).put("/api/receivers/rx-pos-06/position")
                .then().statusCode(403);
        as("admin").body(Map.of("latitude", 23, "longitude", 181)).put("/api/receivers/rx-pos-06/position")
                .then().statusCode(400).body("errors.field", hasItem("longitude"));
        as("admin").body(Map.of("latitude", 23)).put("/api/receivers/rx-pos-06/position")
                .then().statusCode(400).body("errors.field", hasItem("longitude"));
        as("admin").body(Map.of("latitude", 23, "longitude", 105)).put("/api/receivers/rx-none/position")
                .then().statusCode(404);
        as(vn.loa.support.Api.provinceUser("official")).get("/api/receivers/rx-pos-06").then().body("position.longitude", equalTo(13.405f));
        as("admin").delete("/api/receivers/rx-pos-06/position").then().statusCode(200).body("position", nullValue());
    }

    @Test
    void mapSvg_everyRole_escapedNames() {
        as("admin").body(Map.of("id", "rx-pos-xss", "name", "<script>alert(1)</script>", "village", "Thôn <b>",
                "commune", "Xã Bản Đồ", "latitude", 23.3, "longitude", 105.3)).post("/api/receivers").then()
                .statusCode(201);
        for (String user : new String[] {"staff", "approver", "official", "admin"}) {
            as("admin".equals(user) ? user : vn.loa.support.Api.provinceUser(user)).queryParam("commune", "Xã Bản Đồ").get("/api/fleet/map.svg").then().statusCode(200)
                    .contentType("image/svg+xml")
                    .body(containsString("data-id=\"rx-pos-xss\""), not(containsString("<script>")),
                            containsString("&lt;script&gt;alert(1)&lt;/script&gt; — Thôn &lt;b&gt;"));
        }
        RestAssured.given().get("/api/fleet/map.svg").then().statusCode(401);
    }
}
