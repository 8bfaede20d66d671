package vn.loa.broadcast;

/**
 * State of one broadcast on one receiver: {@code QUEUED → SENT → RECEIVED → DELIVERED → PLAYING → PLAYED}, or one
 * of the final alternatives. States only move forward: a late or redelivered report never moves a delivery back,
 * with one exception: an emergency that breaks in (PROTOCOL.md 8.1) moves {@code PLAYING → PREEMPTED}, and the play
 * starting again moves it back to {@code PLAYING} (as often as emergencies cut it); {@link DeliveryReports} keeps
 * those two moves in the receiver's order.
 * {@link #TIMED_OUT} and {@link #EXPIRED} may be the controller's own conclusion (no report in time, not sent in
 * time), so a receiver's final report of what really happened still overrides them.
 */
public enum DeliveryState {
    QUEUED(0, false),
    SENT(1, false),
    RECEIVED(2, false),
    /** Signature and audio verified, audio cached: the receiver can play it without the link. */
    DELIVERED(3, false),
    PLAYING(4, false),
    /** An emergency cut it; it waits to play again from its start ({@code PLAYING}), or ends {@code EXPIRED}. */
    PREEMPTED(4, false),
    PLAYED(5, true),
    FAILED(5, true),
    REJECTED(5, true),
    EXPIRED(5, true),
    TIMED_OUT(5, true),
    /**
     * Stopped by the operator's stop command while playing, or withdrawn with its broadcast (PROTOCOL.md 4.1d): by
     * the controller at once, confirmed by the receiver's {@code canceled} ack.
     */
    CANCELED(5, true);

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
            // also EXPIRED: a preempted play that the receiver expired after waiting behind a long emergency
            return next == PLAYED || next == FAILED || next == REJECTED || next == EXPIRED;
        }
        if (this == EXPIRED) {
            return next == PLAYED || next == FAILED || next == REJECTED;
        }
        if (this == CANCELED) {
            // a cancel that came too late: the receiver's own end of the play is what happened
            return next == PLAYED || next == FAILED || next == REJECTED || next == EXPIRED;
        }
        if (this == PLAYING && next == PREEMPTED || this == PREEMPTED && next == PLAYING) {
            return true;
        }
        return !terminal && next.rank > rank;
    }
}
