package vn.loa.agent.protocol;

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

    private static final ObjectMapper LENIENT = new ObjectMapper();

    private CommandParser() {
    }

    /**
     * Steps 1 to 3 of PROTOCOL.md section 7: the payload's text and JSON (section 2.2), the common fields, the
     * {@code type}, then the fields of that type. Nothing here is verified yet, so every refusal is unverified.
     *
     * @throws CommandRejectedException {@link DetailCode#INVALID_COMMAND} for a payload that breaks the text or
     *                                  JSON rules, a wrong version, a missing or invalid field or a CR/LF in a
     *                                  signed value; {@link DetailCode#UNKNOWN_TYPE} for a type without a canonical
     *                                  form. Its {@code commandId} is set when one could be read.
     */
    public static @NotNull SignedCommand parse(final byte @NotNull [] payload) throws CommandRejectedException {
        return parse(payload, true);
    }

    /**
     * A command this receiver verified and stored earlier (pending commands, PROTOCOL.md 8): as {@link #parse}, but
     * an instant may have any ISO-8601 spelling with an offset, as before section 2.3 fixed one, so that commands
     * stored by an older agent still play after an upgrade.
     */
    public static @NotNull SignedCommand parseStored(final byte @NotNull [] payload) throws CommandRejectedException {
        return parse(payload, false);
    }

    private static SignedCommand parse(final byte[] payload, final boolean strictInstants)
            throws CommandRejectedException {
        final Fields.Instants instants = strictInstants ? Fields.Instants.COMMAND : Fields.Instants.STORED;
        final JsonNode root = readTree(payload);
        final CommandId commandId = commandIdOrNull(root);
        final JsonNode v = root.get("v");
        if (v == null || !v.isInt() || v.intValue() != VERSION) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, commandId, "v must be " + VERSION);
        }
        try {
            final String type = Fields.text(root, "type");
            if (commandId == null) {
                throw new CommandRejectedException(DetailCode.INVALID_COMMAND, null, "commandId missing or not a UUID");
            }
            if (!CanonicalForm.knows(type)) {
                // no canonical form, so nothing to verify: refused before the signature, whatever it holds
                throw new CommandRejectedException(
                        DetailCode.UNKNOWN_TYPE, commandId, "type '" + type + "' is not known to protocol v1");
            }
            Fields.instant(root, "issuedAt", instants);
            final Command command = switch (type) {
                case PlayCommand.TYPE -> play(root, commandId, instants);
                case StopCommand.TYPE -> stop(root, commandId, instants);
                case ReportCommand.TYPE -> report(root, commandId, instants);
                case CancelCommand.TYPE -> cancel(root, commandId, instants);
                default -> rotateKey(root, commandId, instants);
            };
            final java.util.List<SignedCommand.Part> parts = new java.util.ArrayList<>();
            if (command instanceof PlayCommand play && play.quietHours() != null) {
                parts.add(CanonicalForm.quietHours(commandId, root.get("quietHours")));
            }
            if (command instanceof PlayCommand play && play.slot() != null) {
                parts.add(CanonicalForm.slot(commandId, root.get("slot")));
            }
            return new SignedCommand(command, CanonicalForm.of(type, root), Fields.text(root, "issuedAt"),
                    Fields.optionalText(root, "keyId"), Fields.optionalText(root, "sig"), parts);
        } catch (IllegalArgumentException e) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, commandId, e.getMessage());
        }
    }

    private static JsonNode readTree(final byte[] payload) throws CommandRejectedException {
        final JsonNode root;
        try {
            root = StrictJson.read(payload);
        } catch (IllegalArgumentException e) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, claimedId(payload), e.getMessage());
        }
        if (!root.isObject()) {
            throw new CommandRejectedException(DetailCode.INVALID_COMMAND, null, "payload is not a JSON object");
        }
        return root;
    }

    /**
     * The commandId a payload that broke the text rules claims, read leniently only to address the refusal (it is
     * unverified in any case), or null if even a lenient reader finds none.
     */
    private static @Nullable CommandId claimedId(final byte[] payload) {
        try {
            final JsonNode root = LENIENT.readTree(payload);
            return root != null && root.isObject() ? commandIdOrNull(root) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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

    private static PlayCommand play(final JsonNode root, final CommandId commandId,
            final Fields.Instants instants) {
        final JsonNode audio = Fields.object(root, "audio");
        return new PlayCommand(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "seq", 1),
                Fields.integer(root, "broadcastId", 1),
                new AudioRef(
                        Fields.text(audio, "url"),
                        Fields.text(audio, "sha256"),
                        Fields.integer(audio, "bytes", 1),
                        Fields.integer(audio, "durationMs", 0)),
                Fields.instant(root, "playAt", instants),
                Fields.instant(root, "expiresAt", instants),
                Priority.fromWire(Fields.text(root, "priority")),
                Fields.text(root, "title"),
                quietHours(root),
                slot(root, instants));
    }

    /** The optional {@code slot} of a play (section 4.1f); null when absent or null. */
    private static @Nullable SlotRef slot(final JsonNode root, final Fields.Instants instants) {
        final JsonNode node = root.get("slot");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("slot must be an object");
        }
        Fields.text(node, "sig");
        final long index = Fields.integer(node, "index", 0);
        if (index > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("slot.index is out of range");
        }
        return new SlotRef(Fields.integer(node, "slotId", 1), Fields.text(node, "name"),
                Fields.instant(node, "occurrenceAt", instants), (int) index);
    }

    /** The optional {@code quietHours} of a play (section 4.1e); null when absent or null. */
    private static @Nullable QuietHours quietHours(final JsonNode root) {
        final JsonNode node = root.get("quietHours");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("quietHours must be an object");
        }
        Fields.text(node, "sig");
        return QuietHours.of(Fields.text(node, "from"), Fields.text(node, "to"), Fields.text(node, "utcOffset"));
    }

    private static StopCommand stop(final JsonNode root, final CommandId commandId,
            final Fields.Instants instants) {
        return new StopCommand(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "seq", 1),
                Fields.instant(root, "expiresAt", instants));
    }

    private static ReportCommand report(final JsonNode root, final CommandId commandId,
            final Fields.Instants instants) {
        return new ReportCommand(
                commandId,
                ReceiverId.of(Fields.text(root, "receiverId")),
                Fields.integer(root, "seq", 1),
                Fields.instant(root, "expiresAt", instants));
    }

    private static CancelCommand cancel(final JsonNode root, final CommandId commandId,
            final Fields.Instants instants) {
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
                Fields.integer(root, "seq", 1),
                Fields.instant(root, "expiresAt", instants),
                target);
    }

    private static RotateKeyCommand rotateKey(final JsonNode root, final CommandId commandId,
            final Fields.Instants instants) {
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
                Fields.integer(root, "seq", 1),
                Fields.instant(root, "expiresAt", instants),
                Fields.text(root, "newKeyId"),
                newKey);
    }
}
