package vn.loa.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/** JSON of the receiver-to-controller messages: acks, status with heartbeat, digest (PROTOCOL.md 4.2, 4.3, 4.6). */
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
        if (ack.late()) {
            node.put("late", true);
        }
        node.put("detail", ack.detail());
        if (!ack.verified()) {
            node.put("verified", false);
        }
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
                root.hasNonNull("late") && Fields.bool(root, "late"),
                Fields.optionalText(root, "detail"),
                !root.hasNonNull("verified") || Fields.bool(root, "verified"));
    }

    public static byte @NotNull [] status(final @NotNull ReceiverStatus status) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("v", CommandParser.VERSION);
        node.put("receiverId", status.receiverId().value());
        node.put("online", status.online());
        if (status.online()) {
            node.put("at", timestamp(status.at()));
            node.put("agent", status.agent());
            if (status.health() != null) {
                health(node, status.health());
            }
        }
        return bytes(node);
    }

    private static void health(final ObjectNode node, final Health health) {
        putIfSet(node, "firmware", health.firmware());
        if (health.power() != null) {
            final ObjectNode power = node.putObject("power")
                    .put("source", health.power().source())
                    .put("batteryPercent", health.power().batteryPercent());
            if (health.power().reservePercent() != null) {
                power.put("reservePercent", health.power().reservePercent());
            }
        }
        putIfSet(node, "signalDbm", health.signalDbm());
        putIfSet(node, "volumePercent", health.volumePercent());
        putIfSet(node, "storageFreeBytes", health.storageFreeBytes());
        putIfSet(node, "queuedCommands", health.queuedCommands());
        if (health.lastCommand() != null) {
            node.putObject("lastCommand")
                    .put("issuedAt", health.lastCommand().issuedAt())
                    .put("receivedAt", timestamp(health.lastCommand().receivedAt()));
        }
    }

    private static void putIfSet(final ObjectNode node, final String name, final @Nullable Object value) {
        if (value instanceof String text) {
            node.put(name, text);
        } else if (value instanceof Integer number) {
            node.put(name, number);
        } else if (value instanceof Long number) {
            node.put(name, number);
        }
    }

    /** @throws IllegalArgumentException if the payload is not a valid v1 status */
    public static @NotNull ReceiverStatus parseStatus(final byte @NotNull [] payload) {
        final JsonNode root = read(payload);
        final ReceiverId receiverId = ReceiverId.of(Fields.text(root, "receiverId"));
        if (!Fields.bool(root, "online")) {
            return ReceiverStatus.offline(receiverId);
        }
        return ReceiverStatus.online(receiverId, Fields.dateTime(root, "at"), Fields.text(root, "agent"),
                parseHealth(root));
    }

    /** @return null if the status carries none of the health fields */
    private static @Nullable Health parseHealth(final JsonNode root) {
        final JsonNode power = root.get("power");
        final JsonNode last = root.get("lastCommand");
        final Health health = new Health(
                Fields.optionalText(root, "firmware"),
                power == null || power.isNull() ? null
                        : new Health.Power(Fields.text(power, "source"), Fields.optionalInt(power, "batteryPercent"),
                                Fields.optionalInt(power, "reservePercent")),
                Fields.optionalInt(root, "signalDbm"),
                Fields.optionalInt(root, "volumePercent"),
                Fields.optionalInteger(root, "storageFreeBytes"),
                Fields.optionalInt(root, "queuedCommands"),
                last == null || last.isNull() ? null
                        : new Health.LastCommand(Fields.text(last, "issuedAt"), Fields.dateTime(last, "receivedAt")));
        return health.equals(new Health(null, null, null, null, null, null, null)) ? null : health;
    }

    public static byte @NotNull [] digest(final @NotNull Digest digest) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("v", CommandParser.VERSION);
        node.put("receiverId", digest.receiverId().value());
        node.put("at", timestamp(digest.at()));
        final ArrayNode commands = node.putArray("commands");
        for (final Digest.Entry entry : digest.commands()) {
            commands.addObject()
                    .put("commandId", entry.commandId().value())
                    .put("seq", entry.seq())
                    .put("state", entry.state().wire())
                    .put("at", timestamp(entry.at()))
                    .put("detail", entry.detail());
        }
        return bytes(node);
    }

    /** @throws IllegalArgumentException if the payload is not a valid v1 digest */
    public static @NotNull Digest parseDigest(final byte @NotNull [] payload) {
        final JsonNode root = read(payload);
        final JsonNode commands = root.get("commands");
        if (commands == null || !commands.isArray()) {
            throw new IllegalArgumentException("commands must be an array");
        }
        final List<Digest.Entry> entries = new ArrayList<>();
        for (final JsonNode entry : commands) {
            entries.add(new Digest.Entry(
                    CommandId.of(Fields.text(entry, "commandId")),
                    Fields.integer(entry, "seq", 1),
                    AckState.fromWire(Fields.text(entry, "state")),
                    Fields.dateTime(entry, "at"),
                    Fields.optionalText(entry, "detail")));
        }
        return new Digest(ReceiverId.of(Fields.text(root, "receiverId")), Fields.dateTime(root, "at"), entries);
    }

    private static JsonNode read(final byte[] payload) {
        final JsonNode root = StrictJson.read(payload);
        if (!root.isObject()) {
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
