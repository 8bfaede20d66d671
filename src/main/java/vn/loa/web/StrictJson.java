package vn.loa.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.Temporal;

/**
 * Strict JSON for the whole API: a value is taken only in its own JSON type. Strings are JSON strings (never
 * {@code true} or {@code 1.5} turned into text) and valid Unicode (no unpaired surrogate such as {@code "\ud800"});
 * booleans are {@code true}/{@code false} (never {@code -1} or {@code "true"}); integers are written as integers
 * (never {@code 1.0} or {@code "1"}); numbers are finite ({@code 1e999} overflows to infinity and is refused); a
 * key appears once per object. A malformed body must never be read as a valid command: {@code {"all": -1}} on
 * {@code /api/stop} would otherwise stop every receiver. Refusals surface as Jackson exceptions that
 * {@link ProblemMapper} turns into 400 problem JSON naming the field ({@link JsonErrors}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(final ObjectMapper mapper) {
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
        // an integer is a valid JSON number where a decimal is expected (latitude 21): Float from Integer stays
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        final SimpleModule module = new SimpleModule("loa-strict-json");
        module.addDeserializer(String.class, new StrictString());
        module.addDeserializer(Double.class, new FiniteDouble());
        module.addDeserializer(boolean.class, new StrictBoolean());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(final DeserializationConfig config,
                    final BeanDescription description, final JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new TextOnly(deserializer)
                        : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    private static void refuse(final ObjectMapper mapper, final LogicalType type, final CoercionInputShape... from) {
        for (CoercionInputShape shape : from) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** True when {@code s} holds a high surrogate not followed by a low one, or a low one not preceded by a high. */
    static boolean hasUnpairedSurrogate(final String s) {
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Only a JSON string (or null) becomes a {@code String}, and only valid Unicode. */
    static final class StrictString extends StdScalarDeserializer<String> {

        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(final JsonParser p, final DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            final String text = p.getText();
            if (hasUnpairedSurrogate(text)) {
                throw InvalidFormatException.from(p, JsonErrors.NOT_UNICODE, text, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /**
     * A {@code boolean} field only from {@code true} or {@code false}; an explicit {@code null} is refused, an absent
     * field stays false ({@code "all"} is optional on {@code /api/stop}). Jackson's own switch for nulls
     * (FAIL_ON_NULL_FOR_PRIMITIVES) would refuse the absent field too.
     */
    static final class StrictBoolean extends StdScalarDeserializer<Boolean> {

        StrictBoolean() {
            super(boolean.class);
        }

        @Override
        public Boolean deserialize(final JsonParser p, final DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_TRUE)) {
                return Boolean.TRUE;
            }
            if (p.hasToken(JsonToken.VALUE_FALSE)) {
                return Boolean.FALSE;
            }
            return (Boolean) ctxt.handleUnexpectedToken(boolean.class, p);
        }

        @Override
        public Boolean getNullValue(final DeserializationContext ctxt) throws JsonMappingException {
            return (Boolean) ctxt.reportInputMismatch(this, "null is not a boolean");
        }

        @Override
        public Object getAbsentValue(final DeserializationContext ctxt) {
            return Boolean.FALSE;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Boolean;
        }
    }

    /** A date or time only from a JSON string: java.time would read {@code 1893456000} as epoch seconds. */
    static final class TextOnly extends DelegatingDeserializer {

        TextOnly(final JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(final JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(final JsonParser p, final DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A JSON number that fits a double: {@code 1e999} would become infinity, which no field means. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {

        FiniteDouble() {
            super(Double.class);
        }

        @Override
        public Double deserialize(final JsonParser p, final DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (Double) ctxt.handleUnexpectedToken(handledType(), p);
            }
            final double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw InvalidFormatException.from(p, JsonErrors.OUT_OF_RANGE, value, Double.class);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }
}
