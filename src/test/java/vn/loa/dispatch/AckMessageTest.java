package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;

class AckMessageTest {

    @Test
    void parse_everyAckFixture_isValid() {
        for (AckMessage.State s : AckMessage.State.values()) {
            final AckMessage ack = AckMessage.parse(Fixtures.bytes("ack-" + s.name() + ".json"));
            assertEquals(s, ack.state());
            assertEquals("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11", ack.commandId());
            assertEquals("rx-thon-ma-01", ack.receiverId().value());
        }
    }

    @Test
    void parse_playedFixture_keepsReceiverClockWithOffset() {
        final AckMessage ack = AckMessage.parse(Fixtures.bytes("ack-played.json"));
        assertEquals(OffsetDateTime.parse("2026-12-06T13:30:12.171+07:00"), ack.at());
        assertEquals(DeliveryState.PLAYED, ack.state().delivery);
        assertNull(ack.detail());
    }

    @Test
    void parse_withdrawnFixture_isCanceledNamingTheCancelCommand() {
        final AckMessage ack = AckMessage.parse(Fixtures.bytes("ack-canceled-withdrawn.json"));
        assertEquals(DeliveryState.CANCELED, ack.state().delivery);
        assertEquals("withdrawn: cancel command 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", ack.detail());
    }

    @Test
    void parse_gateFixtures_areFailedWithTheirDetailCodes() {
        final AckMessage quiet = AckMessage.parse(Fixtures.bytes("ack-failed-quiet-hours.json"));
        assertEquals(DeliveryState.FAILED, quiet.state().delivery);
        assertTrue(quiet.detail().startsWith("quiet-hours: "));
        final AckMessage reserve = AckMessage.parse(Fixtures.bytes("ack-failed-battery-reserve.json"));
        assertEquals(DeliveryState.FAILED, reserve.state().delivery);
        assertTrue(reserve.detail().startsWith("battery-reserve: "));
    }

    @Test
    void parse_rejectedFixture_keepsDetail() {
        assertTrue(AckMessage.parse(Fixtures.bytes("ack-rejected.json")).detail().startsWith("sha256-mismatch"));
    }

    @Test
    void parse_badPayloads_throwWithReason() {
        final String good = Fixtures.text("ack-played.json");
        final String[][] cases = {
            {"not json", "not JSON"},
            {"[1,2]", "not a JSON object"},
            {good.replace("\"v\": 1", "\"v\": 2"), "'v'"},
            {good.replace("\"played\"", "\"PLAYED\""), "'state'"},
            {good.replace("\"played\"", "\"exploded\""), "'state'"},
            {good.replace("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11", "42"), "'commandId'"},
            {good.replace("rx-thon-ma-01", "rx/+/#"), "'receiverId'"},
            {good.replace("2026-12-06T13:30:12.171+07:00", "yesterday"), "'at'"},
            {good.replace("2026-12-06T13:30:12.171+07:00", "2026-12-06T13:30:12"), "'at'"},
            {"{\"v\":1}", "'receiverId'"},
        };
        for (String[] c : cases) {
            final MalformedMessageException e = assertThrows(MalformedMessageException.class,
                    () -> AckMessage.parse(c[0].getBytes(StandardCharsets.UTF_8)), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage() + " should mention " + c[1]);
        }
    }

    @Test
    void parse_longDetail_isCutNotRefused() {
        final String json = Fixtures.text("ack-failed.json").replace("HTTP 503 after 6 attempts", "x".repeat(2000));
        assertEquals(AckMessage.MAX_DETAIL, AckMessage.parse(json.getBytes(StandardCharsets.UTF_8)).detail().length());
    }

    @Test
    void parse_oversizedPayload_isRefusedUnread() {
        final byte[] big = new byte[Wire.MAX_PAYLOAD + 1];
        assertThrows(MalformedMessageException.class, () -> AckMessage.parse(big));
    }
}
