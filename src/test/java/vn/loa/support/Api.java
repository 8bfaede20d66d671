package vn.loa.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Test helpers for the REST API: logged-in requests and the demo users seeded in the test profile. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo-test-password";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Api() {
    }

    public static RequestSpecification as(final String user) {
        final String password = "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON);
    }

    /** The demo users' area (Lũng Cú commune, in the demo province Tuyên Quang). */
    /**
     * A user of {@code role} ({@code staff}, {@code approver}, {@code official}) placed at the demo province, so it
     * sees every commune's receivers (the demo users stand in the commune Lũng Cú); password {@link #DEMO_PASSWORD},
     * so {@link #as}, {@code UiSession.login} and {@code Browser.login} work with it. Created on first use.
     */
    public static String provinceUser(final String role) {
        final String name = "tinh-" + role;
        final long province = as("admin").get("/api/areas/" + demoAreaId()).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        as("admin").body(Map.of("username", name, "password", DEMO_PASSWORD, "role", role, "areaId", province))
                .post("/api/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        return name;
    }

    public static long demoAreaId() {
        return as("staff").get("/api/me").then().statusCode(200).extract().jsonPath().getLong("areaId");
    }

    /** Creates an approved English bulletin written by {@code staff} and approved by {@code approver}. */
    /** Schedules a new approved bulletin on one receiver two hours ahead, as staff; returns the broadcast id. */
    public static long broadcastTo(final String receiverId) {
        final long bulletin = approvedBulletin("Meeting", "The village meeting starts at eight tonight.");
        return as("staff").body(java.util.Map.of("bulletinId", bulletin,
                "playAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).plusHours(2).toString(),
                "targets", java.util.Map.of("receivers", java.util.List.of(receiverId)))).post("/api/broadcasts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long approvedBulletin(final String title, final String text) {
        final long id = as("staff").body(Map.of("title", title, "text", text, "language", "en",
                "priority", "important")).post("/api/bulletins").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        return id;
    }
}
