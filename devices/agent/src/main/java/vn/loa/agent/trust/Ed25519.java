package vn.loa.agent.trust;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.ControllerKey;

/** The JDK's Ed25519 (RFC 8032) for one controller key. Thread-safe. */
final class Ed25519 {

    /** DER prefix that turns a raw 32-byte Ed25519 public key into X.509 SubjectPublicKeyInfo (PROTOCOL.md 4.4). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    static final int SIGNATURE_LENGTH = 64;

    private final PublicKey publicKey;

    /** @throws IllegalArgumentException if the JDK does not accept the key */
    Ed25519(final @NotNull ControllerKey key) {
        final byte[] raw = key.raw();
        final byte[] encoded = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        try {
            this.publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** @return true only if {@code signature} (64 bytes) is this key's signature of {@code message} */
    boolean verifies(final byte @NotNull [] message, final byte @NotNull [] signature) {
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            final Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable in this JDK", e);
        }
    }
}
