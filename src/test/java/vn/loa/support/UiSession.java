package vn.loa.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged-in web UI session for RestAssured tests: logs in through {@code /j_security_check} like a browser,
 * keeps the cookies it is given (session, CSRF), and posts forms with the CSRF token taken from a page.
 */
public final class UiSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    private UiSession() {
    }

    /** Logs a demo user in; fails the test unless the login succeeds. */
    public static UiSession login(final String user) {
        final UiSession s = new UiSession();
        final String password = "admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD;
        final Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        if (r.statusCode() != 302 || !r.header("Location").endsWith("/ui")) {
            throw new AssertionError("login of " + user + " failed: " + r.statusCode() + " " + r.header("Location"));
        }
        s.keep(r);
        return s;
    }

    /** A request carrying this session's cookies, not following redirects. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(final String path) {
        return keep(request().get(path));
    }

    /** Loads {@code page} and remembers the CSRF token of its forms; answers the token. */
    public String csrfFrom(final String page) {
        final Response r = get(page);
        final Matcher m = CSRF_FIELD.matcher(r.asString());
        if (!m.find()) {
            throw new AssertionError(page + " has no CSRF field: " + r.statusCode());
        }
        csrf = m.group(1);
        return csrf;
    }

    /** Posts a form with the CSRF token of the last page read by {@link #csrfFrom} (the home page if none). */
    public Response post(final String path, final Map<String, ?> form) {
        if (csrf == null) {
            csrfFrom("/ui");
        }
        final Map<String, Object> fields = new HashMap<>(form);
        fields.putIfAbsent("csrf-token", csrf);
        return keep(request().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(fields).post(path));
    }

    public String cookie(final String name) {
        return cookies.get(name);
    }

    private Response keep(final Response r) {
        r.getDetailedCookies().asList().forEach(c -> {
            if (c.hasMaxAge() && c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return r;
    }
}
