package vn.loa.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An API token as sent by a client: {@code loa_} followed by 43 characters of base64url (32 random bytes, 256 bits).
 * The prefix makes a leaked token recognisable (secret scanners, logs); the length makes guessing hopeless, so a
 * fast hash (SHA-256) is as good as bcrypt here and costs microseconds instead of a fifth of a second.
 */
public final class TokenSecret {

    /** What every token starts with. */
    public static final String PREFIX = "loa_";
    /** Random bytes in a token. */
    static final int BYTES = 32;
    /** Characters shown in lists to recognise a token: {@code loa_} and the first six random characters. */
    static final int SHOWN = PREFIX.length() + 6;
    private static final Pattern FORMAT = Pattern.compile("loa_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private TokenSecret(final String value) {
        this.value = value;
    }

    /** A new random token. */
    static TokenSecret generate() {
        final byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * A token as a client sent it.
     *
     * @throws IllegalArgumentException when it does not have the token's form (checked before any database query)
     */
    static TokenSecret of(final String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Loa API token");
        }
        return new TokenSecret(value);
    }

    /** The token itself: shown once, to its creator, never stored or logged. */
    String value() {
        return value;
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes: what the database keeps and looks up. */
    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The start of the token, for lists: enough to tell one's tokens apart, far too little to guess the rest. */
    String shown() {
        return value.substring(0, SHOWN);
    }

    @Override
    public String toString() {
        return shown() + "…";
    }
}
