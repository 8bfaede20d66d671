package vn.loa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/**
 * Login lockout through the web UI's form login ({@code /j_security_check}): the same {@link LockoutIdentityProvider}
 * guards it as HTTP basic ({@link LockoutResourceTest}), so five wrong passwords lock the form too, the right
 * password then gets no session, and the lock is a security event and an audit entry. The test profile's lock lasts
 * 4 seconds.
 */
@QuarkusTest
class FormLoginLockoutTest {

    private static final String PASSWORD = "mat-khau-dung-roi";

    private static String newUser() {
        final String name = "formlock-" + System.nanoTime() % 1000000;
        as("admin").body(Map.of("username", name, "password", PASSWORD, "role", "staff",
                "areaId", Api.demoAreaId())).post("/api/users").then().statusCode(201);
        return name;
    }

    private static Response formLogin(final String user, final String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    private static void assertRefused(final Response r) {
        assertEquals(302, r.statusCode(), "a refused form login goes back to the login page");
        assertTrue(r.header("Location").endsWith("/ui/login?error=1"), r.header("Location"));
        assertNull(r.getCookie("loa-session"), "no session for a refused login");
    }

    @Test
    void formLogin_fiveWrongPasswords_locksTheRightPasswordOutUntilTheLockRunsOut() {
        final String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertRefused(formLogin(user, "sai-mat-khau-" + i));
        }
        final Response sixth = formLogin(user, PASSWORD);
        assertRefused(sixth);
        // and the refused attempt really holds no session: the home page still sends the caller to the login page
        given().redirects().follow(false).cookies(sixth.getCookies()).get("/ui").then().statusCode(302)
                .header("Location", endsWith("/ui/login"));

        as("admin").get("/api/security-events?limit=1000").then().statusCode(200)
                .body("code", hasItem("login-locked"), "detail", hasItem(containsString("user " + user + " locked")));
        as("admin").queryParam("action", "login.locked").queryParam("subject", "user:" + user).get("/api/audit")
                .then().statusCode(200).body("total", equalTo(1), "entries[0].actor", equalTo(user))
                .body(not(containsString("sai-mat-khau")), not(containsString(PASSWORD)));

        // once the (4 s) lock runs out, the right password gets a session through the form again
        Awaitility.await("the lock runs out").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> formLogin(user, PASSWORD).getCookie("loa-session") != null);
    }

    @Test
    void formLogin_fourWrongPasswords_stillLetsTheRightOneIn() {
        final String user = newUser();
        for (int i = 0; i < 4; i++) {
            assertRefused(formLogin(user, "sai-mat-khau-" + i));
        }
        final Response r = formLogin(user, PASSWORD);
        assertEquals(302, r.statusCode());
        assertTrue(r.header("Location").endsWith("/ui"), r.header("Location"));
        assertTrue(r.getCookie("loa-session") != null, "a session cookie for the right password");
        as("admin").queryParam("action", "login.locked").queryParam("subject", "user:" + user).get("/api/audit")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
