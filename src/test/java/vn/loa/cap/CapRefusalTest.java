package vn.loa.cap;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.alert.SecurityEvent;
import vn.loa.broadcast.Broadcast;
import vn.loa.bulletin.Bulletin;
import vn.loa.support.Api;

/**
 * Every bad CAP message gets a clear problem JSON, a security event where it is hostile or untrusted, and changes
 * nothing: no message recorded, no bulletin, no broadcast.
 */
@QuarkusTest
class CapRefusalTest {

    private long bulletins;
    private long broadcasts;
    private long alerts;

    @BeforeEach
    void setUp() {
        CapFixture.ensure();
        bulletins = count(Bulletin.class);
        broadcasts = count(Broadcast.class);
        alerts = count(CapAlert.class);
    }

    private static long count(final Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> entity == Bulletin.class ? Bulletin.count()
                : entity == Broadcast.class ? Broadcast.count() : CapAlert.count());
    }

    private void assertNothingChanged() {
        assertEquals(bulletins, count(Bulletin.class), "no bulletin");
        assertEquals(broadcasts, count(Broadcast.class), "no broadcast");
        assertEquals(alerts, count(CapAlert.class), "no message recorded");
    }

    private static long securityEvents(final String code) {
        return QuarkusTransaction.requiringNew().call(() -> SecurityEvent.count("code", code));
    }

    /** Posts as the province official and expects the problem {@code type} with {@code status}. */
    private void refused(final String xml, final int status, final String code) {
        refused(xml.getBytes(StandardCharsets.UTF_8), status, code);
    }

    private void refused(final byte[] xml, final int status, final String code) {
        RestAssured.given().auth().preemptive().basic(CapFixture.poster(), Api.DEMO_PASSWORD)
                .contentType("application/cap+xml").body(xml).post("/api/cap").then().statusCode(status)
                .contentType("application/problem+json").body("type", equalTo("/problems/" + code));
        assertNothingChanged();
    }

    private static Map<String, String> vars() {
        return CapFixture.vars(CapFixture.IMMEDIATE_CODE);
    }

    @Test
    void unsigned_refusedAndRecorded() {
        final long before = securityEvents("cap-unsigned");
        refused(CapSamples.load("actual-flood.xml", vars()), 403, "cap-unsigned");
        assertEquals(before + 1, securityEvents("cap-unsigned"));
        as("admin").get("/api/security-events").then().statusCode(200)
                .body("find { it.code == 'cap-unsigned' }.detail", containsString("posted by tinh-official, sender "
                        + CapSamples.SENDER));
    }

    @Test
    void untrustedSender_refusedAndRecorded() {
        final Map<String, String> v = vars();
        v.put("sender", "gia-mao@example.com");
        final long before = securityEvents("cap-untrusted-sender");
        refused(CapFixture.signed("actual-flood.xml", v), 403, "cap-untrusted-sender");
        assertEquals(before + 1, securityEvents("cap-untrusted-sender"));
    }

    @Test
    void signatureThatDoesNotVerify_refusedAndRecorded() {
        final long before = securityEvents("cap-bad-signature");
        final String tampered = CapFixture.signed("actual-flood.xml", vars())
                .replace("<severity>Extreme</severity>", "<severity>Minor</severity>");
        refused(tampered, 403, "cap-bad-signature");
        final String otherKey = CapSamples.sign(CapSamples.load("actual-flood.xml", vars()),
                CapSamples.rsa().getPrivate());
        refused(otherKey, 403, "cap-bad-signature");
        assertEquals(before + 2, securityEvents("cap-bad-signature"));
    }

    @Test
    void externalEntity_refusedAndRecorded_fileNeverRead(@TempDir final Path dir) throws Exception {
        final Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MAT-KHAU-BI-MAT-42");
        final long before = securityEvents("cap-doctype");
        final String xxe = CapSamples.load("xxe-file.xml", Map.of("file", secret.toUri().toString(),
                "sender", CapSamples.SENDER));
        RestAssured.given().auth().preemptive().basic(CapFixture.poster(), Api.DEMO_PASSWORD)
                .contentType("application/xml").body(xxe.getBytes(StandardCharsets.UTF_8)).post("/api/cap").then()
                .statusCode(400).body("type", equalTo("/problems/cap-doctype"),
                        "detail", not(containsString("MAT-KHAU")));
        assertNothingChanged();
        assertEquals(before + 1, securityEvents("cap-doctype"));
    }

    @Test
    void billionLaughs_refusedAndRecorded() {
        final long before = securityEvents("cap-doctype");
        refused(CapSamples.load("billion-laughs.xml", Map.of("sender", CapSamples.SENDER)), 400, "cap-doctype");
        assertEquals(before + 1, securityEvents("cap-doctype"));
    }

    @Test
    void notWellFormed_refusedNotRecorded() {
        final long before = securityEvents("cap-not-well-formed");
        refused("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</alert>", 400,
                "cap-not-well-formed");
        refused("", 400, "cap-not-well-formed");
        assertEquals(before, securityEvents("cap-not-well-formed"));
    }

    @Test
    void offTheSchema_refused() {
        refused(CapFixture.signed("actual-flood.xml", vars()).replace("<status>Actual</status>",
                "<status>Real</status>"), 400, "cap-invalid");
    }

    @Test
    void overTheSizeLimit_refused() {
        final String big = CapSamples.load("actual-flood.xml", vars()).replace("<note>", "")
                .replace("<scope>Public</scope>", "<scope>Public</scope><note>" + "x".repeat(262_144) + "</note>");
        refused(big, 400, "cap-too-large");
    }

    @Test
    void expired_refused() {
        final Map<String, String> v = vars();
        v.put("expires", CapSamples.time(Instant.now().minus(1, ChronoUnit.MINUTES)));
        refused(CapFixture.signed("actual-flood.xml", v), 400, "cap-expired");
    }

    @Test
    void unknownArea_refused() {
        refused(CapFixture.signed("actual-flood.xml", CapFixture.vars("12345")), 400, "cap-unknown-area");
        final Map<String, String> v = vars();
        v.put("shapes", "<circle>10.77,106.70 5</circle>"); // Saigon: no receiver there
        refused(CapFixture.signed("polygon-circle.xml", v), 400, "cap-unknown-area");
    }

    /** An official of Lũng Cú commune cannot place an alert in another commune: for them the area is unknown. */
    @Test
    void areaOutsideThePostersArea_refused() {
        RestAssured.given().auth().preemptive().basic("official", Api.DEMO_PASSWORD)
                .contentType("application/cap+xml").body(CapFixture.signed("actual-flood.xml", vars())
                        .getBytes(StandardCharsets.UTF_8)).post("/api/cap").then().statusCode(400)
                .body("type", equalTo("/problems/cap-unknown-area"));
        assertNothingChanged();
    }

    @Test
    void updateOrCancelOfAnUnknownAlert_refused() {
        for (String sample : List.of("update.xml", "cancel.xml")) {
            final Map<String, String> v = vars();
            v.put("references", CapSamples.SENDER + ",KHONG-CO-1,2026-12-07T08:00:00+07:00");
            refused(CapFixture.signed(sample, v), 400, "cap-unknown-reference");
        }
    }

    /** A Test cannot cancel a real alert; nobody can cancel an alert outside their area (for them it is unknown). */
    @Test
    void cancelOfARealAlertByATestOrFromOutside_refused() {
        final Map<String, String> v = CapFixture.vars(CapFixture.WAIT_CODE);
        CapFixture.post(CapFixture.poster(), CapFixture.signed("actual-flood.xml", v)).then().statusCode(201);
        setUp();
        final Map<String, String> c = vars();
        c.put("references", CapFixture.reference(v));
        refused(CapFixture.signed("cancel.xml", c).replace("<status>Actual</status>", "<status>Test</status>"),
                403, "cap-bad-signature"); // altered after signing: refused before anything else
        final String testCancel = CapSamples.sign(CapSamples.load("cancel.xml", c)
                .replace("<status>Actual</status>", "<status>Test</status>"), CapFixture.KEYS.getPrivate());
        refused(testCancel, 400, "cap-reference-status-mismatch");
        RestAssured.given().auth().preemptive().basic("official", Api.DEMO_PASSWORD)
                .contentType("application/cap+xml").body(CapFixture.signed("cancel.xml", c)
                        .getBytes(StandardCharsets.UTF_8)).post("/api/cap").then().statusCode(400)
                .body("type", equalTo("/problems/cap-unknown-reference"));
        assertNothingChanged();
    }

    @Test
    void badShapes_refused() {
        final Map<String, String> v = vars();
        v.put("shapes", "<polygon>22.7,105.5 22.8,105.5 22.7,105.5</polygon>");
        refused(CapFixture.signed("polygon-circle.xml", v), 400, "cap-invalid-polygon");
    }

    @Test
    void wrongMediaTypeOrRole_refused() {
        as(CapFixture.poster()).body("{}").post("/api/cap").then().statusCode(415);
        RestAssured.given().auth().preemptive().basic("staff", Api.DEMO_PASSWORD).contentType("application/cap+xml")
                .body(CapFixture.signed("actual-flood.xml", vars())).post("/api/cap").then().statusCode(403);
        RestAssured.given().contentType("application/cap+xml").body("<alert/>").post("/api/cap").then()
                .statusCode(401);
        assertNothingChanged();
    }
}
