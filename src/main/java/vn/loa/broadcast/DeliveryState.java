package vn.loa.broadcast;

/**
 * State of one broadcast on one receiver: {@code QUEUED → SENT → RECEIVED → DOWNLOADED → PLAYING → PLAYED}, or one
 * of the final alternatives. States only move forward: a late or redelivered report never moves a delivery back.
 * {@link #TIMED_OUT} is the controller's own conclusion, so the receiver's real final report still overrides it.
 */
public enum DeliveryState {
    QUEUED(0, false),
    SENT(1, false),
    RECEIVED(2, false),
    DOWNLOADED(3, false),
    PLAYING(4, false),
    PLAYED(5, true),
    FAILED(5, true),
    REJECTED(5, true),
    EXPIRED(5, true),
    TIMED_OUT(5, true);

    private final int rank;
    private final boolean terminal;

    DeliveryState(final int rank, final boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    public boolean isFinal() {
        return terminal;
    }

    public boolean canMoveTo(final DeliveryState next) {
        if (this == TIMED_OUT) {
            return next.terminal && next != TIMED_OUT;
        }
        return !terminal && next.rank > rank;
    }
}
