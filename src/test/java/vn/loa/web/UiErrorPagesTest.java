package vn.loa.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/** A failed {@code /ui} request answers an HTML page in the user's language, never problem JSON. */
@QuarkusTest
class UiErrorPagesTest {

    @Test
    void unknownPage_is404HtmlInVietnamese() {
        UiSession.login("staff").get("/ui/no-such-page").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"vi\""))
                .body(containsString("Không tìm thấy"))
                .body(containsString("href=\"/ui\""))
                .body(not(containsString("/problems/")));
    }

    @Test
    void unknownPage_withLangEn_is404HtmlInEnglish() {
        UiSession.login("staff").get("/ui/no-such-page?lang=en").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Not found"));
    }

    @Test
    void unknownBulletin_is404Html() {
        UiSession.login("staff").get("/ui/bulletins/999999999").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Không tìm thấy"))
                .body(not(containsString("/problems/")));
    }

    @Test
    void pageOfAnotherRole_is403Html() {
        UiSession.login("staff").get("/ui/approvals").then().statusCode(403)
                .contentType(startsWith("text/html"))
                .body(containsString("Không có quyền"));
    }

    @Test
    void pageOfAnotherRole_withEnglishCookie_is403HtmlInEnglish() {
        final UiSession staff = UiSession.login("staff");
        staff.request().cookie("loa-lang", "en").get("/ui/approvals").then().statusCode(403)
                .contentType(startsWith("text/html"))
                .body(containsString("Not allowed"));
    }

    @Test
    void wrongMethod_is405Html() {
        UiSession.login("staff").request().delete("/ui").then().statusCode(405)
                .contentType(startsWith("text/html"))
                .body(containsString("Thao tác không được phép"));
    }

    @Test
    void formWithoutCsrfToken_is400Html() {
        UiSession.login("staff").request().contentType(ContentType.URLENC).formParam("x", "y")
                .post("/ui/logout").then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("Yêu cầu không hợp lệ"));
    }
}
