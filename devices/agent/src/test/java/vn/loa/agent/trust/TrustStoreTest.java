package vn.loa.agent.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.CommandParser;
import vn.loa.agent.protocol.CommandRejectedException;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.SignedCommand;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;

/** PROTOCOL.md 4.4 against the shared example files: canonical forms, signatures, and the trusted key. */
class TrustStoreTest {

    private static final ControllerKey TEST_KEY = ControllerKey.ofBase64(Signer.CURRENT.publicKey());
    private static final ControllerKey NEXT_KEY = ControllerKey.ofBase64(Signer.NEXT.publicKey());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"play-command", "stop-command", "rotate-key-command", "report-command", "cancel-command"})
    void parse_exampleCommand_canonicalFormEqualsTheCanonicalFileByteForByte(final String name) throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes(name + ".json"));

        assertArrayEquals(Fixtures.bytes(name + ".canonical.txt"), signed.canonical());
        assertArrayEquals(Fixtures.bytes(name + ".canonical.txt"), Signer.canonical(Fixtures.json(name + ".json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"play-command", "stop-command", "rotate-key-command", "report-command", "cancel-command"})
    void verify_exampleCommand_signatureVerifiesWithTheTestKey(final String name) throws Exception {
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"), TEST_KEY);

        assertDoesNotThrow(() -> trust.verify(CommandParser.parse(Fixtures.bytes(name + ".json"))));
    }

    @Test
    void sign_playExampleWithTestSeed_reproducesTheDocumentedSignature() {
        final ObjectNode play = Fixtures.json("play-command.json");
        final String documented = play.get("sig").textValue();

        Signer.CURRENT.sign(play);

        assertEquals(documented, play.get("sig").textValue());
        assertEquals("56475aa75463474c", TEST_KEY.keyId());
        assertEquals("24f6ed6acbfe1009", NEXT_KEY.keyId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"play-command", "stop-command", "rotate-key-command", "report-command", "cancel-command"})
    void verify_oneCharacterChangedInAnySignedField_fails(final String name) throws Exception {
        final SignedCommand signed = CommandParser.parse(Fixtures.bytes(name + ".json"));
        final byte[] sig = Base64.getDecoder().decode(signed.sig());
        final Ed25519 key = new Ed25519(TEST_KEY);
        assertTrue(key.verifies(signed.canonical(), sig));
        final String[] lines = new String(signed.canonical(), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            final String[] changed = lines.clone();
            final int last = changed[i].length() - 1;
            changed[i] = changed[i].substring(0, last) + (char) (changed[i].charAt(last) ^ 1);
            final byte[] tampered = (String.join("\n", changed) + "\n").getBytes(StandardCharsets.UTF_8);

            assertFalse(key.verifies(tampered, sig), "changed: " + changed[i]);
        }
    }

    @Test
    void verify_playAtChangedInTheJson_badSignature() throws Exception {
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"), TEST_KEY);

        assertEquals(DetailCode.BAD_SIGNATURE,
                code(trust, edit("play-command", n -> n.put("playAt", "2026-12-06T06:30:01.000Z"))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(trust, edit("stop-command", n -> n.put("seq", 19))));
    }

    @Test
    void verify_noSig_unsigned() throws Exception {
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"), TEST_KEY);

        assertEquals(DetailCode.UNSIGNED, code(trust, edit("play-command", n -> n.remove("sig"))));
        assertEquals(DetailCode.UNSIGNED, code(trust, edit("play-command", n -> n.remove("keyId"))));
    }

    @Test
    void verify_signedByAnotherKey_unknownKey() throws Exception {
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"), TEST_KEY);
        final ObjectNode play = Fixtures.json("play-command.json");

        assertEquals(DetailCode.UNKNOWN_KEY, code(trust, Signer.NEXT.sign(play)));
    }

    @Test
    void verify_forgerUsingTheTrustedKeyId_badSignature() throws Exception {
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"), TEST_KEY);

        assertEquals(DetailCode.BAD_SIGNATURE,
                code(trust, Signer.forger(TEST_KEY.keyId()).sign(Fixtures.json("play-command.json"))));
        assertEquals(DetailCode.BAD_SIGNATURE, code(trust, edit("play-command", n -> n.put("sig", "not base64!"))));
    }

    @Test
    void replace_thenReopen_newKeyWinsOverTheConfiguredOne() throws Exception {
        final Path file = dir.resolve("trust.json");
        final CommandId by = CommandId.of("7d3e2f1a-6b5c-4a9d-8e7f-1a2b3c4d5e6f");
        TrustStore.open(file, TEST_KEY).replace(NEXT_KEY, by);

        final TrustStore reopened = TrustStore.open(file, TEST_KEY);

        assertEquals(NEXT_KEY, reopened.current());
        assertEquals(by, reopened.rotatedBy().orElseThrow());
        assertEquals(DetailCode.UNKNOWN_KEY, code(reopened, Fixtures.bytes("play-command.json")));
        assertDoesNotThrow(() -> reopened.verify(CommandParser.parse(Signer.NEXT.sign(Fixtures.json("play-command.json")))));
        assertTrue(Files.readString(file).contains(NEXT_KEY.base64()));
    }

    @Test
    void open_corruptTrustFile_throwsRatherThanFallingBack() throws Exception {
        final Path file = Files.writeString(dir.resolve("trust.json"), "{\"publicKey\":");

        assertThrows(java.io.IOException.class, () -> TrustStore.open(file, TEST_KEY));
    }

    private static DetailCode code(final TrustStore trust, final byte[] payload) throws Exception {
        final SignedCommand signed = CommandParser.parse(payload);
        return assertThrows(CommandRejectedException.class, () -> trust.verify(signed)).code();
    }

    private static byte[] edit(final String name, final Consumer<ObjectNode> change) {
        final ObjectNode node = Fixtures.json(name + ".json");
        change.accept(node);
        return Fixtures.toBytes(node);
    }
}
