package vn.loa.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/**
 * Every 4xx under {@code /api} is problem JSON with its status and a type, whichever layer refused: security (401),
 * the HTTP server's limits (413, 414, 431), JAX-RS itself (404, 405, 406, 415); 416 is in
 * {@code vn.loa.audio.AudioRangeProblemTest}. The three refusals made before any route runs stay bare (see below).
 */
@QuarkusTest
class ApiProblemEverywhereTest {

    @TestHTTPResource("/")
    URL base;

    private static ValidatableResponse problem(final ValidatableResponse r, final int status) {
        return r.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("type", startsWith("/problems/"));
    }

    @Test
    void get_withoutCredentials_is401ProblemJson() {
        problem(given().get("/api/bulletins").then(), 401).body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void get_wrongPassword_is401ProblemJson() {
        // the basic mechanism's challenge, sent today for refused credentials, stays
        problem(given().auth().preemptive().basic("staff", "wrong-password-here").get("/api/bulletins").then(), 401)
                .body("type", equalTo("/problems/unauthorized"))
                .header("WWW-Authenticate", startsWith("basic"));
    }

    @Test
    void get_malformedAuthorization_is401ProblemJson() {
        problem(given().header("Authorization", "Basic !!!not-base64").get("/api/bulletins").then(), 401)
                .header("WWW-Authenticate", startsWith("basic"));
        final String noColon = Base64.getEncoder().encodeToString("staff".getBytes(StandardCharsets.UTF_8));
        problem(given().header("Authorization", "Basic " + noColon).get("/api/bulletins").then(), 401);
        problem(given().header("Authorization", "Basic").get("/api/bulletins").then(), 401);
    }

    @Test
    void audioDownload_badCredentials_is401ProblemJson() {
        problem(given().auth().preemptive().basic("staff", "wrong-password-here")
                .get("/api/audio/" + "a".repeat(64) + ".mp3").then(), 401);
    }

    @Test
    void get_overlongQuery_is414ProblemJson() {
        problem(Api.as("staff").get("/api/bulletins?state=" + "x".repeat(5000)).then(), 414)
                .body("type", equalTo("/problems/request-uri-too-long"));
    }

    @Test
    void get_overlongPath_is414ProblemJson() {
        problem(Api.as("staff").get("/api/bulletins/" + "1".repeat(9000)).then(), 414);
    }

    @Test
    void get_overlargeHeaders_is431ProblemJson() {
        problem(Api.as("staff").header("X-Filler", "y".repeat(30_000)).get("/api/bulletins").then(), 431)
                .body("type", equalTo("/problems/request-header-fields-too-large"));
    }

    @Test
    void post_bodyAnnouncedTooLarge_is413ProblemJsonBeforeTheBodyIsSent() throws IOException {
        final String auth = Base64.getEncoder().encodeToString(("staff:" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        final String head = "POST /api/bulletins HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n";
        final Raw raw = Raw.send(base, head);
        assertEquals(413, raw.status(), raw.text);
        assertTrue(raw.header("content-type").startsWith("application/problem+json"), raw.text);
        final JsonNode body = new ObjectMapper().readTree(raw.body());
        assertEquals(413, body.get("status").asInt());
        assertEquals("/problems/request-entity-too-large", body.get("type").asText());
    }

    /*
     * Three refusals happen before any route runs, so no Loa code can give them a body on Quarkus 3.33: a request
     * target that java.net.URI cannot parse (Quarkus's root handler answers 400 before the router), a request line
     * over quarkus.http.limits.max-initial-line-length (414) and headers over quarkus.http.limits.max-header-size
     * (431), both from Vert.x's HTTP decoder through HttpServer#invalidRequestHandler, which Quarkus does not expose.
     * These tests pin the status and that the server keeps serving; the README lists them as the bare exceptions.
     */

    @Test
    void get_targetNotAValidUri_is400BeforeAnyRoute() throws IOException {
        final Raw raw = Raw.send(base, "GET /api/bulletins?q=%ZZ HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(400, raw.status(), raw.text);
        Api.as("staff").get("/api/bulletins").then().statusCode(200);
    }

    @Test
    void get_requestLineBeyondTheServerCeiling_is414BeforeAnyRoute() throws IOException {
        final Raw raw = Raw.send(base, "GET /api/bulletins?q=" + "x".repeat(66_000)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(414, raw.status(), raw.text);
        Api.as("staff").get("/api/bulletins").then().statusCode(200);
    }

    @Test
    void get_headersBeyondTheServerCeiling_is431BeforeAnyRoute() throws IOException {
        final Raw raw = Raw.send(base, "GET /api/bulletins HTTP/1.1\r\nHost: localhost\r\nX-Filler: "
                + "y".repeat(70_000) + "\r\n\r\n");
        assertEquals(431, raw.status(), raw.text);
        Api.as("staff").get("/api/bulletins").then().statusCode(200);
    }

    @Test
    void unknownApiPath_is404ProblemJson() {
        problem(Api.as("staff").get("/api/no-such-thing").then(), 404);
        problem(Api.as("staff").get("/api/no/such/deep/thing").then(), 404);
        problem(Api.as("staff").get("/api/bulletins/999999999").then(), 404);
    }

    @Test
    void wrongMethod_is405ProblemJson() {
        problem(Api.as("staff").delete("/api/bulletins").then(), 405);
    }

    @Test
    void unacceptableType_is406ProblemJson() {
        problem(Api.as("staff").accept("application/xml").get("/api/bulletins").then(), 406);
    }

    @Test
    void unsupportedBodyType_is415ProblemJson() {
        problem(Api.as("staff").contentType("text/plain").body("title=x").post("/api/bulletins").then(), 415);
    }

    /** A raw HTTP/1.1 exchange, for what RestAssured will not send (a body announced but never sent). */
    record Raw(String text) {

        static Raw send(final URL base, final String request) throws IOException {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(10_000);
                final OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                final InputStream in = socket.getInputStream();
                final ByteArrayOutputStream got = new ByteArrayOutputStream();
                final byte[] buffer = new byte[8192];
                int n;
                try {
                    while ((n = in.read(buffer)) > 0) {
                        got.write(buffer, 0, n);
                        if (complete(got.toString(StandardCharsets.UTF_8))) {
                            break;
                        }
                    }
                } catch (java.net.SocketException closed) {
                    // the server closes the connection after refusing; what arrived before is the answer
                }
                return new Raw(got.toString(StandardCharsets.UTF_8));
            }
        }

        private static boolean complete(final String text) {
            final int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return false;
            }
            final Raw head = new Raw(text);
            final String length = head.header("content-length");
            return !length.isEmpty() && text.length() - end - 4 >= Integer.parseInt(length);
        }

        int status() {
            return Integer.parseInt(text.substring(9, 12));
        }

        String header(final String name) {
            for (String line : text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).split("\r\n")) {
                final int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }

        String body() {
            return text.substring(text.indexOf("\r\n\r\n") + 4);
        }
    }
}
