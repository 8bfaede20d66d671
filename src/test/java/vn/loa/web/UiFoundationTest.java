package vn.loa.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/** Form login, logout, the path rules between UI and API, CSRF on forms, security headers and the language switch. */
@QuarkusTest
class UiFoundationTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "media-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Test
    void page_withoutLogin_redirectsToLoginPage() {
        given().redirects().follow(false).get("/ui/broadcasts").then().statusCode(302)
                .header("Location", endsWith("/ui/login"));
    }

    @Test
    void api_withoutCredentials_stays401() {
        // with form login on, Quarkus keeps basic in silent mode: 401 without a challenge, so scripts send their
        // credentials up front (curl -u, RestAssured preemptive)
        given().get("/api/bulletins").then().statusCode(401);
    }

    @Test
    void api_withBasicCredentials_stillWorks() {
        vn.loa.support.Api.as("official").get("/api/bulletins").then().statusCode(200);
    }

    @Test
    void api_withSessionCookieOnly_isRefused() {
        final UiSession staff = UiSession.login("staff");
        staff.request().get("/api/bulletins").then().statusCode(401);
    }

    @Test
    void login_rightPassword_setsHttpOnlyStrictSessionCookie() {
        final Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "staff").formParam("j_password", "demo-test-password")
                .post("/j_security_check");
        assertEquals(302, r.statusCode());
        final String setCookie = r.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("loa-session=")).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(setCookie.toLowerCase(), containsString("httponly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie.toLowerCase(), containsString("samesite=strict"));
    }

    @Test
    void login_wrongPassword_showsMessageOnLoginPage() {
        final Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "staff").formParam("j_password", "wrong").post("/j_security_check");
        assertEquals(302, r.statusCode());
        org.hamcrest.MatcherAssert.assertThat(r.header("Location"), containsString("/ui/login?error"));
        given().get("/ui/login?error=1").then().statusCode(200)
                .body(containsString("Sai tên đăng nhập hoặc mật khẩu"));
    }

    @Test
    void home_staff_showsOnlyLinksTheRoleMayUse() {
        UiSession.login("staff").get("/ui").then().statusCode(200)
                .body(containsString("href=\"/ui/bulletins/new\""), not(containsString("href=\"/ui/approvals\"")),
                        containsString("staff"));
    }

    @Test
    void home_approver_showsApprovalsNotCompose() {
        UiSession.login("approver").get("/ui").then().statusCode(200)
                .body(containsString("href=\"/ui/approvals\""), not(containsString("href=\"/ui/bulletins/new\"")));
    }

    @Test
    void logout_withToken_clearsSessionCookie() {
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui");
        final Response r = staff.post("/ui/logout", Map.of());
        assertEquals(303, r.statusCode());
        org.hamcrest.MatcherAssert.assertThat(r.header("Location"), containsString("/ui/login"));
        assertNull(staff.cookie("loa-session"));
        staff.request().get("/ui").then().statusCode(302).header("Location", endsWith("/ui/login"));
    }

    @Test
    void formPost_withoutCsrfToken_is400() {
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui");
        staff.request().contentType(ContentType.URLENC).formParam("x", "y").post("/ui/logout").then().statusCode(400);
        staff.get("/ui").then().statusCode(200); // still logged in
    }

    @Test
    void formPost_withWrongCsrfToken_is400() {
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui");
        staff.post("/ui/logout", Map.of("csrf-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).then()
                .statusCode(400);
        staff.get("/ui").then().statusCode(200);
    }

    @Test
    void everyResponse_carriesSecurityHeaders() {
        for (Response r : new Response[] {given().get("/ui/login"), given().get("/css/loa.css"),
                given().get("/api/bulletins"), UiSession.login("official").get("/ui")}) {
            r.then().header("Content-Security-Policy", equalTo(CSP)).header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin").header("X-Frame-Options", "DENY");
        }
    }

    @Test
    void staticAssets_arePublic() {
        given().get("/css/loa.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void language_defaultsToVietnamese() {
        given().get("/ui/login").then().statusCode(200)
                .body(containsString("<html lang=\"vi\">"), containsString("Đăng nhập"));
    }

    @Test
    void language_queryEn_switchesPageAndRemembersInCookie() {
        final Response r = given().get("/ui/login?lang=en");
        r.then().statusCode(200).body(containsString("<html lang=\"en\">"), containsString("Log in"))
                .cookie("loa-lang", "en");
        given().cookie("loa-lang", "en").get("/ui/login").then()
                .body(containsString("<html lang=\"en\">"), containsString("User name"));
        given().cookie("loa-lang", "xx").get("/ui/login").then().body(containsString("<html lang=\"vi\">"));
    }
}
