package vn.loa.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical form of an audit entry and its SHA-256: the one place that defines what the hash chain covers.
 *
 * <p>The canonical form is UTF-8 text, one item per line ({@code \n}, never {@code \r\n}), in this order:
 * <pre>
 * loa-audit-v1
 * &lt;seq, decimal&gt;
 * &lt;at, UTC, yyyy-MM-dd'T'HH:mm:ss.SSS'Z' (milliseconds, always three digits)&gt;
 * &lt;actor&gt;
 * &lt;action&gt;
 * &lt;subject type&gt;
 * &lt;subject id&gt;
 * &lt;detail&gt;
 * &lt;prev_hash, 64 lower-case hex digits&gt;
 * </pre>
 * where each of the five text fields is written as {@code <n>:<value>}, {@code n} being the length of the value in
 * UTF-8 bytes, so a newline or colon inside a value can never shift one field into another; an absent detail is
 * written as {@code -}. The entry's hash is the lower-case hex SHA-256 of those bytes. The first entry's prev_hash
 * is {@link #GENESIS} (64 zeros).
 */
public final class AuditHash {

    /** prev_hash of entry 1. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "loa-audit-v1";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** The canonical text of an entry (see the class comment). */
    public static String canonical(final long seq, final Instant at, final String actor, final String action,
            final String subjectType, final String subjectId, final String detail, final String prevHash) {
        final StringBuilder s = new StringBuilder(256);
        s.append(VERSION).append('\n');
        s.append(seq).append('\n');
        s.append(AT.format(at)).append('\n');
        field(s, actor);
        field(s, action);
        field(s, subjectType);
        field(s, subjectId);
        field(s, detail);
        s.append(prevHash).append('\n');
        return s.toString();
    }

    /** Lower-case hex SHA-256 of the canonical form. */
    public static String hash(final long seq, final Instant at, final String actor, final String action,
            final String subjectType, final String subjectId, final String detail, final String prevHash) {
        return sha256(canonical(seq, at, actor, action, subjectType, subjectId, detail, prevHash));
    }

    static String sha256(final String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void field(final StringBuilder s, final String value) {
        if (value == null) {
            s.append("-\n");
            return;
        }
        s.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }
}
