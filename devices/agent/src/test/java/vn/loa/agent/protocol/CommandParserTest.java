package vn.loa.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.loa.agent.support.Fixtures;

class CommandParserTest {

    private static final CommandId FIXTURE_ID = CommandId.of("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11");

    @Test
    void parse_exampleFile_readsEveryField() throws Exception {
        final PlayCommand command = play(Fixtures.bytes("play-command.json"));

        assertEquals(FIXTURE_ID, command.commandId());
        assertEquals(ReceiverId.of("rx-thon-ma-01"), command.receiverId());
        assertEquals(17, command.seq());
        assertEquals(42, command.broadcastId());
        assertEquals("/api/audio/9f2c6c1d0e6a3b7f4e5d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a69788f9e0d1.mp3",
                command.audio().url());
        assertEquals("9f2c6c1d0e6a3b7f4e5d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a69788f9e0d1", command.audio().sha256());
        assertEquals(48640, command.audio().bytes());
        assertEquals(12160, command.audio().durationMs());
        assertEquals(Instant.parse("2026-12-06T06:30:00Z"), command.playAt());
        assertEquals(Instant.parse("2026-12-06T07:30:00Z"), command.expiresAt());
        assertEquals(Priority.EMERGENCY, command.priority());
        assertEquals("Cảnh báo lũ quét / Flash flood warning", command.title());
    }

    @Test
    void parse_reportExample_readsItAndKeepsIssuedAtAsSent() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes("report-command.json"));

        final ReportCommand report = (ReportCommand) signed.command();
        assertEquals(CommandId.of("3c9a8b7d-1e2f-4a5b-8c6d-9e0f1a2b3c4d"), report.commandId());
        assertEquals(20, report.seq());
        assertEquals(Instant.parse("2026-12-07T02:10:00Z"), report.expiresAt());
        assertEquals("2026-12-07T02:00:00.000Z", signed.issuedAt());
    }

    @Test
    void parse_otherSpellingsOfAnInstant_invalidCommand() {
        for (final String spelling : new String[] {"2026-12-06T13:30:00.000+07:00", "2026-12-06T06:30:00Z",
                "2026-12-06T06:30:00.0Z", "2026-12-06T06:30:00.000000Z", "2026-12-06t06:30:00.000z",
                "2026-12-06 06:30:00.000Z", "2026-02-30T06:30:00.000Z", "+2026-12-06T06:30:00.000Z"}) {
            final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                    () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("playAt", spelling))), spelling);
            assertEquals(DetailCode.INVALID_COMMAND, e.code(), spelling);
        }
    }

    @Test
    void parse_unknownExtraField_isIgnored() throws Exception {
        final PlayCommand command = play(Fixtures.playCommand(n -> n.put("loudness", "future-field")));

        assertEquals(FIXTURE_ID, command.commandId());
    }

    @Test
    void parse_malformedJson_rejectsWithoutCommandId() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse("{\"v\":1,\"type\":\"pla".getBytes(StandardCharsets.UTF_8)));

        assertEquals(DetailCode.INVALID_COMMAND, e.code());
        assertNull(e.commandId());
        assertTrue(e.detail().startsWith("invalid-command: malformed JSON"), e.detail());
    }

    @Test
    void parse_jsonArray_rejectsAsNotAnObject() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse("[1,2]".getBytes(StandardCharsets.UTF_8)));

        assertEquals("invalid-command: payload is not a JSON object", e.detail());
    }

    @Test
    void parse_missingAudio_rejectsWithCommandId() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.remove("audio"))));

        assertEquals(DetailCode.INVALID_COMMAND, e.code());
        assertEquals(FIXTURE_ID, e.commandId());
        assertEquals("invalid-command: audio is missing", e.detail());
    }

    @Test
    void parse_uppercaseSha256_rejectsNamingTheField() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                        n.get("audio")).put("sha256", "9F2C6C1D0E6A3B7F4E5D8C9B0A1F2E3D4C5B6A7980F1E2D3C4B5A69788F9E0D1"))));

        assertTrue(e.detail().startsWith("invalid-command: audio.sha256 must be 64 lowercase hex"), e.detail());
    }

    @Test
    void parse_unknownType_rejectsAsUnknownType() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("type", "reboot"))));

        assertEquals(DetailCode.UNKNOWN_TYPE, e.code());
        assertEquals(FIXTURE_ID, e.commandId());
        assertEquals("unknown-type: type 'reboot' is not known to protocol v1", e.detail());
    }

    @Test
    void parse_version2_rejects() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("v", 2))));

        assertEquals("invalid-command: v must be 1", e.detail());
    }

    @Test
    void parse_commandIdNotUuid_rejectsWithoutCommandId() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("commandId", "42"))));

        assertNull(e.commandId());
        assertEquals("invalid-command: commandId missing or not a UUID", e.detail());
    }

    @Test
    void parse_playAtWithoutOffset_rejects() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("playAt", "2026-12-06T06:30:00"))));

        assertTrue(e.detail().startsWith("invalid-command: playAt must be UTC with milliseconds"),
                e.detail());
    }

    @Test
    void parse_expiresBeforePlayAt_rejects() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("expiresAt", "2026-12-06T06:00:00.000Z"))));

        assertTrue(e.detail().contains("is before playAt"), e.detail());
    }

    @Test
    void parse_unknownPriority_rejects() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("priority", "urgent"))));

        assertEquals("invalid-command: priority must be routine|important|emergency, got 'urgent'", e.detail());
    }

    @Test
    void parse_broadcastIdAsString_rejects() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("broadcastId", "42"))));

        assertEquals("invalid-command: broadcastId must be an integer", e.detail());
    }

    @Test
    void parse_invalidReceiverId_rejects() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("receiverId", "RX_1"))));

        assertTrue(e.detail().startsWith("invalid-command: receiverId must match"), e.detail());
    }

    @Test
    void parse_exampleFile_keepsKeyIdAndSig() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes("play-command.json"));

        assertEquals("56475aa75463474c", signed.keyId());
        assertTrue(signed.sig().startsWith("FdiDOtvq"));
    }

    @Test
    void parse_stopExample_readsEveryField() throws Exception {
        final StopCommand stop = (StopCommand) CommandParser.parse(Fixtures.bytes("stop-command.json")).command();

        assertEquals(CommandId.of("5b0c1d7e-8a2f-4c3b-9d1e-7f6a5b4c3d2e"), stop.commandId());
        assertEquals(18, stop.seq());
        assertEquals(Instant.parse("2026-12-06T06:35:05Z"), stop.expiresAt());
    }

    @Test
    void parse_cancelExample_readsEveryFieldAndTheTarget() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes("cancel-command.json"));

        final CancelCommand cancel = (CancelCommand) signed.command();
        assertEquals(CommandId.of("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"), cancel.commandId());
        assertEquals(ReceiverId.of("rx-thon-ma-01"), cancel.receiverId());
        assertEquals(21, cancel.seq());
        assertEquals(Instant.parse("2026-12-06T07:30:00Z"), cancel.expiresAt());
        assertEquals(FIXTURE_ID, cancel.targetCommandId());
        assertEquals("2026-12-06T05:00:00.000Z", signed.issuedAt());
    }

    @Test
    void parse_cancelWithoutTarget_rejectsInvalidCommandNamingTheField() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class, () -> CommandParser.parse(
                edited("cancel-command.json", n -> n.remove("targetCommandId"))));

        assertEquals(DetailCode.INVALID_COMMAND, e.code());
        assertTrue(e.detail().contains("targetCommandId"), e.detail());
    }

    @Test
    void parse_cancelTargetNotAUuid_rejectsInvalidCommand() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class, () -> CommandParser.parse(
                edited("cancel-command.json", n -> n.put("targetCommandId", "play-42"))));

        assertEquals(DetailCode.INVALID_COMMAND, e.code());
        assertTrue(e.detail().startsWith("invalid-command: targetCommandId"), e.detail());
    }

    @Test
    void parse_cancelNamingItself_rejectsInvalidCommand() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class, () -> CommandParser.parse(
                edited("cancel-command.json", n -> n.put("targetCommandId", n.get("commandId").textValue()))));

        assertEquals(DetailCode.INVALID_COMMAND, e.code());
    }

    @Test
    void parse_rotateKeyExample_readsTheNewKey() throws Exception {
        final RotateKeyCommand rotate =
                (RotateKeyCommand) CommandParser.parse(Fixtures.bytes("rotate-key-command.json")).command();

        assertEquals("24f6ed6acbfe1009", rotate.newKey().keyId());
        assertEquals("Kay64UG8yvCyLhqU000LxzYeUm0L/hLIl5S8kyKWbdc=", rotate.newKey().base64());
    }

    @Test
    void parse_rotateKeyWithMismatchedKeyId_rejectsInvalidCommand() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class, () -> CommandParser.parse(
                edited("rotate-key-command.json", n -> n.put("newKeyId", "56475aa75463474c"))));

        assertTrue(e.detail().startsWith("invalid-command: newKeyId 56475aa75463474c does not match"), e.detail());
    }

    @Test
    void parse_rotateKeyWithShortKey_rejectsInvalidCommand() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class, () -> CommandParser.parse(
                edited("rotate-key-command.json", n -> n.put("newPublicKey", "AAAA"))));

        assertEquals("invalid-command: newPublicKey: public key must be 32 bytes, got 3", e.detail());
    }

    @Test
    void parse_lineFeedInTitle_rejectsInvalidCommand() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("title", "a\nseq=99"))));

        assertEquals(FIXTURE_ID, e.commandId());
        assertEquals("invalid-command: title must not contain CR or LF", e.detail());
    }

    @Test
    void parse_carriageReturnInAudioUrl_rejectsInvalidCommand() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class, () -> CommandParser.parse(
                Fixtures.playCommand(n -> ((ObjectNode) n.get("audio")).put("url", "/api/audio/x.mp3\r"))));

        assertEquals("invalid-command: audio.url must not contain CR or LF", e.detail());
    }

    @Test
    void parse_seqZero_rejects() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("seq", 0))));

        assertEquals("invalid-command: seq must be from 1 to 2^53 - 1, got 0", e.detail());
    }

    @Test
    void parse_unknownTypeUnsigned_rejectsAsUnknownTypeBeforeTheSignature() {
        final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                () -> CommandParser.parse(Fixtures.playCommand(n -> n.put("type", "reboot").remove("sig"))));

        assertEquals(DetailCode.UNKNOWN_TYPE, e.code());
    }

    @Test
    void parse_missingSig_stillParsesForTheVerifierToReject() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.playCommand(n -> n.remove("sig")));

        assertNull(signed.sig());
    }

    private static PlayCommand play(final byte[] payload) throws CommandRejectedException {
        return (PlayCommand) CommandParser.parse(payload).command();
    }

    private static byte[] edited(final String name, final java.util.function.Consumer<ObjectNode> edit) {
        final ObjectNode node = Fixtures.json(name);
        edit.accept(node);
        return Fixtures.toBytes(node);
    }
}
