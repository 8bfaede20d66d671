package vn.loa.broadcast;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Room: broadcast. The timings operators watch on {@code /q/metrics} (README, "Metrics"): how late commands leave
 * after they were due ({@code loa_dispatch_lag_seconds}) and how long receivers' acks take to arrive
 * ({@code loa_ack_delay_seconds}). Counts by state come from {@code vn.loa.ops.StateGauges}, on a timer.
 */
@ApplicationScoped
public class BroadcastMeters {

    @Inject
    MeterRegistry registry;

    /**
     * A command left for the first time: {@code now} against {@code sendAfter}, when it became due (the dispatch
     * horizon before playAt, or at once when the broadcast was scheduled within it).
     */
    void dispatched(final Delivery d, final Instant now) {
        if (d.sendAfter != null) {
            timer("loa.dispatch.lag", "Time from when a command was due to when the broker took it").record(
                    positive(Duration.between(d.sendAfter, now)));
        }
    }

    /**
     * A receiver's report recorded, at {@code now}: {@code received} and {@code delivered} against the time the
     * command was sent; {@code playing} against playAt; any other state against the time the receiver says it
     * happened, corrected by its clock offset (so the pure reporting delay, outbox time included).
     */
    void acked(final Delivery d, final DeliveryState state, final Instant happenedAt, final Instant now) {
        final Instant since = switch (state) {
            case RECEIVED, DELIVERED -> d.sentAt;
            case PLAYING -> d.playAt;
            default -> happenedAt;
        };
        if (since == null) {
            return;
        }
        Timer.builder("loa.ack.delay").description("Time from the sent command, playAt or the receiver's event "
                + "to the controller recording the receiver's ack").tag("ack", state.name().toLowerCase(Locale.ROOT))
                .register(registry).record(positive(Duration.between(since, now)));
    }

    private Timer timer(final String name, final String description) {
        return Timer.builder(name).description(description).register(registry);
    }

    private static Duration positive(final Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
