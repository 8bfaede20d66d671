package vn.loa.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.receiver.ReceiverId;

/** {@code loa/v1/rx/{id}/digest}: the commands a receiver knows and their last state (PROTOCOL.md 4.6). */
record DigestMessage(ReceiverId receiverId, Instant at, List<Entry> commands) {

    /** Most entries read from one digest. */
    static final int MAX_ENTRIES = 500;

    /** One command and its latest state, as the ack it stands for. */
    record Entry(String commandId, String state, Instant at, String detail) {
    }

    static DigestMessage parse(final byte[] payload) {
        final JsonNode node = Wire.tree(payload);
        final String receiver = Wire.text(node, "receiverId", 63);
        if (!ReceiverId.isValid(receiver)) {
            throw new MalformedMessageException("field 'receiverId' is not a valid receiver id");
        }
        final JsonNode list = node.get("commands");
        if (list == null || !list.isArray() || list.size() > MAX_ENTRIES) {
            throw new MalformedMessageException("field 'commands' must be an array of at most " + MAX_ENTRIES);
        }
        final List<Entry> entries = new ArrayList<>(list.size());
        for (JsonNode e : list) {
            if (!e.isObject()) {
                throw new MalformedMessageException("'commands' entries must be objects");
            }
            Wire.integer(e, "seq", 1);
            final String state = Wire.text(e, "state", 16);
            if (!state.equals(state.toLowerCase(Locale.ROOT))) {
                throw new MalformedMessageException("field 'state' must be lower case");
            }
            entries.add(new Entry(Wire.uuid(e, "commandId"), state, Wire.time(e, "at").toInstant(),
                    Wire.truncatedText(e, "detail", AckMessage.MAX_DETAIL)));
        }
        return new DigestMessage(ReceiverId.of(receiver), Wire.time(node, "at").toInstant(), List.copyOf(entries));
    }
}
