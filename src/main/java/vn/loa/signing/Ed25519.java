package vn.loa.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 (RFC 8032), keys from the JDK, signatures by BouncyCastle, in the encodings of PROTOCOL.md 4.4: public keys as base64 of their raw 32
 * bytes, key ids as the first 8 bytes of SHA-256 over those bytes in hex, signatures as base64.
 */
public final class Ed25519 {

    /** X.509 SubjectPublicKeyInfo header of an Ed25519 key; the raw 32 bytes follow it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no Ed25519", e);
        }
    }

    /** The raw 32-byte public key, base64. */
    public static String rawPublicKey(final PublicKey key) {
        final byte[] x509 = key.getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, X509_PREFIX.length, x509.length));
    }

    public static PublicKey publicKey(final String rawBase64) {
        final byte[] raw = Base64.getDecoder().decode(rawBase64);
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        final byte[] x509 = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(raw, 0, x509, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    static PrivateKey privateKey(final String pkcs8Base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key is not an Ed25519 private key", e);
        }
    }

    /** First 8 bytes of SHA-256 over the raw public key, as 16 lowercase hex digits. */
    public static String keyId(final String rawBase64) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(rawBase64));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs once; to sign many messages with one key, keep its {@link #signer(PrivateKey)}. */
    public static String sign(final PrivateKey key, final byte[] message) {
        return signer(key).sign(message);
    }

    /** PKCS#8 header of an Ed25519 private key as the JDK encodes it; the 32-byte RFC 8032 seed follows it. */
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    /** A private key ready to sign many messages: its seed and its public key, computed once. */
    public static Signer signer(final PrivateKey key) {
        final byte[] pkcs8 = key.getEncoded();
        if (pkcs8 == null || pkcs8.length != PKCS8_PREFIX.length + 32
                || !Arrays.equals(pkcs8, 0, PKCS8_PREFIX.length, PKCS8_PREFIX, 0, PKCS8_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8");
        }
        final byte[] seed = Arrays.copyOfRange(pkcs8, PKCS8_PREFIX.length, pkcs8.length);
        final byte[] pub = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.PUBLIC_KEY_SIZE];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pub, 0);
        return new Signer(seed, pub);
    }

    /**
     * Signs with BouncyCastle's RFC 8032 implementation, several times faster than the JDK's EdDSA (BENCHMARKS.md);
     * Ed25519 signatures are deterministic, so both give the same bytes (Ed25519Test). Thread-safe.
     */
    public static final class Signer {

        private final byte[] seed;
        private final byte[] pub;

        private Signer(final byte[] seed, final byte[] pub) {
            this.seed = seed;
            this.pub = pub;
        }

        public String sign(final byte[] message) {
            final byte[] sig = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE];
            org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, pub, 0, message, 0, message.length, sig, 0);
            return Base64.getEncoder().encodeToString(sig);
        }
    }

    /** Verifies with BouncyCastle's RFC 8032 implementation (as {@link Signer} signs); false for anything malformed. */
    public static boolean verify(final PublicKey key, final byte[] message, final String signatureBase64) {
        final byte[] x509 = key.getEncoded();
        if (x509 == null || x509.length != X509_PREFIX.length + 32
                || !Arrays.equals(x509, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            return false;
        }
        final byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return sig.length == org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE
                && org.bouncycastle.math.ec.rfc8032.Ed25519.verify(sig, 0, x509, X509_PREFIX.length, message, 0,
                        message.length);
    }
}
