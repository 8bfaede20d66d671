package vn.loa.agent.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Parses a payload of topic {@code loa/v1/rx/{id}/cmd} (PROTOCOL.md sections 4.1 to 4.1d, step 1 of section 7)
 * and builds the canonical form its signature covers (section 4.4). Unknown fields are ignored so that later
 * revisions can add some without breaking v1 receivers. Verifying the signature is not done here.
 */
public final class CommandParser {

    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CommandParser() {
    }

    /**
     * @throws CommandRejectedException {@link DetailCode#INVALID_COMMAND} for malformed JSON, a wrong version, a
     *                                  missing or invalid field or a CR/LF in a signed value;
     *                                  {@link DetailCode#UNSIGNED} or else {@link DetailCode#UNKNOWN_TYPE} for a
     *                                  type without a canonical form. Its {@code commandId} is set when one could
     *                                  be read.
     */
    public static @NotNull SignedCommand parse(final byte @NotNull [] payload) throws CommandRejectedException {
        final JsonNode root = readTree(payload);
        final CommandId commandId = commandIdOrNull(root);
        final JsonNode v = root.get("v");
        if (v == null || !v.isInt() || v.intValue() != VERSION) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, commandId, "v must be " + VERSION);
        }
        try {
            final String type = Fields.text(root, "type");
            if (!CanonicalForm.knows(type)) {
                // no canonical form to verify against: the best check left is whether it is signed at all
                if (Fields.optionalText(root, "keyId") == null || Fields.optionalText(root, "sig") == null) {
                    throw new CommandRejectedException(DetailCode.UNSIGNED, commandId, "sig or keyId missing");
                }
                throw new CommandRejectedException(
                        DetailCode.UNKNOWN_TYPE, commandId, "type '" + type + "' is not known to protocol v1");
            }
            if (commandId == null) {
                throw new CommandRejectedException(DetailCode.INVALID_COMMAND, null, "commandId missing or not a UUID");
            }
            Fields.instant(root, "issuedAt");
            final Command command = switch (type) {
                case PlayCommand.TYPE -> play(root, commandId);
                case StopCommand.TYPE -> stop(root, commandId);
                case ReportCommand.TYPE -> report(root, commandId);
                case CancelCommand.TYPE -> cancel(root, commandId);
                default -> rotateKey(root, commandId);
            };
            return new SignedCommand(command, CanonicalForm.of(type, root), Fields.text(root, "issuedAt"),
                    Fields.optionalText(root, "keyId"), Fields.optionalText(root, "sig"));
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
                Fields.integer(root, "seq"),
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

    private static StopCommand stop(final JsonNode root, final CommandId commandId) {
        return new StopCommand(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "seq"),
                Fields.instant(root, "expiresAt"));
    }

    private static ReportCommand report(final JsonNode root, final CommandId commandId) {
        return new ReportCommand(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "seq"),
                Fields.instant(root, "expiresAt"));
    }

    private static CancelCommand cancel(final JsonNode root, final CommandId commandId) {
        final String targetText = Fields.text(root, "targetCommandId");
        final CommandId target;
        try {
            target = CommandId.of(targetText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("targetCommandId: " + e.getMessage());
        }
        return new CancelCommand(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "seq"),
                Fields.instant(root, "expiresAt"),
                target);
    }

    private static RotateKeyCommand rotateKey(final JsonNode root, final CommandId commandId) {
        final String base64 = Fields.text(root, "newPublicKey");
        final ControllerKey newKey;
        try {
            newKey = ControllerKey.ofBase64(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("newPublicKey: " + e.getMessage());
        }
        return RotateKeyCommand.of(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "seq"),
                Fields.instant(root, "expiresAt"),
                Fields.text(root, "newKeyId"),
                newKey);
    }
}
