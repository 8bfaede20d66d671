package vn.loa.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import vn.loa.support.TestKeys;

class Ed25519Test {

    private static final Path EXAMPLES = Path.of("devices", "protocol", "examples");
    private static final String FIXTURE_SIG =
            "FdiDOtvqN98f/Rqr/quQmm6uJtL3l1CMy5vYK9bn9Pf0p2zr6joJHwZFfzwFKpJK+6/qAxsY2ZcCeBGzOw/cAQ==";

    @Test
    void rawPublicKey_ofTestSeed_isTheDocumentedKeyAndId() {
        final KeyPair pair = TestKeys.fromSeed(TestKeys.CURRENT_SEED);
        assertEquals(TestKeys.CURRENT_PUBLIC, Ed25519.rawPublicKey(pair.getPublic()));
        assertEquals(TestKeys.CURRENT_KEY_ID, Ed25519.keyId(TestKeys.CURRENT_PUBLIC));
    }

    @Test
    void sign_workedExample_givesTheDocumentedSignature() throws Exception {
        final byte[] canonical = Files.readAllBytes(EXAMPLES.resolve("play-command.canonical.txt"));
        assertEquals(494, canonical.length);
        assertEquals(FIXTURE_SIG, Ed25519.sign(TestKeys.fromSeed(TestKeys.CURRENT_SEED).getPrivate(), canonical));
        assertTrue(Ed25519.verify(Ed25519.publicKey(TestKeys.CURRENT_PUBLIC), canonical, FIXTURE_SIG));
    }

    @Test
    void verify_oneChangedByte_fails() throws Exception {
        final String text = Files.readString(EXAMPLES.resolve("play-command.canonical.txt"), StandardCharsets.UTF_8);
        final byte[] tampered = text.replace("playAt=2026-12-06T06:30:00.000Z", "playAt=2026-12-06T06:31:00.000Z")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(Ed25519.verify(Ed25519.publicKey(TestKeys.CURRENT_PUBLIC), tampered, FIXTURE_SIG));
        assertFalse(Ed25519.verify(Ed25519.publicKey(TestKeys.CURRENT_PUBLIC), text.getBytes(StandardCharsets.UTF_8),
                "not base64!"));
    }

    @Test
    void signer_randomKeysAndMessages_sameSignatureAsTheJdk() throws Exception {
        final java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 50; i++) {
            final KeyPair pair = Ed25519.generate();
            final byte[] message = new byte[random.nextInt(2000)];
            random.nextBytes(message);
            final java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
            jdk.initSign(pair.getPrivate());
            jdk.update(message);
            final String expected = java.util.Base64.getEncoder().encodeToString(jdk.sign());
            assertEquals(expected, Ed25519.signer(pair.getPrivate()).sign(message), "message of " + message.length);
            assertTrue(Ed25519.verify(pair.getPublic(), message, expected));
        }
    }

    @Test
    void signer_notAnEd25519Key_throws() throws Exception {
        final java.security.PrivateKey ec = java.security.KeyPairGenerator.getInstance("EC").generateKeyPair()
                .getPrivate();
        assertThrows(IllegalArgumentException.class, () -> Ed25519.signer(ec));
    }

    @Test
    void verify_shortSignatureOrNotAnEd25519Key_false() throws Exception {
        final byte[] canonical = Files.readAllBytes(EXAMPLES.resolve("play-command.canonical.txt"));
        final byte[] sig = java.util.Base64.getDecoder().decode(FIXTURE_SIG);
        final String short63 = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(sig, 63));
        assertFalse(Ed25519.verify(Ed25519.publicKey(TestKeys.CURRENT_PUBLIC), canonical, short63));
        final java.security.PublicKey ec = java.security.KeyPairGenerator.getInstance("EC").generateKeyPair()
                .getPublic();
        assertFalse(Ed25519.verify(ec, canonical, FIXTURE_SIG));
    }

    @Test
    void publicKey_wrongLength_throws() {
        assertThrows(IllegalArgumentException.class, () -> Ed25519.publicKey("AAAA"));
    }
}
