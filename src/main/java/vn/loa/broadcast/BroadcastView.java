package vn.loa.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.loa.receiver.Receiver;

/**
 * A broadcast with the count of deliveries in each state ({@code counts}, over all {@code total} rows the caller may
 * see) and one page of rows, one per receiver ({@code deliveries}: page {@code page}, from 0, of {@code size} rows, in
 * receiver id order); {@code seriesId} names the recurring series it is an occurrence of (null for a one-off);
 * {@code canceledBy}, {@code canceledAt} and {@code cancelReason} are null unless it was withdrawn.
 */
public record BroadcastView(long id, long bulletinId, Instant playAt, Instant expiresAt, String createdBy,
        Instant createdAt, Map<DeliveryState, Integer> counts, long total, int page, int size, List<Row> deliveries,
        String canceledBy, Instant canceledAt, String cancelReason, Long seriesId) {

    /**
     * One receiver's delivery, with the receiver's name and the village and commune it stands in. Times other than
     * sentAt and updatedAt are the receiver's clock.
     */
    public record Row(String receiverId, String receiverName, String village, String commune, String commandId,
            DeliveryState state, Instant sentAt, Instant receivedAt, Instant deliveredAt, Instant startedAt,
            Instant finishedAt, String detail, Instant reportedAt, boolean reportedLate, Instant updatedAt) {

        static Row of(final Delivery d, final Receiver r) {
            return new Row(d.receiverId, r.name, r.village, r.commune, d.commandId, d.state, d.sentAt, d.receivedAt,
                    d.deliveredAt, d.startedAt, d.finishedAt, d.detail, d.reportedAt, d.reportedLate, d.updatedAt);
        }

        /** Its last report says it is playing now. */
        public boolean playingNow() {
            return state == DeliveryState.PLAYING;
        }
    }

    static BroadcastView of(final Broadcast b, final DeliveryRows.Page rows) {
        return new BroadcastView(b.id, b.bulletinId, b.playAt, b.expiresAt, b.createdBy, b.createdAt, rows.counts(),
                rows.total(), rows.page().number(), rows.page().size(), rows.rows(), b.canceledBy, b.canceledAt,
                b.cancelReason, b.seriesId);
    }

    /** How many pages of {@link #size} rows the {@link #total} rows fill (1 when there are none). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** How many receivers (of all pages) are playing it now. */
    public int playing() {
        return count(DeliveryState.PLAYING);
    }

    /** The page's number as people count, from 1. */
    public int pageNumber() {
        return page + 1;
    }

    /** The position of this page's first row among all, from 1 (0 when the page is empty). */
    public long firstRow() {
        return deliveries.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The position of this page's last row among all (0 when the page is empty). */
    public long lastRow() {
        return deliveries.isEmpty() ? 0 : (long) page * size + deliveries.size();
    }

    /** The page before this one, or -1 on the first. */
    public int previousPage() {
        return page - 1;
    }

    /** The page after this one, or -1 on the last. */
    public int nextPage() {
        return page + 1 < pages() ? page + 1 : -1;
    }

    /** How many of the rows are in this state. */
    public int count(final DeliveryState state) {
        return counts.getOrDefault(state, 0);
    }

    /** Every delivery has reached a final state: the page stops refreshing itself. */
    public boolean finished() {
        return counts.entrySet().stream().allMatch(e -> e.getKey().isFinal() || e.getValue() == 0);
    }
}
