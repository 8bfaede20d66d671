package vn.loa.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import vn.loa.receiver.ReceiverId;

/**
 * {@code loa/v1/rx/{id}/status} (retained): the online status with its heartbeat health fields, or the offline
 * form that is the receiver's MQTT last will (PROTOCOL.md 4.3). Health fields are null when absent.
 */
record StatusMessage(ReceiverId receiverId, boolean online, String agent, Instant at, String firmware,
        String powerSource, Integer batteryPercent, Integer signalDbm, Integer volumePercent, Long storageFreeBytes,
        Integer queuedCommands, Instant lastCommandIssuedAt, Instant lastCommandReceivedAt, Integer reservePercent) {

    static StatusMessage parse(final byte[] payload) {
        final JsonNode node = Wire.tree(payload);
        final String receiver = Wire.text(node, "receiverId", 63);
        if (!ReceiverId.isValid(receiver)) {
            throw new MalformedMessageException("field 'receiverId' is not a valid receiver id");
        }
        final JsonNode online = node.get("online");
        if (online == null || !online.isBoolean()) {
            throw new MalformedMessageException("field 'online' must be true or false");
        }
        final Instant at = node.hasNonNull("at") ? Wire.time(node, "at").toInstant() : null;
        final JsonNode power = node.path("power");
        final String source = power.hasNonNull("source") ? Wire.text(power, "source", 16) : null;
        if (source != null && !source.matches("mains|battery|solar")) {
            throw new MalformedMessageException("field 'power.source' must be mains, battery or solar");
        }
        final JsonNode last = node.path("lastCommand");
        return new StatusMessage(ReceiverId.of(receiver), online.booleanValue(),
                Wire.optionalText(node, "agent", 64), at, Wire.optionalText(node, "firmware", 64), source,
                Wire.optionalInt(power, "batteryPercent", 0, 100), Wire.optionalInt(node, "signalDbm", -200, 0),
                Wire.optionalInt(node, "volumePercent", 0, 100),
                Wire.optionalLong(node, "storageFreeBytes", 0, Long.MAX_VALUE),
                Wire.optionalInt(node, "queuedCommands", 0, Integer.MAX_VALUE),
                last.hasNonNull("issuedAt") ? Wire.time(last, "issuedAt").toInstant() : null,
                last.hasNonNull("receivedAt") ? Wire.time(last, "receivedAt").toInstant() : null,
                Wire.optionalInt(power, "reservePercent", 0, 100));
    }
}
