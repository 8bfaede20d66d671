package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.receiver.ReceiverService;

/** The handler called directly, for what the broker cannot easily be made to do in a test. */
@QuarkusTest
class ReceiverMessageHandlerTest {

    private static final String RX = "rx-lo-lo-chai-01";

    @Inject
    ReceiverMessageHandler handler;

    @Inject
    ReceiverService receivers;

    private static byte[] status(final String at) {
        return ("{\"v\":1,\"receiverId\":\"" + RX + "\",\"online\":true,\"at\":\"" + at
                + "\",\"agent\":\"loa-agent/0.1.0\"}").getBytes(StandardCharsets.UTF_8);
    }

    private Instant lastSeen() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> receivers.get(RX).lastSeenAt);
    }

    @Test
    void handle_retainedStatus_usesItsOwnTimeNotNow() {
        // a retained copy from the future (a receiver with a fast clock) shows its own time, not the time we read it
        handler.handle("loa/v1/rx/" + RX + "/status", status("2030-01-01T07:00:00+07:00"), true);
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), lastSeen());
        handler.handle("loa/v1/rx/" + RX + "/status", status("2025-01-01T07:00:00+07:00"), true);
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), lastSeen(), "never moves back");
    }

    @Test
    void handle_heartbeatOnBatteryWithSkewedClock_isFlagged() {
        final String rx = "rx-fleet-" + Long.toString(System.nanoTime(), 36);
        vn.loa.support.Api.as("admin").body(java.util.Map.of("id", rx, "name", "n", "village", "v", "commune", "Lũng Cú"))
                .post("/api/receivers").then().statusCode(201);
        final java.time.OffsetDateTime ahead = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7))
                .plusSeconds(5);
        final String heartbeat = Fixtures.text("status-heartbeat.json").replace("rx-thon-ma-01", rx)
                .replace("2026-12-06T09:16:00.000+07:00", ahead.toString()).replace("\"batteryPercent\": 63",
                        "\"batteryPercent\": 12")
                .replace("\"lastCommand\"", "\"unused\"");
        handler.handle("loa/v1/rx/" + rx + "/status", heartbeat.getBytes(StandardCharsets.UTF_8), false);
        vn.loa.support.Api.as("official").get("/api/receivers/" + rx).then()
                .body("health.batteryPercent", org.hamcrest.Matchers.equalTo(12),
                        "health.signalDbm", org.hamcrest.Matchers.equalTo(-87),
                        "health.clockOffsetMs", org.hamcrest.Matchers.greaterThan(4000),
                        "flags", org.hamcrest.Matchers.hasItems("on-battery", "low-battery", "clock-skew"),
                        "flags", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("offline")));
        vn.loa.support.Api.as("official").queryParam("flagged", true).get("/api/receivers").then()
                .body("id", org.hamcrest.Matchers.hasItem(rx));
    }

    @Test
    void handle_heartbeatBelowItsReserve_flaggedOnReserveOnTheApiAndTheFleetPage() {
        final String rx = "rx-reserve-" + Long.toString(System.nanoTime(), 36);
        vn.loa.support.Api.as("admin").body(java.util.Map.of("id", rx, "name", "n", "village", "v", "commune", "Lũng Cú"))
                .post("/api/receivers").then().statusCode(201);
        // milliseconds, as receivers send them (PROTOCOL.md 2.3): a nanosecond time would be rounded by the database,
        // maybe up, and the second status below, at the same time, would then look older than the first
        final String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7))
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        final String onReserve = Fixtures.text("status-on-reserve.json").replace("rx-thon-ma-01", rx)
                .replace("2026-12-06T21:40:00.000+07:00", now).replace("\"lastCommand\"", "\"unused\"");

        handler.handle("loa/v1/rx/" + rx + "/status", onReserve.getBytes(StandardCharsets.UTF_8), false);

        vn.loa.support.Api.as("official").get("/api/receivers/" + rx).then()
                .body("health.batteryPercent", org.hamcrest.Matchers.equalTo(24),
                        "health.batteryReservePercent", org.hamcrest.Matchers.equalTo(30),
                        "flags", org.hamcrest.Matchers.hasItems("on-battery", "on-reserve"));
        vn.loa.support.UiSession.login("official").get("/ui/fleet").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-flag=\"on-reserve\""),
                        org.hamcrest.Matchers.containsString("Đang dùng pin dự trữ"));

        // the same level above the reserve, or on mains, is not the reserve
        handler.handle("loa/v1/rx/" + rx + "/status", onReserve.replace("\"battery\",", "\"mains\",")
                .getBytes(StandardCharsets.UTF_8), false);
        vn.loa.support.Api.as("official").get("/api/receivers/" + rx).then()
                .body("flags", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("on-reserve")));
    }

    @Test
    void handle_garbageOnAnyTopic_isDroppedWithoutThrowing() {
        assertNull(handler.handle("loa/v1/rx/" + RX + "/ack", new byte[] {(byte) 0xff, 0, 1}, false));
        assertNull(handler.handle("loa/v1/rx/" + RX + "/status", "{}".getBytes(StandardCharsets.UTF_8), false));
        assertNull(handler.handle("somewhere/else", "{}".getBytes(StandardCharsets.UTF_8), false));
    }
}
