package vn.loa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Turns a body Jackson refused into a 400 problem naming the field by its JSON path ({@code title},
 * {@code targets.villages[0].commune}) and saying what it must be, in words of our own: Jackson's messages name Java
 * classes, which never go out.
 */
final class JsonErrors {

    static final String NOT_UNICODE = "must be valid Unicode text (it holds an unpaired surrogate)";
    static final String OUT_OF_RANGE = "is out of range";
    static final String DUPLICATE = "appears more than once";
    static final String NOT_JSON = "request body is not valid JSON";

    private JsonErrors() {
    }

    static Problem problem(final JsonProcessingException e) {
        final String path = path(e);
        if (path == null || path.isEmpty()) {
            return Problem.of(Status.BAD_REQUEST, "malformed-json", NOT_JSON);
        }
        final String message = message(e);
        return new Problem("/problems/malformed-json", Status.BAD_REQUEST.getReasonPhrase(), 400,
                path + ": " + message, List.of(new Problem.FieldError(path, message)));
    }

    /** The JSON path of the refused value; null when the body could not be read at all. */
    static String path(final JsonProcessingException e) {
        // a failure of the parser itself (duplicate key, number out of range) is located best by the parser, even
        // where databind wrapped it with a shorter path of its own
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s && s.getProcessor() != null) {
                return path(s.getProcessor().getParsingContext());
            }
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            final StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return null;
    }

    /** The path of the parser's position: a duplicate key or an out-of-range number has no mapping path yet. */
    static String path(final JsonStreamContext context) {
        final Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        final StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.toString();
    }

    static String message(final JsonProcessingException e) {
        final String original = e.getOriginalMessage();
        if (NOT_UNICODE.equals(original) || OUT_OF_RANGE.equals(original)) {
            return original;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputCoercionException) {
                return OUT_OF_RANGE;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s) {
                final String message = s.getOriginalMessage();
                return message != null && message.startsWith("Duplicate field") ? DUPLICATE : "is not valid JSON";
            }
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "has an invalid value";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m.getTargetType());
        }
        return "has an invalid value";
    }

    /** What a value of {@code type} must look like in JSON. */
    static String expected(final Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "must be a JSON string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "must be an integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "has an invalid value";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has an invalid value";
    }
}
