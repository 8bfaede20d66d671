package vn.loa.upward;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/upward/targets}: every bad input is problem JSON, and no answer shows a secret. */
@QuarkusTest
class UpwardTargetsResourceTest {

    private static UpwardFixture.Commune commune;

    @Inject
    UpwardFixture fixture;

    @BeforeEach
    void once() {
        if (commune == null) {
            commune = fixture.commune("Nơi Nhận");
        }
    }

    @Test
    void targets_badInput_isProblemJson_andSecretsNeverShown() {
        final long id = as("admin").body(Map.of("name", "tinh-" + System.nanoTime(), "url", "http://127.0.0.1:9/loa",
                "areaId", commune.id(), "dailyReport", false, "auth", "bearer", "secret", "s3cret-shown?"))
                .post("/api/upward/targets").then().statusCode(201).body(not(containsString("s3cret"))).extract()
                .jsonPath().getLong("id");
        as("admin").get("/api/upward/targets").then().statusCode(200).body(not(containsString("s3cret")))
                .body("secretSet", org.hamcrest.Matchers.hasItem(true));
        bad(Map.of("name", "x", "url", "ftp://tinh.example/", "areaId", commune.id()), 400, "invalid-url");
        bad(Map.of("name", "x", "url", "http://u:p@tinh.example/", "areaId", commune.id()), 400, "invalid-url");
        bad(Map.of("name", "x", "url", "http://tinh.example/", "areaId", commune.id(), "auth", "bearer"), 400,
                "secret-required");
        bad(Map.of("name", "x", "url", "http://tinh.example/", "areaId", commune.id(), "auth", "basic", "secret", "p"),
                400, "username-required");
        bad(Map.of("name", "x", "url", "http://tinh.example/", "areaId", commune.id(), "auth", "digest"), 400,
                "invalid-auth");
        bad(Map.of("name", "", "url", "http://tinh.example/", "areaId", commune.id()), 400, "invalid-name");
        bad(Map.of("name", "x", "url", "http://tinh.example/"), 400, "area-required");
        bad(Map.of("name", "x", "url", "http://tinh.example/", "areaId", 987_654_321), 404, "not-found");
        as("admin").post("/api/upward/targets/987654321/send").then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").queryParam("from", "01/01/2026").queryParam("to", "01/03/2026")
                .post("/api/upward/targets/" + id + "/send").then().statusCode(400)
                .body("type", equalTo("/problems/period-too-long"));
        as("admin").queryParam("state", "lost").get("/api/upward/outbox").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-state"));
        as("official").get("/api/upward/targets").then().statusCode(403);
        as("admin").delete("/api/upward/targets/" + id).then().statusCode(200).body("enabled", equalTo(false));
        as("admin").post("/api/upward/targets/" + id + "/send").then().statusCode(409)
                .body("type", equalTo("/problems/target-disabled"));
        final long dup = as("admin").body(Map.of("name", "dup-" + id, "url", "http://127.0.0.1:9/loa",
                "areaId", commune.id(), "dailyReport", false)).post("/api/upward/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        bad(Map.of("name", "dup-" + id, "url", "http://127.0.0.1:9/loa", "areaId", commune.id()), 409,
                "target-name-taken");
        as("admin").delete("/api/upward/targets/" + dup).then().statusCode(200);
    }

    private static void bad(final Map<String, Object> body, final int status, final String type) {
        as("admin").body(body).post("/api/upward/targets").then().statusCode(status)
                .contentType("application/problem+json").body("type", equalTo("/problems/" + type));
    }
}
