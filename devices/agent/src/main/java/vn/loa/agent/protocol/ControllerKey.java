package vn.loa.agent.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.jetbrains.annotations.NotNull;

/**
 * A controller's Ed25519 public key as it travels: standard base64 of the raw 32 bytes; its {@link #keyId()} is
 * the first 8 bytes of SHA-256 over those bytes in lowercase hex (PROTOCOL.md section 4.4).
 */
public final class ControllerKey {

    public static final int LENGTH = 32;

    private final byte[] raw;
    private final String keyId;

    private ControllerKey(final byte[] raw) {
        this.raw = raw;
        this.keyId = HexFormat.of().formatHex(sha256(raw), 0, 8);
    }

    /** @throws IllegalArgumentException unless {@code base64} is standard base64 of exactly 32 bytes */
    public static @NotNull ControllerKey ofBase64(final String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException("public key missing");
        }
        final byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public key is not base64: " + e.getMessage());
        }
        if (raw.length != LENGTH) {
            throw new IllegalArgumentException("public key must be " + LENGTH + " bytes, got " + raw.length);
        }
        return new ControllerKey(raw);
    }

    /** The raw 32 bytes (a copy). */
    public byte @NotNull [] raw() {
        return raw.clone();
    }

    public @NotNull String base64() {
        return Base64.getEncoder().encodeToString(raw);
    }

    /** 16 lowercase hex digits. */
    public @NotNull String keyId() {
        return keyId;
    }

    private static byte[] sha256(final byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof ControllerKey key && Arrays.equals(raw, key.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public @NotNull String toString() {
        return "ControllerKey[" + keyId + "]";
    }
}
