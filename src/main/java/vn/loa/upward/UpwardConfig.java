package vn.loa.upward;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The upward report and its push adapter ({@code loa.upward.*}). */
@ConfigMapping(prefix = "loa.upward")
public interface UpwardConfig {

    /** How often the outbox worker looks for due items (Quarkus duration, e.g. 10s). */
    @WithDefault("10s")
    String pollEvery();

    /** Most items one worker round claims. */
    @WithDefault("20")
    int batchSize();

    /** Attempts before an item is FAILED (shown on /ui/upward with a retry button). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait before the second attempt; doubled for each further one (ISO-8601 duration). */
    @WithDefault("PT30S")
    Duration backoffBase();

    /** Longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration backoffMax();

    /** Longest wait to connect to a target. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Longest wait for a target's answer, connection included; a slower answer is a failed attempt. */
    @WithDefault("PT30S")
    Duration requestTimeout();

    /**
     * How long a claimed item belongs to the worker that claimed it; a worker that dies leaves it to another after
     * this. Must exceed {@link #requestTimeout()}.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** Longest period one report covers, in days (the API refuses a longer one). */
    @WithDefault("31")
    int maxPeriodDays();

    /** When the daily report of the previous day (in Vietnam) is queued, a Quartz-style cron in Vietnam time. */
    @WithDefault("0 15 0 * * ?")
    String dailyCron();
}
