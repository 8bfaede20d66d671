package vn.loa.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.loa.broadcast.DeliveryState;
import vn.loa.receiver.ReceiverId;

/** {@code loa/v1/rx/{id}/ack}: a receiver's report on one command (PROTOCOL.md, "Acks"). Valid once built. */
record AckMessage(String commandId, ReceiverId receiverId, State state, OffsetDateTime at, String detail,
        boolean late) {

    /** The states a receiver may report, as spelled on the wire. */
    enum State {
        received(DeliveryState.RECEIVED),
        downloaded(DeliveryState.DELIVERED),
        playing(DeliveryState.PLAYING),
        played(DeliveryState.PLAYED),
        failed(DeliveryState.FAILED),
        rejected(DeliveryState.REJECTED),
        expired(DeliveryState.EXPIRED),
        canceled(DeliveryState.CANCELED);

        final DeliveryState delivery;

        State(final DeliveryState delivery) {
            this.delivery = delivery;
        }
    }

    /** Longest detail kept, characters; longer ones are cut, not refused. */
    static final int MAX_DETAIL = 500;

    static AckMessage parse(final byte[] payload) {
        final JsonNode node = Wire.tree(payload);
        final String receiver = Wire.text(node, "receiverId", 63);
        if (!ReceiverId.isValid(receiver)) {
            throw new MalformedMessageException("field 'receiverId' is not a valid receiver id");
        }
        final String stateName = Wire.text(node, "state", 16);
        final State state;
        try {
            state = State.valueOf(stateName.toLowerCase(Locale.ROOT).equals(stateName) ? stateName : "?");
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("field 'state' has unknown value '" + stateName + "'");
        }
        return new AckMessage(Wire.uuid(node, "commandId"), ReceiverId.of(receiver), state,
                Wire.time(node, "at"), Wire.truncatedText(node, "detail", MAX_DETAIL), node.path("late").asBoolean(false));
    }
}
