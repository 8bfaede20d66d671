package vn.loa.agent.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Parses a payload of topic {@code loa/v1/rx/{id}/cmd} (PROTOCOL.md, "Commands"). Unknown fields are ignored so
 * that later revisions can add some (signature, sequence number) without breaking v1 receivers.
 */
public final class CommandParser {

    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CommandParser() {
    }

    /**
     * @throws CommandRejectedException {@link DetailCode#INVALID_COMMAND} for malformed JSON, a wrong version or a
     *                                  missing or invalid field; {@link DetailCode#UNKNOWN_TYPE} for a type other
     *                                  than {@code play}. Its {@code commandId} is set when one could be read.
     */
    public static @NotNull PlayCommand parse(final byte @NotNull [] payload) throws CommandRejectedException {
        final JsonNode root = readTree(payload);
        final CommandId commandId = commandIdOrNull(root);
        final JsonNode v = root.get("v");
        if (v == null || !v.isInt() || v.intValue() != VERSION) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, commandId, "v must be " + VERSION);
        }
        final String type;
        try {
            type = Fields.text(root, "type");
        } catch (IllegalArgumentException e) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, commandId, e.getMessage());
        }
        if (!PlayCommand.TYPE.equals(type)) {
            throw new CommandRejectedException(
                    DetailCode.UNKNOWN_TYPE, commandId, "type '" + type + "' is not known to protocol v1");
        }
        if (commandId == null) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, null, "commandId missing or not a UUID");
        }
        try {
            return play(root, commandId);
        } catch (IllegalArgumentException e) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, commandId, e.getMessage());
        }
    }

    private static JsonNode readTree(final byte[] payload) throws CommandRejectedException {
        final JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new CommandRejectedException(
                    DetailCode.INVALID_COMMAND, null, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, null, "unreadable payload: " + e);
        }
        if (root == null || !root.isObject()) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, null, "payload is not a JSON object");
        }
        return root;
    }

    private static @Nullable CommandId commandIdOrNull(final JsonNode root) {
        final JsonNode node = root.get("commandId");
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return CommandId.of(node.textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PlayCommand play(final JsonNode root, final CommandId commandId) {
        final JsonNode audio = Fields.object(root, "audio");
        return new PlayCommand(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "broadcastId"),
                new AudioRef(
                        Fields.text(audio, "url"),
                        Fields.text(audio, "sha256"),
                        Fields.integer(audio, "bytes"),
                        Fields.integer(audio, "durationMs")),
                Fields.instant(root, "playAt"),
                Fields.instant(root, "expiresAt"),
                Priority.fromWire(Fields.text(root, "priority")),
                Fields.text(root, "title"));
    }
}
