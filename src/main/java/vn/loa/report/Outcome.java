package vn.loa.report;

import vn.loa.broadcast.DeliveryState;

/**
 * How the log's arithmetic counts a delivery's state. One table for the coverage and the chart, so their numbers
 * agree:
 * <ul>
 * <li>{@link #PLAYED}: {@code PLAYED}, also when the report came late from the receiver's outbox or overrode the
 * controller's own {@code TIMED_OUT} conclusion (the receiver really played it);</li>
 * <li>{@link #MISSED}: {@code FAILED}, {@code REJECTED}, {@code EXPIRED}, {@code TIMED_OUT}: settled without
 * playing;</li>
 * <li>{@link #CANCELED}: stopped on purpose by the operator's kill switch: not a failure of the network, left out of
 * the percentage;</li>
 * <li>{@link #PENDING}: not settled yet ({@code QUEUED} to {@code PLAYING}, {@code PREEMPTED}): the outcome is unknown, left out of the
 * percentage until it is.</li>
 * </ul>
 */
enum Outcome {
    PLAYED, MISSED, CANCELED, PENDING;

    static Outcome of(final DeliveryState state) {
        return switch (state) {
            case PLAYED -> PLAYED;
            case FAILED, REJECTED, EXPIRED, TIMED_OUT -> MISSED;
            case CANCELED -> CANCELED;
            case QUEUED, SENT, RECEIVED, DELIVERED, PLAYING, PREEMPTED -> PENDING;
        };
    }
}
