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

    /** Why a command is refused, as the detail code of a {@code rejected} ack (PROTOCOL.md 6). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

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
            if (!value.isTextual() && !value.isIntegralNumber()) {
                throw new Refused("invalid-command", "field " + name + " missing or not a string or integer");
            }
            final String v = value.asText();
            if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new Refused("invalid-command", "field " + name + " holds a line break");
            }
            text.append(name).append('=').append(v).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
        if (!receiverId.equals(command.path("receiverId").asText())) {
            throw new Refused("wrong-receiver", "for " + command.path("receiverId").asText());
        }
    }
}
