package vn.loa.receiver;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceiverResourceTest {

    @Test
    void register_withId_thenListAndShow() {
        as("admin").body(Map.of("id", "rx-sung-la-01", "name", "Loa chợ Sủng Là", "village", "Sủng Là",
                "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201)
                .body("id", equalTo("rx-sung-la-01"), "online", equalTo(false));
        as("official").get("/api/receivers/rx-sung-la-01").then().statusCode(200).body("village", equalTo("Sủng Là"));
        as("staff").queryParam("commune", "Lũng Cú").get("/api/receivers").then().statusCode(200)
                .body("id", hasItem("rx-sung-la-01"));
    }

    @Test
    void register_withoutId_makesTopicSafeIdFromVillage() {
        as("admin").body(Map.of("name", "Loa thôn Đoàn Kết", "village", "Đoàn Kết", "commune", "Lũng Cú"))
                .post("/api/receivers").then().statusCode(201).body("id", matchesPattern("doan-ket-[0-9a-f]{4}"));
    }

    @Test
    void register_duplicateId_isConflict() {
        final Map<String, String> body = Map.of("id", "rx-dup-01", "name", "a", "village", "b", "commune", "Lũng Cú");
        as("admin").body(body).post("/api/receivers").then().statusCode(201);
        as("admin").body(body).post("/api/receivers").then().statusCode(409).body("type", equalTo("/problems/receiver-exists"));
    }

    @Test
    void register_idWithMqttWildcards_isRefused() {
        as("admin").body(Map.of("id", "rx/+/#", "name", "a", "village", "b", "commune", "c"))
                .post("/api/receivers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("id"));
    }

    @Test
    void register_byStaff_isForbidden() {
        as("staff").body(Map.of("name", "a", "village", "b", "commune", "c")).post("/api/receivers")
                .then().statusCode(403);
    }

    @Test
    void get_unknown_is404() {
        as("official").get("/api/receivers/rx-unknown").then().statusCode(404).contentType("application/problem+json");
    }
}
