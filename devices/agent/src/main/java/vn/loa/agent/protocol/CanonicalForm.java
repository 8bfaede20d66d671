package vn.loa.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jetbrains.annotations.NotNull;

/**
 * The text a command's signature covers (PROTOCOL.md section 4.4): {@code LOA-CMD-V1}, then {@code name=value} per
 * signed field in a fixed order per type, every line ending in LF. Values come from the JSON as sent: strings as
 * decoded, integers in decimal, instants as the original string (never reformatted).
 */
final class CanonicalForm {

    static final String HEADER = "LOA-CMD-V1";

    private static final List<String> COMMON = List.of("type", "commandId", "receiverId", "seq", "issuedAt");
    private static final Map<String, List<String>> FIELDS = Map.of(
            PlayCommand.TYPE, concat(COMMON, List.of("playAt", "expiresAt", "broadcastId", "audio.url",
                    "audio.sha256", "audio.bytes", "audio.durationMs", "priority", "title")),
            StopCommand.TYPE, concat(COMMON, List.of("expiresAt")),
            ReportCommand.TYPE, concat(COMMON, List.of("expiresAt")),
            RotateKeyCommand.TYPE, concat(COMMON, List.of("expiresAt", "newKeyId", "newPublicKey")),
            CancelCommand.TYPE, concat(COMMON, List.of("expiresAt", "targetCommandId")));

    private CanonicalForm() {
    }

    static boolean knows(final String type) {
        return FIELDS.containsKey(type);
    }

    /**
     * @param root a payload whose fields were already validated for {@code type}
     * @throws IllegalArgumentException if a signed value is missing, not a string or integer, or holds CR, LF or a
     *                                  lone surrogate
     */
    static byte @NotNull [] of(final @NotNull String type, final @NotNull JsonNode root) {
        final StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (final String name : FIELDS.get(type)) {
            text.append(name).append('=').append(value(root, name)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Header of the text a play's {@code quietHours} signature covers (section 4.1e). */
    static final String QUIET_HOURS_HEADER = "LOA-QUIET-HOURS-V1";

    /**
     * The signed part {@code quietHours} of a play: {@code LOA-QUIET-HOURS-V1}, then {@code commandId}, {@code from},
     * {@code to}, {@code utcOffset}, one {@code name=value} line each. The commandId binds the part to its command.
     */
    static SignedCommand.@NotNull Part quietHours(final @NotNull CommandId commandId, final @NotNull JsonNode node) {
        final StringBuilder text = new StringBuilder(QUIET_HOURS_HEADER).append('\n')
                .append("commandId=").append(commandId.value()).append('\n');
        for (final String name : List.of("from", "to", "utcOffset")) {
            text.append(name).append('=').append(value(node, name)).append('\n');
        }
        return new SignedCommand.Part("quietHours", text.toString().getBytes(StandardCharsets.UTF_8),
                value(node, "sig"));
    }

    /** Header of the text a play's {@code slot} signature covers (section 4.1f). */
    static final String SLOT_HEADER = "LOA-SLOT-V1";

    /**
     * The signed part {@code slot} of a play: {@code LOA-SLOT-V1}, then {@code commandId}, {@code slotId}, {@code name},
     * {@code occurrenceAt}, {@code index}, one {@code name=value} line each, values as in the JSON.
     */
    static SignedCommand.@NotNull Part slot(final @NotNull CommandId commandId, final @NotNull JsonNode node) {
        final StringBuilder text = new StringBuilder(SLOT_HEADER).append('\n')
                .append("commandId=").append(commandId.value()).append('\n');
        for (final String name : List.of("slotId", "name", "occurrenceAt", "index")) {
            text.append(name).append('=').append(value(node, name)).append('\n');
        }
        return new SignedCommand.Part("slot", text.toString().getBytes(StandardCharsets.UTF_8), value(node, "sig"));
    }

    private static String value(final JsonNode root, final String name) {
        final int dot = name.indexOf('.');
        final JsonNode node = dot < 0 ? root.get(name) : root.path(name.substring(0, dot)).get(name.substring(dot + 1));
        final String value;
        if (node != null && node.isTextual()) {
            value = node.textValue();
        } else if (node != null && node.isIntegralNumber()) {
            value = node.bigIntegerValue().toString();
        } else {
            throw new IllegalArgumentException(name + " must be a string or an integer");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(name + " must not contain CR or LF");
        }
        if (!StrictJson.isWellFormed(value)) {
            // UTF-8 would turn a lone surrogate into '?': an altered value could then verify
            throw new IllegalArgumentException(name + " holds invalid Unicode (a lone surrogate)");
        }
        return value;
    }

    private static List<String> concat(final List<String> first, final List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
