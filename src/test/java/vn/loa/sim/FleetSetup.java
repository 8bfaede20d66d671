package vn.loa.sim;

import static vn.loa.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import vn.loa.support.Api;

/**
 * Test fixtures for a simulated fleet on the running controller, through its API as an operator would: a commune of
 * its own in the demo province, N receivers bulk-imported into it, bulletins written and approved by province users.
 */
public final class FleetSetup {

    public final long communeId;
    final String communeName;
    final List<Fleet.Credentials> credentials;
    /** How long the import of the receivers took, milliseconds. */
    final long importMs;

    private FleetSetup(final long communeId, final String communeName, final List<Fleet.Credentials> credentials,
            final long importMs) {
        this.communeId = communeId;
        this.communeName = communeName;
        this.credentials = credentials;
        this.importMs = importMs;
    }

    /** A new commune ({@code prefix} names it and its receivers) with {@code n} receivers in 10 villages. */
    public static FleetSetup commune(final String prefix, final int n) {
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        final String name = "Xã Mô Phỏng " + prefix;
        final long commune = as("admin").body(Map.of("parentId", province, "level", "commune", "name", name))
                .post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
        final StringBuilder csv = new StringBuilder("id,name,village,commune,lat,lon\n");
        for (int i = 1; i <= n; i++) {
            csv.append(String.format("%s-%05d,Loa %d,Thôn %d,%s,%.5f,%.5f%n", prefix, i, i, i % 10, name,
                    22.0 + i * 1e-4, 105.0 + i * 1e-4));
        }
        final long start = System.nanoTime();
        // a big file on a loaded machine takes longer than the tests' default 30 s socket timeout
        final String secrets = as("admin").config(io.restassured.config.RestAssuredConfig.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 600_000)))
                .contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/receivers/import").then().statusCode(200).extract().asString();
        final long importMs = (System.nanoTime() - start) / 1_000_000;
        return new FleetSetup(commune, name, Fleet.Credentials.fromSecretsCsv(secrets), importMs);
    }

    /** The controller's current public key, as a receiver is configured with it. */
    static String controllerKey() {
        return as("admin").get("/api/keys/controller").then().statusCode(200).extract().path("publicKey");
    }

    private static String staff;
    private static String approver;

    /** The province's staff user (made on first use, then remembered, so timed calls make no extra requests). */
    public static synchronized String staff() {
        if (staff == null) {
            staff = Api.provinceUser("staff");
        }
        return staff;
    }

    public static synchronized String approver() {
        if (approver == null) {
            approver = Api.provinceUser("approver");
        }
        return approver;
    }

    /** A submitted English bulletin of {@code priority}, written by a province staff member; returns its id. */
    public static long submitted(final String title, final String text, final String priority) {
        final long id = as(staff()).body(Map.of("title", title, "text", text, "language", "en",
                "priority", priority)).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        as(staff()).post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        return id;
    }

    public static void approve(final long bulletinId) {
        as(approver()).post("/api/bulletins/" + bulletinId + "/approve").then().statusCode(200);
    }

    /** Schedules the bulletin on this commune through {@code POST /api/broadcasts}; returns the broadcast id. */
    public long schedule(final long bulletinId, final Duration lead) {
        return as(staff()).body(Map.of("bulletinId", bulletinId,
                "playAt", OffsetDateTime.now(ZoneOffset.UTC).plus(lead).toString(),
                "targets", Map.of("areas", List.of(communeId)))).post("/api/broadcasts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** How many of the broadcast's deliveries are in {@code state}, as the controller says. */
    public static int count(final long broadcastId, final String state) {
        final Integer n = as("admin").get("/api/broadcasts/" + broadcastId + "?size=1").then().statusCode(200)
                .extract().path("counts." + state);
        return n == null ? 0 : n;
    }
}
