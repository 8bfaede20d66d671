package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PrivateKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.OutgoingCommand;
import vn.loa.bulletin.Priority;
import vn.loa.signing.Ed25519;
import vn.loa.support.TestKeys;

class PlayCommandMessageTest {

    private static final PrivateKey TEST_KEY = TestKeys.fromSeed(TestKeys.CURRENT_SEED).getPrivate();

    private static OutgoingCommand fixtureCommand(final String title) throws Exception {
        final JsonNode f = Wire.JSON.readTree(Fixtures.bytes("play-command.json"));
        return new OutgoingCommand(f.get("commandId").asText(), "rx-thon-ma-01", 17,
                Instant.parse("2026-12-06T02:00:00Z"), 42, f.at("/audio/sha256").asText(), 48640, 12160,
                Instant.parse("2026-12-06T06:30:00Z"), Instant.parse("2026-12-06T07:30:00Z"), Priority.EMERGENCY,
                title);
    }

    @Test
    void canonical_fixtureCommand_equalsDocumentedText() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(fixtureCommand("Cảnh báo lũ quét / Flash flood warning"));
        assertEquals(Fixtures.text("play-command.canonical.txt"), m.canonical().toString());
    }

    @Test
    void toJson_signedWithTestKey_equalsFixture() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(fixtureCommand("Cảnh báo lũ quét / Flash flood warning"));
        final String sig = Ed25519.sign(TEST_KEY, m.canonical().bytes());
        final JsonNode produced = Wire.JSON.readTree(m.signed(TestKeys.CURRENT_KEY_ID, sig).toJson());
        assertEquals(Wire.JSON.readTree(Fixtures.bytes("play-command.json")), produced);
    }

    @Test
    void canonical_titleWithLoneSurrogate_cannotBeSigned() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(fixtureCommand("Cảnh báo \ud800 lũ"));
        assertThrows(IllegalArgumentException.class, m::canonical);
    }

    @Test
    void unsigned_instantsWithNanosOrWholeSeconds_travelAsUtcMilliseconds() throws Exception {
        final OutgoingCommand f = fixtureCommand("t");
        final PlayCommandMessage m = PlayCommandMessage.unsigned(new OutgoingCommand(f.commandId(), f.receiverId(),
                f.seq(), Instant.parse("2026-12-06T02:00:00.123456789Z"), f.broadcastId(), f.audioSha256(),
                f.audioBytes(), f.audioDurationMs(), Instant.parse("2026-12-06T06:30:00Z"),
                Instant.parse("2026-12-06T07:30:00.5Z"), f.priority(), f.title()));
        assertEquals("2026-12-06T02:00:00.123Z", m.issuedAt());
        assertEquals("2026-12-06T06:30:00.000Z", m.playAt());
        assertEquals("2026-12-06T07:30:00.500Z", m.expiresAt());
    }

    @Test
    void canonical_titleWithLineBreak_cannotBeSigned() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(fixtureCommand("two\npriority=routine"));
        assertThrows(IllegalArgumentException.class, m::canonical);
    }

    private static OutgoingCommand quietHoursFixture() throws Exception {
        final JsonNode f = Wire.JSON.readTree(Fixtures.bytes("play-command-quiet-hours.json"));
        return new OutgoingCommand(f.get("commandId").asText(), "rx-thon-ma-01", 18,
                Instant.parse("2026-12-06T13:50:00Z"), 43, f.at("/audio/sha256").asText(), 48640, 12160,
                Instant.parse("2026-12-06T14:30:00Z"), Instant.parse("2026-12-06T15:30:00Z"), Priority.ROUTINE,
                f.get("title").asText(), new OutgoingCommand.QuietWindow("21:00", "05:00", "+07:00"));
    }

    @Test
    void toJson_withQuietHoursSignedWithTestKey_equalsTheSharedExample() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(quietHoursFixture());
        assertEquals(Fixtures.text("play-command-quiet-hours.canonical.txt"), m.canonical().toString());
        assertEquals(Fixtures.text("play-command-quiet-hours.quiet-hours.txt"),
                new String(m.quietHoursCanonical(), java.nio.charset.StandardCharsets.UTF_8));

        final PlayCommandMessage signed = m.withQuietHoursSig(Ed25519.sign(TEST_KEY, m.quietHoursCanonical()))
                .signed(TestKeys.CURRENT_KEY_ID, Ed25519.sign(TEST_KEY, m.canonical().bytes()));

        assertEquals(Wire.JSON.readTree(Fixtures.bytes("play-command-quiet-hours.json")),
                Wire.JSON.readTree(signed.toJson()));
    }

    @Test
    void toJson_withoutQuietHours_hasNoQuietHoursField() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(fixtureCommand("t"));
        assertEquals(null, m.quietHoursCanonical());
        assertEquals(false, Wire.JSON.readTree(m.signed("k", "s").toJson()).has("quietHours"));
    }

    /** The shared example of a slot item's command: the quiet-hours example's command, second item of a slot. */
    private static OutgoingCommand slotFixture(final String name) throws Exception {
        final JsonNode f = Wire.JSON.readTree(Fixtures.bytes("play-command-slot.json"));
        return new OutgoingCommand(f.get("commandId").asText(), "rx-thon-ma-01", 19,
                Instant.parse("2026-12-06T22:50:00Z"), 44, f.at("/audio/sha256").asText(), 48640, 12160,
                Instant.parse("2026-12-06T23:00:14.160Z"), Instant.parse("2026-12-06T23:15:00Z"), Priority.ROUTINE,
                f.get("title").asText(), new OutgoingCommand.QuietWindow("21:00", "05:00", "+07:00"),
                new OutgoingCommand.SlotPart(7, name, Instant.parse("2026-12-06T23:00:00Z"), 1));
    }

    @Test
    void toJson_withSlotSignedWithTestKey_equalsTheSharedExample() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(slotFixture("Bản tin sáng 06:00"));
        assertEquals(Fixtures.text("play-command-slot.canonical.txt"), m.canonical().toString());
        assertEquals(Fixtures.text("play-command-slot.slot.txt"),
                new String(m.slotCanonical(), java.nio.charset.StandardCharsets.UTF_8));

        final PlayCommandMessage signed = m.withQuietHoursSig(Ed25519.sign(TEST_KEY, m.quietHoursCanonical()))
                .withSlotSig(Ed25519.sign(TEST_KEY, m.slotCanonical()))
                .signed(TestKeys.CURRENT_KEY_ID, Ed25519.sign(TEST_KEY, m.canonical().bytes()));

        assertEquals(Wire.JSON.readTree(Fixtures.bytes("play-command-slot.json")), Wire.JSON.readTree(signed.toJson()));
    }

    @Test
    void canonical_slotPart_leavesTheCommandsSignedTextAsAV1ReceiverReadsIt() throws Exception {
        final OutgoingCommand c = slotFixture("Bản tin sáng 06:00");
        final PlayCommandMessage without = PlayCommandMessage.unsigned(new OutgoingCommand(c.commandId(),
                c.receiverId(), c.seq(), c.issuedAt(), c.broadcastId(), c.audioSha256(), c.audioBytes(),
                c.audioDurationMs(), c.playAt(), c.expiresAt(), c.priority(), c.title(), c.quietHours()));
        assertEquals(without.canonical().toString(), PlayCommandMessage.unsigned(c).canonical().toString());
    }

    @Test
    void slotCanonical_nameWithLineBreak_cannotBeSigned() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(slotFixture("Bản tin\nindex=0"));
        assertThrows(IllegalArgumentException.class, m::slotCanonical);
    }

    @Test
    void toJson_outsideASlot_hasNoSlotField() throws Exception {
        final PlayCommandMessage m = PlayCommandMessage.unsigned(quietHoursFixture());
        assertEquals(null, m.slotCanonical());
        assertEquals(false, Wire.JSON.readTree(m.signed("k", "s").toJson()).has("slot"));
    }
}
