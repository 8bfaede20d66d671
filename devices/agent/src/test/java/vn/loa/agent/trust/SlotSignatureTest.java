package vn.loa.agent.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.CommandParser;
import vn.loa.agent.protocol.CommandRejectedException;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.PlayCommand;
import vn.loa.agent.protocol.SignedCommand;
import vn.loa.agent.protocol.SlotRef;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;

/**
 * The signed {@code slot} part of a play (PROTOCOL.md 4.1f), from the shared example {@code play-command-slot.json},
 * which the controller's {@code PlayCommandMessageTest} produces: it verifies, a receiver that drops it still plays a
 * verified v1 command, and no part can be altered or moved to another command.
 */
class SlotSignatureTest {

    private static final ControllerKey TEST_KEY = ControllerKey.ofBase64(Signer.CURRENT.publicKey());
    private static final String EXAMPLE = "play-command-slot.json";

    @TempDir
    Path dir;

    @Test
    void example_verifiesAndCarriesThePlace() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes(EXAMPLE));

        assertDoesNotThrow(() -> trust().verify(signed));
        assertEquals(new SlotRef(7, "Bản tin sáng 06:00", Instant.parse("2026-12-06T23:00:00Z"), 1),
                ((PlayCommand) signed.command()).slot());
    }

    @Test
    void example_canonicalFormsAreTheDocumentedFiles() throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes(EXAMPLE));

        assertArrayEquals(Fixtures.bytes("play-command-slot.canonical.txt"), signed.canonical(),
                "the v1 form is unchanged: a v1 receiver verifies the command's own sig");
        assertEquals(2, signed.parts().size());
        assertArrayEquals(Fixtures.bytes("play-command-slot.slot.txt"), signed.parts().get(1).canonical());
    }

    @Test
    void sign_exampleWithTestSeed_reproducesTheDocumentedSignatures() {
        final ObjectNode play = Fixtures.json(EXAMPLE);
        final String sig = play.get("sig").textValue();
        final String slotSig = play.get("slot").get("sig").textValue();

        Signer.CURRENT.sign(play);

        assertEquals(sig, play.get("sig").textValue());
        assertEquals(slotSig, play.get("slot").get("sig").textValue());
    }

    @Test
    void verify_placeAltered_badSignature() throws Exception {
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(s -> s.put("index", 0))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(s -> s.put("slotId", 8))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(s -> s.put("name", "Bản tin chiều 17:00"))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(s -> s.put("occurrenceAt", "2026-12-07T23:00:00.000Z"))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(edit(s -> s.put("sig", "not base64!"))));
    }

    @Test
    void verify_partMovedFromAnotherCommand_badSignature() throws Exception {
        final ObjectNode other = Fixtures.json(EXAMPLE);
        other.put("commandId", "11111111-2222-4333-8444-555555555555");
        final ObjectNode transplanted = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Signer.CURRENT.sign(other));
        transplanted.set("slot", Fixtures.json(EXAMPLE).get("slot"));

        assertEquals(DetailCode.BAD_SIGNATURE, code(Fixtures.toBytes(transplanted)));
    }

    @Test
    void parse_malformedPart_invalidCommand() {
        for (final Consumer<ObjectNode> change : java.util.List.<Consumer<ObjectNode>>of(
                s -> s.put("index", -1), s -> s.put("slotId", 0), s -> s.remove("sig"), s -> s.remove("name"),
                s -> s.put("occurrenceAt", "2026-12-07T06:00:00+07:00"), s -> s.put("index", "1"))) {
            final CommandRejectedException e = assertThrows(CommandRejectedException.class,
                    () -> CommandParser.parse(edit(change)));
            assertEquals(DetailCode.INVALID_COMMAND, e.code());
        }
    }

    @Test
    void parse_partRemoved_aPlayThatStillVerifies() throws Exception {
        final ObjectNode node = Fixtures.json(EXAMPLE);
        node.remove("slot");
        final SignedCommand signed = CommandParser.parse(Fixtures.toBytes(node));

        assertNull(((PlayCommand) signed.command()).slot());
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
        change.accept((ObjectNode) node.get("slot"));
        return Fixtures.toBytes(node);
    }
}
