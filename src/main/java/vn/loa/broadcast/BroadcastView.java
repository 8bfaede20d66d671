package vn.loa.broadcast;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A broadcast with the count of deliveries in each state and one row per receiver; {@code canceledBy},
 * {@code canceledAt} and {@code cancelReason} are null unless it was withdrawn.
 */
public record BroadcastView(long id, long bulletinId, Instant playAt, Instant expiresAt, String createdBy,
        Instant createdAt, Map<DeliveryState, Integer> counts, List<Row> deliveries, String canceledBy,
        Instant canceledAt, String cancelReason) {

    /** One receiver's delivery. Times other than sentAt and updatedAt are the receiver's clock. */
    public record Row(String receiverId, String commandId, DeliveryState state, Instant sentAt, Instant receivedAt,
            Instant deliveredAt, Instant startedAt, Instant finishedAt, String detail, Instant reportedAt,
            boolean reportedLate, Instant updatedAt) {
    }

    static BroadcastView of(final Broadcast b, final List<Delivery> deliveries) {
        final Map<DeliveryState, Integer> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState s : DeliveryState.values()) {
            counts.put(s, 0);
        }
        deliveries.forEach(d -> counts.merge(d.state, 1, Integer::sum));
        final List<Row> rows = deliveries.stream().map(d -> new Row(d.receiverId, d.commandId, d.state, d.sentAt,
                d.receivedAt, d.deliveredAt, d.startedAt, d.finishedAt, d.detail, d.reportedAt, d.reportedLate,
                d.updatedAt)).toList();
        return new BroadcastView(b.id, b.bulletinId, b.playAt, b.expiresAt, b.createdBy, b.createdAt, counts, rows,
                b.canceledBy, b.canceledAt, b.cancelReason);
    }
}
