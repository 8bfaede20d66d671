package vn.loa.dispatch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The text rules of PROTOCOL.md section 2.2, for what the controller reads and what it signs: UTF-8 exactly (no
 * invalid bytes, overlong forms or encoded surrogates), no lone UTF-16 surrogate, no duplicate key, integers
 * {@code -?(0|[1-9][0-9]*)} (not {@code -0}) of magnitude at most 2^53 - 1.
 */
final class WireText {

    /** Largest integer magnitude on the wire: 2^53 - 1, exact in every JSON implementation. */
    static final long MAX_INTEGER = (1L << 53) - 1;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final BigInteger MAX = BigInteger.valueOf(MAX_INTEGER);

    private WireText() {
    }

    static String utf8(final byte[] payload) {
        final String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedMessageException("not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            throw new MalformedMessageException("starts with a byte order mark");
        }
        return text;
    }

    /** One streaming pass: duplicate keys, lone surrogates, integer grammar and range. */
    static void check(final String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
                        && !isWellFormed(parser.getText())) {
                    throw new MalformedMessageException("invalid Unicode (a lone surrogate) near field '"
                            + parser.currentName() + "'");
                }
                if (token == JsonToken.VALUE_NUMBER_INT) {
                    final String number = parser.getText();
                    if (!INTEGER.matcher(number).matches() || "-0".equals(number)
                            || new BigInteger(number).abs().compareTo(MAX) > 0) {
                        throw new MalformedMessageException("field '" + parser.currentName()
                                + "' holds an integer outside the grammar or beyond 2^53 - 1");
                    }
                }
            }
        } catch (IOException e) {
            // duplicate keys end up here too: Jackson reports them as a parse error
            throw new MalformedMessageException(e.getMessage().contains("Duplicate field")
                    ? "duplicate key" : "not JSON");
        }
    }

    /** @return true if {@code text} holds no lone surrogate, i.e. it has an exact UTF-8 encoding */
    static boolean isWellFormed(final String text) {
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
}
