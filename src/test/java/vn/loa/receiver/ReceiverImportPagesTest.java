package vn.loa.receiver;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/** The page {@code /ui/receivers/import}: upload, the result page, the secrets file once, line errors in the page. */
@QuarkusTest
class ReceiverImportPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private String commune;
    private String prefix;

    @BeforeEach
    void commune() {
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        final long n = System.nanoTime();
        commune = "Xã Trang Nhập " + n;
        as("admin").body(Map.of("parentId", province, "level", "commune", "name", commune)).post("/api/areas")
                .then().statusCode(201);
        prefix = "pg-" + Long.toHexString(n & 0xffffff);
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private static Response upload(final UiSession session, final String csv) {
        final String page = session.get("/ui/receivers/import").asString();
        final Matcher token = FORM_TOKEN.matcher(page);
        final Matcher csrf = CSRF.matcher(page);
        assertTrue(token.find() && csrf.find(), "the form carries a one-time token and the CSRF token");
        return session.request().multiPart("file", "receivers.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("formToken", token.group(1)).multiPart("csrf-token", csrf.group(1))
                .post("/ui/receivers/import");
    }

    @Test
    void upload_goodFile_resultPageThenSecretsOnce() {
        final UiSession admin = UiSession.login("admin");
        admin.get("/ui/fleet").then().body(containsString("/ui/receivers/import"));
        final Response posted = upload(admin, "id,name,village,commune,lat,lon\n" + prefix + "-1,Loa 1,Thôn Trang,"
                + commune + ",,\n" + prefix + "-2,Loa 2,Thôn Trang," + commune + ",22.5,105.5\n");
        assertEquals(303, posted.statusCode(), posted.asString());
        final String result = posted.header("Location").replaceFirst("^https?://[^/]+", "");
        admin.get(result).then().statusCode(200).body(containsString("id=\"import-done\""),
                containsString("2"), containsString(result + "/secrets.csv"));
        final Response file = admin.get(result + "/secrets.csv");
        file.then().statusCode(200).header("Content-Disposition", containsString("attachment"));
        final List<String> lines = file.asString().lines().toList();
        assertEquals(List.of("id", "username", "secret"), List.of(lines.get(0).split(",")));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith(prefix + "-1," + prefix + "-1,"));
        admin.get(result + "/secrets.csv").then().statusCode(404);
        admin.get(result).then().statusCode(200).body(containsString("id=\"import-gone\""));
        as("admin").get("/api/receivers/" + prefix + "-2").then().statusCode(200);
    }

    @Test
    void upload_badFile_showsLineErrorsInThePage_andStoresNothing() {
        final UiSession admin = UiSession.login("admin");
        final Response posted = upload(admin, "id,name,village,commune,lat,lon\n" + prefix + "-1,Loa 1,Thôn Trang,"
                + commune + ",,\n" + prefix + "-2,Loa 2,Thôn Trang,Xã Không Có " + prefix + ",,\n");
        posted.then().statusCode(200).body(containsString("id=\"import-errors\""), containsString("data-line=\"3\""),
                containsString("Xã Không Có " + prefix));
        as("admin").get("/api/receivers/" + prefix + "-1").then().statusCode(404);
    }

    @Test
    void upload_inEnglish_saysSo() {
        final UiSession admin = UiSession.login("admin");
        admin.get("/ui/receivers/import?lang=en").then().statusCode(200).body(containsString("Import receivers"));
    }

    @Test
    void page_forOtherRoles_isForbidden() {
        for (String user : List.of("staff", "approver", "official")) {
            final UiSession s = UiSession.login(user);
            s.get("/ui/receivers/import").then().statusCode(403);
            s.get("/ui/fleet").then().body(org.hamcrest.Matchers.not(containsString("/ui/receivers/import")));
            s.request().multiPart("file", "r.csv", "id,name,village,commune,lat,lon\n".getBytes(StandardCharsets.UTF_8),
                    "text/csv").multiPart("csrf-token", s.csrfFrom("/ui")).post("/ui/receivers/import").then()
                    .statusCode(403);
        }
    }
}
