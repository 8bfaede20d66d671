package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusMessageTest {

    @Test
    void parse_heartbeatFixture_readsEveryHealthField() {
        final StatusMessage s = StatusMessage.parse(Fixtures.bytes("status-heartbeat.json"));
        assertEquals("battery", s.powerSource());
        assertEquals(63, s.batteryPercent());
        assertEquals(-87, s.signalDbm());
        assertEquals(80, s.volumePercent());
        assertEquals(1073741824L, s.storageFreeBytes());
        assertEquals(1, s.queuedCommands());
        assertEquals("armbian-24.5", s.firmware());
        assertEquals(Instant.parse("2026-12-06T02:00:00Z"), s.lastCommandIssuedAt());
        assertEquals(Instant.parse("2026-12-06T02:00:01.250Z"), s.lastCommandReceivedAt());
    }

    @Test
    void parse_onReserveFixture_readsTheReserve() {
        final StatusMessage s = StatusMessage.parse(Fixtures.bytes("status-on-reserve.json"));
        assertEquals(24, s.batteryPercent());
        assertEquals(30, s.reservePercent());
        assertNull(StatusMessage.parse(Fixtures.bytes("status-heartbeat.json")).reservePercent(), "optional");
    }

    @Test
    void parse_offlineWill_hasNoHealth() {
        final StatusMessage s = StatusMessage.parse(Fixtures.bytes("status-offline.json"));
        assertFalse(s.online());
        assertNull(s.at());
        assertNull(s.batteryPercent());
    }

    @Test
    void parse_outOfRangeHealth_isRefused() {
        final String good = Fixtures.text("status-heartbeat.json");
        for (String bad : new String[] {good.replace("\"batteryPercent\": 63", "\"batteryPercent\": 130"),
                good.replace("\"battery\"", "\"nuclear\""), good.replace("-87", "\"strong\""),
                good.replace("\"queuedCommands\": 1", "\"queuedCommands\": -1")}) {
            assertThrows(MalformedMessageException.class,
                    () -> StatusMessage.parse(bad.getBytes(StandardCharsets.UTF_8)), bad);
        }
    }
}
