package vn.loa.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/** Typed reads of JSON fields; every failure is an {@link IllegalArgumentException} naming the field. */
final class Fields {

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

    static @NotNull Instant instant(final JsonNode parent, final String name) {
        return dateTime(parent, name).toInstant();
    }
}
