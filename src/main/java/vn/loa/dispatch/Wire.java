package vn.loa.dispatch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * JSON on the wire (protocol v1). Its own mapper, so a change to the REST API's JSON settings can never change
 * what receivers see. Unknown fields are ignored: a newer receiver may add some.
 */
final class Wire {

    static final int VERSION = 1;
    /** Largest payload read from a receiver, bytes. Anything bigger is dropped unread. */
    static final int MAX_PAYLOAD = 8 * 1024;
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads receivers' messages: duplicate keys are refused. */
    private static final ObjectMapper STRICT = new ObjectMapper(WireText.FACTORY);

    private Wire() {
    }

    /**
     * Reads a receiver's message under PROTOCOL.md section 2.2: strict UTF-8, no byte order mark, no lone surrogate,
     * no duplicate key, integers in the grammar and within 2^53 - 1. Nothing is repaired: a message that breaks a
     * rule is dropped whole.
     */
    static JsonNode tree(final byte[] payload) {
        if (payload.length > MAX_PAYLOAD) {
            throw new MalformedMessageException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        final String text = WireText.utf8(payload);
        WireText.check(text);
        final JsonNode node;
        try {
            node = STRICT.readTree(text);
        } catch (IOException e) {
            throw new MalformedMessageException("not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedMessageException("not a JSON object");
        }
        final JsonNode v = node.get("v");
        if (v == null || !v.isInt() || v.intValue() != VERSION) {
            throw new MalformedMessageException("field 'v' must be " + VERSION);
        }
        return node;
    }

    static String text(final JsonNode node, final String field, final int maxLength) {
        final JsonNode f = node.get(field);
        if (f == null || !f.isTextual() || f.textValue().isEmpty()) {
            throw new MalformedMessageException("field '" + field + "' is missing or not a string");
        }
        if (f.textValue().length() > maxLength) {
            throw new MalformedMessageException("field '" + field + "' is longer than " + maxLength);
        }
        return f.textValue();
    }

    static String optionalText(final JsonNode node, final String field, final int maxLength) {
        final JsonNode f = node.get(field);
        if (f == null || f.isNull()) {
            return null;
        }
        return text(node, field, maxLength);
    }

    /** An optional free-text field, cut to {@code maxLength}: its content is for people, and losing the rest of
     *  the message over a long text would be worse. */
    static String truncatedText(final JsonNode node, final String field, final int maxLength) {
        final String value = optionalText(node, field, MAX_PAYLOAD);
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
    }

    static Integer optionalInt(final JsonNode node, final String field, final int min, final int max) {
        final Long v = optionalLong(node, field, min, max);
        return v == null ? null : v.intValue();
    }

    static Long optionalLong(final JsonNode node, final String field, final long min, final long max) {
        final JsonNode f = node.get(field);
        if (f == null || f.isNull()) {
            return null;
        }
        if (!f.canConvertToLong() || !f.isIntegralNumber() || f.longValue() < min || f.longValue() > max) {
            throw new MalformedMessageException("field '" + field + "' must be a whole number from " + min
                    + " to " + max);
        }
        return f.longValue();
    }

    static String uuid(final JsonNode node, final String field) {
        final String value = text(node, field, 36);
        try {
            return UUID.fromString(value).toString().equals(value) ? value : fail(field, "a lower-case UUID");
        } catch (IllegalArgumentException e) {
            return fail(field, "a UUID");
        }
    }

    /** A required integer in {@code [min, 2^53 - 1]}. */
    static long integer(final JsonNode node, final String field, final long min) {
        final Long value = optionalLong(node, field, min, WireText.MAX_INTEGER);
        if (value == null) {
            throw new MalformedMessageException("field '" + field + "' is missing");
        }
        return value;
    }

    /**
     * An instant as commands carry it (PROTOCOL.md 2.3): UTC, exactly milliseconds, {@code Z}, e.g.
     * {@code 2026-12-06T06:30:00.000Z}. Truncated to milliseconds, so that the signed text, the JSON and what the
     * receiver parses are the same instant.
     */
    static String instant(final Instant at) {
        return INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    static OffsetDateTime time(final JsonNode node, final String field) {
        try {
            return OffsetDateTime.parse(text(node, field, 40));
        } catch (DateTimeParseException e) {
            return fail(field, "an ISO-8601 time with offset");
        }
    }

    private static <T> T fail(final String field, final String expected) {
        throw new MalformedMessageException("field '" + field + "' must be " + expected);
    }
}
