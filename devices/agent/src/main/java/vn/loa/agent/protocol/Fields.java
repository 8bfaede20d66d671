package vn.loa.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/** Typed reads of JSON fields; every failure is an {@link IllegalArgumentException} naming the field. */
final class Fields {

    /** Which spellings of an instant are read. */
    enum Instants {
        /** Section 2.3, for every command received. */
        COMMAND,
        /** Any ISO-8601 date-time with an offset: commands verified and stored by an older agent. */
        STORED
    }

    private static final Pattern COMMAND_INSTANT =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");

    private Fields() {
    }

    static @NotNull JsonNode object(final JsonNode parent, final String name) {
        final JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(name + " must be an object");
        }
        return node;
    }

    static @NotNull String text(final JsonNode parent, final String name) {
        final JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return node.textValue();
    }

    static @Nullable String optionalText(final JsonNode parent, final String name) {
        final JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(name + " must be a string or null");
        }
        return node.textValue();
    }

    static long integer(final JsonNode parent, final String name) {
        final JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException(name + " must be an integer");
        }
        return node.longValue();
    }

    /** An integer in {@code [min, 2^53 - 1]} (PROTOCOL.md section 2.2). */
    static long integer(final JsonNode parent, final String name, final long min) {
        final long value = integer(parent, name);
        if (value < min || value > StrictJson.MAX_INTEGER) {
            throw new IllegalArgumentException(name + " must be from " + min + " to 2^53 - 1, got " + value);
        }
        return value;
    }

    static @Nullable Long optionalInteger(final JsonNode parent, final String name) {
        final JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : integer(parent, name);
    }

    static @Nullable Integer optionalInt(final JsonNode parent, final String name) {
        final Long value = optionalInteger(parent, name);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(name + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    static boolean bool(final JsonNode parent, final String name) {
        final JsonNode node = parent.get(name);
        if (node == null || !node.isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return node.booleanValue();
    }

    /** ISO-8601 date-time with {@code Z} or a numeric offset. */
    static @NotNull OffsetDateTime dateTime(final JsonNode parent, final String name) {
        final String text = text(parent, name);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 date-time with offset, got '" + text + "'");
        }
    }

    /**
     * An instant of a command: RFC 3339 in UTC with exactly millisecond precision, {@code 2026-12-06T06:30:00.000Z}
     * (PROTOCOL.md section 2.3). Any other spelling of the same instant is refused, so that one instant has one
     * signed text.
     */
    static @NotNull Instant instant(final JsonNode parent, final String name, final Instants grammar) {
        if (grammar == Instants.STORED) {
            return dateTime(parent, name).toInstant();
        }
        final String text = text(parent, name);
        if (!COMMAND_INSTANT.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    name + " must be UTC with milliseconds, YYYY-MM-DDTHH:MM:SS.sssZ, got '" + text + "'");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a valid date-time, got '" + text + "'");
        }
    }
}
