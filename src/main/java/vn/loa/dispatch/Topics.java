package vn.loa.dispatch;

import java.util.Optional;
import vn.loa.receiver.ReceiverId;

/** The one place that builds and parses protocol v1 topics: {@code loa/v1/rx/{receiverId}/{cmd|ack|status}}. */
final class Topics {

    static final String PREFIX = "loa/v1/rx/";
    static final String ALL_ACKS = PREFIX + "+/ack";
    static final String ALL_STATUS = PREFIX + "+/status";
    static final String ALL_DIGESTS = PREFIX + "+/digest";

    /** The kinds of topic under a receiver. */
    enum Kind { cmd, ack, status, digest }

    /** A parsed topic: whose it is and which kind. */
    record Parsed(ReceiverId receiver, Kind kind) {
    }

    private Topics() {
    }

    static String command(final ReceiverId receiver) {
        return PREFIX + receiver.value() + "/cmd";
    }

    /** Parses a receiver topic; empty for anything that is not exactly a v1 receiver topic. */
    static Optional<Parsed> parse(final String topic) {
        if (topic == null || !topic.startsWith(PREFIX)) {
            return Optional.empty();
        }
        final String[] rest = topic.substring(PREFIX.length()).split("/", -1);
        if (rest.length != 2 || !ReceiverId.isValid(rest[0])) {
            return Optional.empty();
        }
        for (Kind k : Kind.values()) {
            if (k.name().equals(rest[1])) {
                return Optional.of(new Parsed(ReceiverId.of(rest[0]), k));
            }
        }
        return Optional.empty();
    }
}
