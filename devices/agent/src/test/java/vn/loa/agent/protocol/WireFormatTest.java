package vn.loa.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.agent.support.Fixtures;

class WireFormatTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ack-received.json", "ack-downloaded.json", "ack-playing.json", "ack-played.json",
            "ack-failed.json", "ack-rejected.json", "ack-expired.json", "ack-canceled.json", "ack-played-late.json",
            "ack-canceled-withdrawn.json", "ack-preempted.json", "ack-failed-quiet-hours.json",
            "ack-failed-battery-reserve.json"})
    void ack_exampleFile_parsesAndWritesBackIdentically(final String file) throws Exception {
        final Ack ack = WireFormat.parseAck(Fixtures.bytes(file));

        assertEquals(MAPPER.readTree(Fixtures.bytes(file)), MAPPER.readTree(WireFormat.ack(ack)));
    }

    @Test
    void parseAck_everyAckState_hasAnExampleFileOfThatState() {
        for (final AckState state : AckState.values()) {
            assertEquals(state, WireFormat.parseAck(Fixtures.bytes("ack-" + state.wire() + ".json")).state(),
                    state.wire());
        }
    }

    @Test
    void parseAck_preemptedExample_isNotFinalAndNamesTheEmergency() {
        final Ack ack = WireFormat.parseAck(Fixtures.bytes("ack-preempted.json"));

        assertFalse(ack.state().isFinal());
        assertTrue(ack.detail().startsWith("preempted: emergency command "));
    }

    @Test
    void parseAck_lateExample_isLateWithTheOriginalAt() {
        final Ack ack = WireFormat.parseAck(Fixtures.bytes("ack-played-late.json"));

        assertTrue(ack.late());
        assertEquals(OffsetDateTime.parse("2026-12-06T13:30:12.171+07:00"), ack.at());
        assertFalse(WireFormat.parseAck(Fixtures.bytes("ack-played.json")).late());
    }

    @Test
    void status_onReserveExample_carriesTheReserveAndWritesBackIdentically() throws Exception {
        final ReceiverStatus status = WireFormat.parseStatus(Fixtures.bytes("status-on-reserve.json"));

        assertEquals(new Health.Power("battery", 24, 30), status.health().power());
        assertEquals(MAPPER.readTree(Fixtures.bytes("status-on-reserve.json")),
                MAPPER.readTree(WireFormat.status(status)));
    }

    @Test
    void ack_notLate_hasNoLateField() throws Exception {
        final Ack ack = WireFormat.parseAck(Fixtures.bytes("ack-played.json"));

        assertFalse(MAPPER.readTree(WireFormat.ack(ack)).has("late"));
        assertTrue(MAPPER.readTree(WireFormat.ack(ack.asLate())).get("late").booleanValue());
    }

    @Test
    void status_heartbeatExample_parsesAndWritesBackIdentically() throws Exception {
        final ReceiverStatus status = WireFormat.parseStatus(Fixtures.bytes("status-heartbeat.json"));

        final Health health = status.health();
        assertEquals("armbian-24.5", health.firmware());
        assertEquals(new Health.Power("battery", 63), health.power());
        assertEquals(-87, health.signalDbm());
        assertEquals(80, health.volumePercent());
        assertEquals(1073741824L, health.storageFreeBytes());
        assertEquals(1, health.queuedCommands());
        assertEquals("2026-12-06T02:00:00.000Z", health.lastCommand().issuedAt());
        assertEquals(MAPPER.readTree(Fixtures.bytes("status-heartbeat.json")),
                MAPPER.readTree(WireFormat.status(status)));
    }

    @Test
    void status_onlineWithoutHealth_hasNoHealthFields() {
        assertNull(WireFormat.parseStatus(Fixtures.bytes("status-online.json")).health());
    }

    @Test
    void digest_example_parsesAndWritesBackIdentically() throws Exception {
        final Digest digest = WireFormat.parseDigest(Fixtures.bytes("digest.json"));

        assertEquals(2, digest.commands().size());
        assertEquals(17, digest.commands().get(0).seq());
        assertEquals(AckState.PLAYED, digest.commands().get(0).state());
        assertEquals(AckState.DOWNLOADED, digest.commands().get(1).state());
        assertEquals(MAPPER.readTree(Fixtures.bytes("digest.json")), MAPPER.readTree(WireFormat.digest(digest)));
    }

    @Test
    void parseAck_failedExample_hasCodedDetail() {
        final Ack ack = WireFormat.parseAck(Fixtures.bytes("ack-failed.json"));

        assertEquals(AckState.FAILED, ack.state());
        assertTrue(ack.detail().startsWith(DetailCode.DOWNLOAD_FAILED.code() + ": "));
    }

    @Test
    void ack_utcTime_writesMillisecondsAndZ() throws Exception {
        final Ack ack = new Ack(CommandId.of("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11"), ReceiverId.of("rx-a"),
                AckState.PLAYING, OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), null);

        assertEquals("2026-01-02T03:04:05.000Z", MAPPER.readTree(WireFormat.ack(ack)).get("at").textValue());
    }

    @Test
    void parseAck_unknownState_throws() {
        final var node = Fixtures.json("ack-played.json").put("state", "done");

        assertThrows(IllegalArgumentException.class, () -> WireFormat.parseAck(Fixtures.toBytes(node)));
    }

    @Test
    void status_onlineExample_parsesAndWritesBackIdentically() throws Exception {
        final ReceiverStatus status = WireFormat.parseStatus(Fixtures.bytes("status-online.json"));

        assertTrue(status.online());
        assertEquals("loa-agent/0.1.0", status.agent());
        assertEquals(MAPPER.readTree(Fixtures.bytes("status-online.json")), MAPPER.readTree(WireFormat.status(status)));
    }

    @Test
    void status_offlineExample_parsesAndWritesBackIdentically() throws Exception {
        final ReceiverStatus status = WireFormat.parseStatus(Fixtures.bytes("status-offline.json"));

        assertFalse(status.online());
        assertNull(status.at());
        assertEquals(MAPPER.readTree(Fixtures.bytes("status-offline.json")),
                MAPPER.readTree(WireFormat.status(ReceiverStatus.offline(ReceiverId.of("rx-thon-ma-01")))));
    }
}
