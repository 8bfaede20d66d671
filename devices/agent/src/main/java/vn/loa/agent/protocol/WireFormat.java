package vn.loa.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jetbrains.annotations.NotNull;

/** JSON of the receiver-to-controller messages: acks and status (PROTOCOL.md, "ack", "status"). */
public final class WireFormat {

    /** Receiver clock with millisecond precision and offset, e.g. {@code 2026-12-06T13:30:00.004+07:00}. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WireFormat() {
    }

    public static @NotNull String timestamp(final @NotNull OffsetDateTime at) {
        return TIMESTAMP.format(at);
    }

    public static byte @NotNull [] ack(final @NotNull Ack ack) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("v", CommandParser.VERSION);
        node.put("commandId", ack.commandId().value());
        node.put("receiverId", ack.receiverId().value());
        node.put("state", ack.state().wire());
        node.put("at", timestamp(ack.at()));
        node.put("detail", ack.detail());
        return bytes(node);
    }

    /** @throws IllegalArgumentException if the payload is not a valid v1 ack */
    public static @NotNull Ack parseAck(final byte @NotNull [] payload) {
        final JsonNode root = read(payload);
        return new Ack(
                CommandId.of(Fields.text(root, "commandId")),
                ReceiverId.of(Fields.text(root, "receiverId")),
                AckState.fromWire(Fields.text(root, "state")),
                Fields.dateTime(root, "at"),
                Fields.optionalText(root, "detail"));
    }

    public static byte @NotNull [] status(final @NotNull ReceiverStatus status) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("v", CommandParser.VERSION);
        node.put("receiverId", status.receiverId().value());
        node.put("online", status.online());
        if (status.online()) {
            node.put("at", timestamp(status.at()));
            node.put("agent", status.agent());
        }
        return bytes(node);
    }

    /** @throws IllegalArgumentException if the payload is not a valid v1 status */
    public static @NotNull ReceiverStatus parseStatus(final byte @NotNull [] payload) {
        final JsonNode root = read(payload);
        final ReceiverId receiverId = ReceiverId.of(Fields.text(root, "receiverId"));
        if (!Fields.bool(root, "online")) {
            return ReceiverStatus.offline(receiverId);
        }
        return ReceiverStatus.online(receiverId, Fields.dateTime(root, "at"), Fields.text(root, "agent"));
    }

    private static JsonNode read(final byte[] payload) {
        final JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("payload is not a JSON object");
        }
        final JsonNode v = root.get("v");
        if (v == null || !v.isInt() || v.intValue() != CommandParser.VERSION) {
            throw new IllegalArgumentException("v must be " + CommandParser.VERSION);
        }
        return root;
    }

    private static byte[] bytes(final ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen for a tree of strings and numbers", e);
        }
    }
}
