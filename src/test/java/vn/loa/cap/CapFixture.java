package vn.loa.cap;

import static org.hamcrest.Matchers.oneOf;
import static vn.loa.support.Api.as;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.loa.support.Api;

/**
 * Areas, receivers and trusted senders for the CAP tests, made once per test JVM: commune "Xã Cảnh Báo" (code 99101,
 * policy WAIT) with villages Nậm Lũ (99102, rx-cap-01 at 22.80 N 105.10 E) and Khuổi (rx-cap-02 at 22.90 N
 * 105.30 E), and commune "Xã Khẩn Cấp" (99201, policy IMMEDIATE) with village Pác Bó (rx-cap-11 at 22.70 N
 * 105.50 E), all in the demo province; the sender {@link CapSamples#SENDER} with a key made here.
 */
final class CapFixture {

    static final String WAIT_CODE = "99101";
    static final String VILLAGE_CODE = "99102";
    static final String IMMEDIATE_CODE = "99201";
    static final String FIXED_SENDER = "canhbao@nchmf.gov.vn";
    static final KeyPair KEYS = CapSamples.rsa();

    private static boolean ready;

    private CapFixture() {
    }

    static synchronized void ensure() {
        if (ready) {
            return;
        }
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        final long wait = commune(province, "Xã Cảnh Báo", WAIT_CODE, "WAIT");
        final long immediate = commune(province, "Xã Khẩn Cấp", IMMEDIATE_CODE, "IMMEDIATE");
        receiver("rx-cap-01", "Xã Cảnh Báo", "Thôn Nậm Lũ", 22.80, 105.10);
        receiver("rx-cap-02", "Xã Cảnh Báo", "Thôn Khuổi", 22.90, 105.30);
        receiver("rx-cap-11", "Xã Khẩn Cấp", "Thôn Pác Bó", 22.70, 105.50);
        final long village = as("admin").get("/api/areas").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Thôn Nậm Lũ' && it.parentId == " + wait + " }.id");
        as("admin").body(Map.of("name", "Thôn Nậm Lũ", "adminCode", VILLAGE_CODE)).put("/api/areas/" + village)
                .then().statusCode(200);
        as("admin").body(Map.of("sender", CapSamples.SENDER, "key", CapSamples.publicPem(KEYS.getPublic())))
                .post("/api/cap/senders").then().statusCode(201);
        as("admin").body(Map.of("sender", FIXED_SENDER, "key", resource("signed-fixed-cert.pem")))
                .post("/api/cap/senders").then().statusCode(201);
        ready = immediate > 0;
    }

    private static long commune(final long province, final String name, final String code, final String policy) {
        return as("admin").body(Map.of("parentId", province, "level", "COMMUNE", "name", name, "adminCode", code,
                "capPolicy", policy)).post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void receiver(final String id, final String commune, final String village, final double lat,
            final double lon) {
        final Map<String, Object> body = new HashMap<>(Map.of("id", id, "name", "Loa " + village, "village", village,
                "commune", commune, "latitude", lat, "longitude", lon));
        as("admin").body(body).post("/api/receivers").then().statusCode(oneOf(201, 409));
    }

    static String resource(final String name) {
        try (var in = CapFixture.class.getResourceAsStream("/cap/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample with a fresh identifier, sent now, expiring in two hours, for the area {@code code}. */
    static Map<String, String> vars(final String code) {
        final Map<String, String> v = new HashMap<>();
        v.put("identifier", "KTTV-" + UUID.randomUUID());
        v.put("sender", CapSamples.SENDER);
        v.put("sent", CapSamples.time(Instant.now()));
        v.put("expires", CapSamples.time(Instant.now().plus(2, ChronoUnit.HOURS)));
        v.put("code", code);
        v.put("status", "Actual");
        return v;
    }

    static String signed(final String sample, final Map<String, String> vars) {
        return CapSamples.sign(CapSamples.load(sample, vars), KEYS.getPrivate());
    }

    static Response post(final String user, final String xml) {
        return RestAssured.given().auth().preemptive().basic(user, "admin".equals(user) ? Api.ADMIN_PASSWORD
                : Api.DEMO_PASSWORD).contentType("application/cap+xml; charset=UTF-8")
                .body(xml.getBytes(StandardCharsets.UTF_8)).post("/api/cap");
    }

    static String poster() {
        return Api.provinceUser("official");
    }

    static String reference(final Map<String, String> vars) {
        return vars.get("sender") + "," + vars.get("identifier") + "," + vars.get("sent");
    }
}
