package vn.loa.receiver;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Receiver broker secrets: 32 random bytes (base64url, 43 characters), shown once at registration. Only two
 * hashes are kept: SHA-256 for the embedded broker, and Mosquitto's {@code $7$} form (PBKDF2-HMAC-SHA512, 101
 * iterations, 12-byte salt, 64-byte hash: what {@code mosquitto_passwd} writes) for its password file.
 */
public final class ReceiverSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MOSQUITTO_ITERATIONS = 101;

    private ReceiverSecrets() {
    }

    public static String newSecret() {
        final byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(final String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code secret} hashes to {@code expectedSha256}, compared in constant time. */
    public static boolean matches(final String secret, final String expectedSha256) {
        return expectedSha256 != null && MessageDigest.isEqual(
                sha256(secret).getBytes(StandardCharsets.US_ASCII), expectedSha256.getBytes(StandardCharsets.US_ASCII));
    }

    /** A Mosquitto 2 password-file hash of {@code password}. */
    public static String mosquittoHash(final String password) {
        final byte[] salt = new byte[12];
        RANDOM.nextBytes(salt);
        return mosquittoHash(password, salt, MOSQUITTO_ITERATIONS);
    }

    static String mosquittoHash(final String password, final byte[] salt, final int iterations) {
        try {
            final PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8);
            final byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            final Base64.Encoder b64 = Base64.getEncoder();
            return "$7$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
