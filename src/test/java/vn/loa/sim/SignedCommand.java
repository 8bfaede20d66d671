package vn.loa.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import vn.loa.signing.Ed25519;

/**
 * A command as a receiver checks it (PROTOCOL.md 4.4, 7): its canonical form rebuilt from the JSON as received, field
 * by field in the order of the spec, and its Ed25519 signature verified with the controller's public key. Written
 * from the protocol, not from the controller's {@code CanonicalForm}, so a controller that signs the wrong text is
 * caught here as a real receiver would catch it.
 */
final class SignedCommand {

    /** Fields after {@code LOA-CMD-V1}, per type (PROTOCOL.md 4.4). */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "play", List.of("type", "commandId", "receiverId", "seq", "issuedAt", "playAt", "expiresAt", "broadcastId",
                    "audio.url", "audio.sha256", "audio.bytes", "audio.durationMs", "priority", "title"),
            "stop", List.of("type", "commandId", "receiverId", "seq", "issuedAt", "expiresAt"),
            "report", List.of("type", "commandId", "receiverId", "seq", "issuedAt", "expiresAt"),
            "cancel", List.of("type", "commandId", "receiverId", "seq", "issuedAt", "expiresAt", "targetCommandId"),
            "rotate-key", List.of("type", "commandId", "receiverId", "seq", "issuedAt", "expiresAt", "newKeyId",
                    "newPublicKey"));

    private static final java.util.Set<String> INTEGERS = java.util.Set.of("seq", "broadcastId", "audio.bytes",
            "audio.durationMs");
    private static final java.util.Set<String> INSTANTS = java.util.Set.of("issuedAt", "playAt", "expiresAt");
    /** PROTOCOL.md 2.3, and a real date and time ({@link java.time.Instant#parse} checks that part). */
    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");
    private static final long MAX_INTEGER = (1L << 53) - 1;

    /** Why a command is refused, as the detail code of a {@code rejected} ack (PROTOCOL.md 6). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        /** The commandId the refused message claims, when it could be read. */
        String commandId;

        Refused(final String code, final String message) {
            super(code + ": " + message);
            this.code = code;
        }
    }

    private SignedCommand() {
    }

    /** The canonical text of {@code command}, or refused ({@code unknown-type}, {@code invalid-command}). */
    static byte[] canonical(final JsonNode command) throws Refused {
        final String type = command.path("type").asText(null);
        final List<String> fields = FIELDS.get(type);
        if (fields == null) {
            throw new Refused("unknown-type", "type " + type);
        }
        final StringBuilder text = new StringBuilder("LOA-CMD-V1\n");
        for (String name : fields) {
            final JsonNode value = name.startsWith("audio.") ? command.path("audio").path(name.substring(6))
                    : command.path(name);
            if (INTEGERS.contains(name) ? !value.isIntegralNumber() || value.asLong() < (name.equals("audio.durationMs")
                    ? 0 : 1) || !value.canConvertToExactIntegral() || value.asLong() > MAX_INTEGER : !value.isTextual()) {
                throw new Refused("invalid-command", "field " + name + " missing, of the wrong type or out of range");
            }
            final String v = value.asText();
            if (INSTANTS.contains(name) && !isInstant(v)) {
                throw new Refused("invalid-command", "field " + name + " is not an instant like 2026-12-06T06:30:00.000Z");
            }
            if (!isWellFormed(v)) {
                throw new Refused("invalid-command", "field " + name + " holds a lone surrogate");
            }
            if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new Refused("invalid-command", "field " + name + " holds a line break");
            }
            text.append(name).append('=').append(v).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isInstant(final String v) {
        if (!INSTANT.matcher(v).matches()) {
            return false;
        }
        try {
            java.time.LocalDateTime.parse(v.substring(0, v.length() - 1),
                    java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME
                            .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Reads and checks a payload from the command topic (PROTOCOL.md 7, steps 1 to 5): UTF-8 JSON without a
     * byte-order mark or duplicate keys, an object with {@code v} = 1 and a {@code commandId}, then
     * {@link #verify}. Returns the command; a refusal carries the claimed commandId when one could be read.
     */
    static JsonNode read(final byte[] payload, final String receiverId, final String keyId, final PublicKey key)
            throws Refused {
        if (payload.length >= 3 && (payload[0] & 0xff) == 0xEF && (payload[1] & 0xff) == 0xBB
                && (payload[2] & 0xff) == 0xBF) {
            throw new Refused("invalid-command", "byte-order mark");
        }
        final JsonNode command;
        try {
            // the JDK's decoder refuses overlong forms and encoded surrogates, which Jackson lets through
            final String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(payload)).toString();
            command = STRICT.readTree(text);
        } catch (java.io.IOException e) {
            throw new Refused("invalid-command", "not JSON under PROTOCOL.md 2.2");
        }
        if (command == null || !command.isObject() || !command.path("commandId").isTextual()
                || !command.path("v").isIntegralNumber() || command.path("v").asInt() != 1) {
            throw new Refused("invalid-command", "not an object with v = 1 and a commandId");
        }
        try {
            verify(command, receiverId, keyId, key);
        } catch (Refused r) {
            r.commandId = command.path("commandId").asText();
            throw r;
        }
        return command;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper STRICT = new com.fasterxml.jackson.databind
            .ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static boolean isWellFormed(final String v) {
        for (int i = 0; i < v.length(); i++) {
            final char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a command for {@code receiverId}: known type, signed by the key {@code keyId} with a valid signature,
     * addressed to this receiver.
     */
    static void verify(final JsonNode command, final String receiverId, final String keyId, final PublicKey key)
            throws Refused {
        final byte[] canonical = canonical(command);
        final String sig = command.path("sig").asText(null);
        if (sig == null) {
            throw new Refused("unsigned", "no sig");
        }
        if (!keyId.equals(command.path("keyId").asText(null))) {
            throw new Refused("unknown-key", "keyId " + command.path("keyId").asText(null));
        }
        if (!Ed25519.verify(key, canonical, sig)) {
            throw new Refused("bad-signature", "signature does not verify");
        }
        verifyQuietHours(command, key);
        if (!receiverId.equals(command.path("receiverId").asText())) {
            throw new Refused("wrong-receiver", "for " + command.path("receiverId").asText());
        }
    }

    private static final java.util.regex.Pattern HH_MM = java.util.regex.Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("[+-](0[0-9]|1[0-4]):[0-5][0-9]");

    /** A play's optional signed part {@code quietHours} (PROTOCOL.md 4.1e): well formed, then its own signature. */
    private static void verifyQuietHours(final JsonNode command, final PublicKey key) throws Refused {
        final JsonNode q = command.get("quietHours");
        if (q == null || q.isNull()) {
            return;
        }
        final String from = q.path("from").asText(null);
        final String to = q.path("to").asText(null);
        final String offset = q.path("utcOffset").asText(null);
        final String partSig = q.path("sig").asText(null);
        if (!q.path("from").isTextual() || !q.path("to").isTextual() || !q.path("utcOffset").isTextual()
                || !q.path("sig").isTextual() || !HH_MM.matcher(from).matches() || !HH_MM.matcher(to).matches()
                || from.equals(to) || !OFFSET.matcher(offset).matches()) {
            throw new Refused("invalid-command", "quietHours malformed");
        }
        final String text = "LOA-QUIET-HOURS-V1\ncommandId=" + command.path("commandId").asText() + "\nfrom=" + from
                + "\nto=" + to + "\nutcOffset=" + offset + "\n";
        if (!Ed25519.verify(key, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), partSig)) {
            throw new Refused("bad-signature", "quietHours signature does not verify");
        }
    }
}
