package vn.loa.broadcast;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How and when commands go out. */
@ConfigMapping(prefix = "loa.dispatch")
public interface DispatchConfig {

    /** Commands are sent this long before playAt at the earliest, at once when less remains (ISO-8601 duration). */
    @WithDefault("P7D")
    Duration horizon();

    /**
     * playAt of a broadcast sent to play now ({@link ImmediateBroadcasts}): the time of sending plus this, for the
     * command and the download.
     */
    @WithDefault("PT3S")
    Duration immediateLead();

    /** expiresAt when a request gives none: playAt plus this. */
    @WithDefault("PT1H")
    Duration defaultValidity();

    /** A delivery with no final report this long after expiresAt becomes TIMED_OUT. */
    @WithDefault("PT10M")
    Duration reportGrace();

    /** Longest wait for the broker to accept one batch of commands. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** Most commands sent in one dispatch round. */
    @WithDefault("500")
    int batchSize();

    /** How often the dispatcher looks for due commands and overdue deliveries (Quarkus duration, e.g. 2s). */
    @WithDefault("2s")
    String interval();

    /** Delay before the first dispatch round after start-up. */
    @WithDefault("2s")
    String initialDelay();

    /**
     * How often the controller asks receivers that leave commands unacknowledged for their digest (Quarkus
     * duration, e.g. 5m): a broker may have dropped the commands, or the acks.
     */
    @WithDefault("5m")
    String reconcileInterval();

    /** A command the broker took longer ago than this, missing from the receiver's digest, counts as lost. */
    @WithDefault("PT2M")
    Duration lostAfter();

    /**
     * A delivery accepted by its receiver and still without a final report this long after its expected end (playAt
     * plus the audio's duration) makes the controller ask the receiver for its digest at the next reconciliation
     * round: the final ack was lost. Keep it plus the reconcile interval well below {@link #reportGrace()}.
     */
    @WithDefault("PT1M")
    Duration finalReportAfter();

    /** Longest allowed distance from playAt to expiresAt. */
    @WithDefault("P7D")
    Duration maxValidity();

    /** How far ahead a broadcast may be scheduled. */
    @WithDefault("P366D")
    Duration maxAhead();
}
