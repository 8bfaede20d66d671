package vn.loa.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.loa.broadcast.DeliveryState;
import vn.loa.broadcast.Refusal;
import vn.loa.receiver.ReceiverId;

/**
 * {@code loa/v1/rx/{id}/ack}: a receiver's report on one command (PROTOCOL.md 4.2). Valid once built.
 *
 * @param verifiedFlag the wire field {@code verified}: false when the receiver refused the message before its
 *                     signature verified; true when absent
 */
record AckMessage(String commandId, ReceiverId receiverId, State state, OffsetDateTime at, String detail,
        boolean late, boolean verifiedFlag) {

    /** An ack as older code builds it: verified unless its detail says otherwise. */
    AckMessage(final String commandId, final ReceiverId receiverId, final State state, final OffsetDateTime at,
            final String detail, final boolean late) {
        this(commandId, receiverId, state, at, detail, late, true);
    }

    /**
     * False for a refusal of a message the receiver could not verify: the flag says so, or (older receivers) the
     * detail code is one of those {@link Refusal} names. Such an ack never changes a delivery (PROTOCOL.md 10).
     */
    boolean verified() {
        return Refusal.of(state.delivery, detail, !verifiedFlag) != Refusal.UNVERIFIED;
    }

    /** The detail's machine-readable code (before the first ':'), or null without a detail. */
    String code() {
        if (detail == null) {
            return null;
        }
        final int colon = detail.indexOf(':');
        return (colon < 0 ? detail : detail.substring(0, colon)).trim();
    }

    /** The states a receiver may report, as spelled on the wire. */
    enum State {
        received(DeliveryState.RECEIVED),
        downloaded(DeliveryState.DELIVERED),
        playing(DeliveryState.PLAYING),
        preempted(DeliveryState.PREEMPTED),
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
                Wire.time(node, "at"), Wire.truncatedText(node, "detail", MAX_DETAIL), flag(node, "late", false),
                flag(node, "verified", true));
    }

    private static boolean flag(final JsonNode node, final String field, final boolean absent) {
        final JsonNode f = node.get(field);
        if (f == null || f.isNull()) {
            return absent;
        }
        if (!f.isBoolean()) {
            throw new MalformedMessageException("field '" + field + "' must be true or false");
        }
        return f.booleanValue();
    }
}
