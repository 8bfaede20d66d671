package vn.loa.receiver;

import java.time.Instant;

/** A receiver as the API shows it. */
public record ReceiverView(String id, String name, String village, String commune, boolean online,
        Instant lastSeenAt, String agent, Instant createdAt) {

    static ReceiverView of(final Receiver r) {
        return new ReceiverView(r.id, r.name, r.village, r.commune, r.online, r.lastSeenAt, r.agent, r.createdAt);
    }
}
