package vn.loa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Login lockout over HTTP basic. The test profile locks for 4 seconds (loa.login.lock-duration), so the test can
 * wait a lock out; the 15-minute default is pinned by {@code LockoutPolicyTest}. Each test uses its own users.
 */
@QuarkusTest
class LockoutResourceTest {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String PASSWORD = "mat-khau-dung-roi";

    private static String newUser() {
        final String name = "lock" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        as("admin").body(Map.of("username", name, "password", PASSWORD, "role", "staff",
                "areaId", vn.loa.support.Api.demoAreaId())).post("/api/users")
                .then().statusCode(201);
        return name;
    }

    private static int login(final String user, final String password) {
        return given().auth().preemptive().basic(user, password).get("/api/me").statusCode();
    }

    private static void failTimes(final String user, final int times) {
        for (int i = 0; i < times; i++) {
            given().auth().preemptive().basic(user, "sai-mat-khau-" + i).get("/api/me").then().statusCode(401);
        }
    }

    @Test
    void login_fiveWrongThenRight_isRefusedUntilTheLockRunsOut() {
        final String user = newUser();
        failTimes(user, 5);
        given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(401)
                .body(not(containsString(PASSWORD)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> login(user, PASSWORD) == 200);
    }

    @Test
    void login_lock_isASecurityEventAndAnAuditEntry() {
        final String user = newUser();
        failTimes(user, 5);
        // a lock names a user, not a receiver: admins see it; officials see their area's receivers' events
        as("admin").get("/api/security-events").then().statusCode(200)
                .body("code", hasItem("login-locked"), "detail", hasItem(containsString("user " + user + " locked")));
        as("admin").queryParam("action", "login.locked").queryParam("subject", "user:" + user).get("/api/audit")
                .then().statusCode(200).body("total", equalTo(1), "entries[0].actor", equalTo(user))
                .body(not(containsString("sai-mat-khau")));
    }

    @Test
    void login_success_resetsTheCount() {
        final String user = newUser();
        failTimes(user, 4);
        given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(200);
        failTimes(user, 4);
        given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void login_oneUserLocked_othersUnaffected() {
        final String locked = newUser();
        final String other = newUser();
        failTimes(locked, 5);
        given().auth().preemptive().basic(locked, PASSWORD).get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(other, PASSWORD).get("/api/me").then().statusCode(200)
                .body("username", equalTo(other));
    }

    @Test
    void login_unknownUsername_isRefusedLikeAWrongPassword() {
        final String ghost = "ghost-" + System.nanoTime() % 100000;
        failTimes(ghost, 6);
        as("admin").queryParam("action", "login.locked").queryParam("subject", "user:" + ghost).get("/api/audit")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void unlock_byAdmin_letsTheUserInAtOnce() {
        final String user = newUser();
        failTimes(user, 5);
        as("admin").post("/api/users/" + user + "/unlock").then().statusCode(200)
                .body("username", equalTo(user), "wasLocked", equalTo(true));
        given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(200);
        as("admin").queryParam("action", "user.unlocked").queryParam("subject", "user:" + user).get("/api/audit")
                .then().statusCode(200).body("entries[0].actor", equalTo("admin"));
    }

    @Test
    void unlock_byNonAdmin_isForbidden() {
        as("staff").post("/api/users/staff/unlock").then().statusCode(403);
    }

    @Test
    void unlock_unknownUser_isNotFound() {
        as("admin").post("/api/users/nobody-here/unlock").then().statusCode(404)
                .body("type", containsString("not-found"));
    }

    @Test
    void create_user_isAuditedWithoutThePassword() {
        final String user = newUser();
        as("admin").queryParam("action", "user.created").queryParam("subject", "user:" + user).get("/api/audit")
                .then().statusCode(200).body("total", equalTo(1), "entries[0].actor", equalTo("admin"),
                        "entries[0].detail", equalTo("{\"role\":\"staff\"}"))
                .body(not(containsString(PASSWORD)));
    }
}
