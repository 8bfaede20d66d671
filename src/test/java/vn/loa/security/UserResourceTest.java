package vn.loa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    @Test
    void create_thenLogIn_withNewRole() {
        as("admin").body(Map.of("username", "can.bo.xa", "password", "mat-khau-rat-dai", "role", "official",
                "areaId", vn.loa.support.Api.demoAreaId())).post("/api/users").then().statusCode(201)
                .body("role", equalTo("official"), "areaId", equalTo((int) vn.loa.support.Api.demoAreaId()),
                        "$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        given().auth().preemptive().basic("can.bo.xa", "mat-khau-rat-dai").get("/api/me").then().statusCode(200)
                .body("username", equalTo("can.bo.xa"), "role", equalTo("official"));
    }

    @Test
    void list_neverShowsPasswordHashes() {
        as("admin").get("/api/users").then().statusCode(200).body("username", hasItem("admin"))
                .body(not(containsString("$2a$")));
    }

    @Test
    void create_shortPasswordOrUnknownRole_isRefused() {
        as("admin").body(Map.of("username", "x1x", "password", "short", "role", "staff")).post("/api/users")
                .then().statusCode(400).body("errors.field", hasItem("password"));
        as("admin").body(Map.of("username", "x2x", "password", "long-enough-password", "role", "king"))
                .post("/api/users").then().statusCode(400).body("errors.field", hasItem("role"));
    }

    @Test
    void create_byNonAdmin_isForbidden() {
        as("staff").body(Map.of("username", "x3x", "password", "long-enough-password", "role", "admin"))
                .post("/api/users").then().statusCode(403);
    }
}
