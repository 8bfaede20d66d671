package vn.loa.agent.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.CommandParser;
import vn.loa.agent.protocol.CommandRejectedException;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.PlayCommand;
import vn.loa.agent.protocol.QuietHours;
import vn.loa.agent.protocol.SignedCommand;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;

/**
 * The signed {@code quietHours} part of a play (PROTOCOL.md 4.1e), from the shared example
 * {@code play-command-quiet-hours.json}: it verifies, a v1 receiver's reading of it verifies too, and no part can
 * be altered or moved to another command.
 */
class QuietHoursSignatureTest {

    private static final ControllerKey TEST_KEY = ControllerKey.ofBase64(Signer.CURRENT.publicKey());
    private static final String EXAMPLE = "play-command-quiet-hours.json";

    @TempDir
    Path dir;

    @Test
    void example_verifiesAndCarriesTheWindow() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes(EXAMPLE));

        assertDoesNotThrow(() -> trust().verify(signed));
        assertEquals(QuietHours.of("21:00", "05:00", "+07:00"), ((PlayCommand) signed.command()).quietHours());
    }

    @Test
    void example_canonicalFormsAreTheDocumentedFiles() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes(EXAMPLE));

        assertArrayEquals(Fixtures.bytes("play-command-quiet-hours.canonical.txt"), signed.canonical(),
                "the v1 form is unchanged: a v1 receiver verifies the command's own sig");
        assertArrayEquals(Fixtures.bytes("play-command-quiet-hours.quiet-hours.txt"), signed.parts().get(0).canonical());
    }

    @Test
    void sign_exampleWithTestSeed_reproducesBothDocumentedSignatures() {
        final ObjectNode play = Fixtures.json(EXAMPLE);
        final String sig = play.get("sig").textValue();
        final String partSig = play.get("quietHours").get("sig").textValue();

        Signer.CURRENT.sign(play);

        assertEquals(sig, play.get("sig").textValue());
        assertEquals(partSig, play.get("quietHours").get("sig").textValue());
    }

    @Test
    void verify_windowAltered_badSignature() throws Exception {
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(q -> q.put("from", "23:00"))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(q -> q.put("to", "04:00"))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(q -> q.put("utcOffset", "+00:00"))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(q -> q.put("sig", "not base64!"))));
    }

    @Test
    void verify_windowMovedFromAnotherCommand_badSignature() throws Exception {
        final ObjectNode other = Fixtures.json(EXAMPLE);
        other.put("commandId", "11111111-2222-4333-8444-555555555555");
        final byte[] payload = Signer.CURRENT.sign(other);
        final ObjectNode moved = (ObjectNode) Fixtures.json(EXAMPLE);
        moved.set("quietHours", Fixtures.json(EXAMPLE).get("quietHours"));
        final ObjectNode transplanted = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload);
        transplanted.set("quietHours", moved.get("quietHours"));

        assertEquals(DetailCode.BAD_SIGNATURE, code(Fixtures.toBytes(transplanted)));
    }

    @Test
    void parse_malformedWindow_invalidCommand() {
        for (final Consumer<ObjectNode> change : java.util.List.<Consumer<ObjectNode>>of(
                q -> q.put("to", "21:00"), q -> q.put("from", "9pm"), q -> q.remove("sig"), q -> q.remove("utcOffset"),
                q -> q.put("from", 21))) {
            final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                    () -> CommandParser.parse(edit(change)));
            assertEquals(DetailCode.INVALID_COMMAND, e.code());
        }
    }

    @Test
    void parse_windowRemoved_aV1PlayThatStillVerifies() throws Exception {
        final ObjectNode node = Fixtures.json(EXAMPLE);
        node.remove("quietHours");
        final SignedCommand signed = CommandParser.parse(Fixtures.toBytes(node));

        assertNull(((PlayCommand) signed.command()).quietHours());
        assertDoesNotThrow(() -> trust().verify(signed));
    }

    private TrustStore trust() throws Exception {
        return TrustStore.open(dir.resolve("trust.json"), TEST_KEY);
    }

    private DetailCode code(final byte[] payload) throws Exception {
        final SignedCommand signed = CommandParser.parse(payload);
        final TrustStore trust = trust();
        return assertThrows(CommandRejectedException.class, () -> trust.verify(signed)).code();
    }

    private static byte[] edit(final Consumer<ObjectNode> change) {
        final ObjectNode node = Fixtures.json(EXAMPLE);
        change.accept((ObjectNode) node.get("quietHours"));
        return Fixtures.toBytes(node);
    }
}
