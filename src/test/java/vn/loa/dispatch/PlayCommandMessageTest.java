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
}
