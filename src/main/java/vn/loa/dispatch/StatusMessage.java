package vn.loa.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import vn.loa.receiver.ReceiverId;

/** {@code loa/v1/rx/{id}/status} (retained; the offline form is the receiver's MQTT last will). */
record StatusMessage(ReceiverId receiverId, boolean online, String agent, Instant at) {

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
        return new StatusMessage(ReceiverId.of(receiver), online.booleanValue(), Wire.optionalText(node, "agent", 64),
                at);
    }
}
