package vn.loa.cap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** XML Signature over a CAP alert (CAP 1.2 section 3.3.2.1), checked against the trusted sender's key. */
class CapSignatureTest {

    private static final KeyPair SENDER = CapSamples.rsa();
    private static final KeyPair OTHER = CapSamples.rsa();
    private final CapDocuments documents = new CapDocuments();

    private static String alert() {
        return CapSamples.load("actual-flood.xml", Map.of("identifier", "KTTV-SIG-1", "sender", CapSamples.SENDER,
                "sent", "2026-12-07T08:00:00+07:00", "expires", "2026-12-07T20:00:00+07:00", "code", "99101"));
    }

    private Document read(final String xml) {
        return documents.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(final String name) throws IOException {
        try (InputStream in = CapSignatureTest.class.getResourceAsStream("/cap/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void verify_signedWithTheSendersKey_passesTheSchemaAndVerifies() {
        final Document doc = read(CapSamples.sign(alert(), SENDER.getPrivate()));
        assertTrue(CapSignature.present(doc));
        assertDoesNotThrow(() -> CapSignature.verify(doc, SENDER.getPublic()));
    }

    @Test
    void verify_unsigned_isNotPresent() {
        assertFalse(CapSignature.present(read(alert())));
    }

    @Test
    void verify_anotherKey_refused() {
        final Document doc = read(CapSamples.sign(alert(), OTHER.getPrivate()));
        assertEquals("cap-bad-signature", assertThrows(CapUntrusted.class,
                () -> CapSignature.verify(doc, SENDER.getPublic())).code());
    }

    @Test
    void verify_alteredAfterSigning_refused() {
        final String signed = CapSamples.sign(alert(), SENDER.getPrivate());
        final String altered = signed.replace("<severity>Extreme</severity>", "<severity>Minor</severity>");
        assertFalse(signed.equals(altered));
        final Document doc = read(altered);
        assertEquals("cap-bad-signature", assertThrows(CapUntrusted.class,
                () -> CapSignature.verify(doc, SENDER.getPublic())).code());
    }

    /** Only an enveloped signature over the whole alert is accepted. */
    @Test
    void verify_notEnveloped_refused() {
        final Document doc = read(CapSamples.sign(alert(), SENDER.getPrivate(), false));
        assertEquals("cap-bad-signature", assertThrows(CapUntrusted.class,
                () -> CapSignature.verify(doc, SENDER.getPublic())).code());
    }

    @Test
    void verify_fixedSampleWithItsCertificate_verifies() throws IOException {
        final SenderKey key = SenderKey.parse(resource("signed-fixed-cert.pem"));
        assertNotNull(key.certificate());
        final Document doc = read(resource("signed-fixed.xml"));
        assertDoesNotThrow(() -> CapSignature.verify(doc, key.keyAt(Instant.parse("2027-01-01T00:00:00Z"))));
        final Document tampered = read(resource("signed-fixed.xml").replace("dưới 3 độ C", "dưới 13 độ C"));
        assertThrows(CapUntrusted.class, () -> CapSignature.verify(tampered, key.key()));
    }

    @Test
    void senderKey_expiredCertificate_refusedAtUse() throws IOException {
        final SenderKey key = SenderKey.parse(resource("signed-fixed-cert.pem"));
        assertEquals("cap-sender-certificate-expired", assertThrows(CapUntrusted.class,
                () -> key.keyAt(Instant.parse("2200-01-01T00:00:00Z"))).code());
    }

    @Test
    void senderKey_publicKeyPem_parsed_garbageRefused() {
        final SenderKey key = SenderKey.parse(CapSamples.publicPem(SENDER.getPublic()));
        assertNull(key.certificate());
        assertEquals("RSA", key.algorithm());
        assertEquals(64, key.sha256().length());
        for (String bad : new String[] {"", "not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"}) {
            assertEquals("invalid-sender-key", assertThrows(CapRefusal.class, () -> SenderKey.parse(bad)).code(), bad);
        }
    }
}
