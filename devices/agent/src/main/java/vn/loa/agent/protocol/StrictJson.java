package vn.loa.agent.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * Reads a payload under the text rules of PROTOCOL.md section 2.2: strict UTF-8 (no invalid bytes, no overlong or
 * surrogate encodings, no byte order mark), no lone UTF-16 surrogate in any string or name (JSON {@code "\ud800"}),
 * no duplicate key in any object, and every integer in the grammar {@code -?(0|[1-9][0-9]*)} (no {@code -0}) with a
 * magnitude of at most 2^53 - 1. Nothing is ever replaced: a payload that breaks a rule is refused whole, before
 * anything is verified or signed.
 */
public final class StrictJson {

    /** Largest integer magnitude on the wire: 2^53 - 1, exact in every JSON implementation. */
    public static final long MAX_INTEGER = (1L << 53) - 1;

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final BigInteger MAX = BigInteger.valueOf(MAX_INTEGER);
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private StrictJson() {
    }

    /**
     * @return the root value (any JSON value; callers check it is an object)
     * @throws IllegalArgumentException naming the broken rule
     */
    public static @NotNull JsonNode read(final byte @NotNull [] payload) {
        final String text = utf8(payload);
        if (text.startsWith("\uFEFF")) {
            throw new IllegalArgumentException("payload starts with a byte order mark");
        }
        check(text);
        try {
            final JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new IllegalArgumentException("malformed JSON: empty payload");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable payload: " + e, e);
        }
    }

    /** @return true if {@code text} holds no lone surrogate, i.e. it has an exact UTF-8 encoding */
    public static boolean isWellFormed(final @NotNull String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(final byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("payload is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    /** One streaming pass over every token: duplicate keys, lone surrogates, integer grammar and range. */
    private static void check(final String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    if (!isWellFormed(parser.getText())) {
                        throw new IllegalArgumentException("invalid Unicode (lone surrogate) in "
                                + (token == JsonToken.FIELD_NAME ? "a field name" : "field " + parser.currentName()));
                    }
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    final String number = parser.getText();
                    if (!INTEGER.matcher(number).matches() || "-0".equals(number)
                            || new BigInteger(number).abs().compareTo(MAX) > 0) {
                        throw new IllegalArgumentException("integer " + shorten(number) + " in field "
                                + parser.currentName() + " is outside the grammar or beyond 2^53 - 1");
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable payload: " + e, e);
        }
    }

    private static String shorten(final String number) {
        return number.length() <= 20 ? number : number.substring(0, 20) + "…";
    }
}
