package vn.loa.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** E-portal feeds ({@code vn.loa.portal}): how often and how carefully Loa polls them. */
@ConfigMapping(prefix = "loa.portal")
public interface PortalConfig {

    /**
     * How often every feed is polled ({@code 15m}, {@code 1h}); {@code off} never polls on a timer (the test profile:
     * tests call {@link FeedPoller#pollAll()}). Read by the scheduler as {@code {loa.portal.poll-interval}}.
     */
    @WithDefault("15m")
    String pollInterval();

    /** The most a feed may weigh, in bytes; a bigger one is refused and not read further. */
    @WithDefault("2097152")
    int maxFeedBytes();

    /** How long to wait for a connection to the e-portal. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** How long a whole fetch (headers and body) may take. */
    @WithDefault("PT30S")
    Duration requestTimeout();

    /** The newest items kept from one poll of a feed; older ones are skipped. */
    @WithDefault("50")
    int maxItems();

    /** Suggestions shown on the staff home, newest first. */
    @WithDefault("10")
    int suggestions();
}
