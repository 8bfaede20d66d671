package vn.loa.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Login lockout: how many failed password checks lock a username, and for how long. */
@ConfigMapping(prefix = "loa.login")
public interface LockoutConfig {

    /** Failed password checks within {@link #window()} that lock the username. Env {@code LOA_LOGIN_MAX_FAILURES}. */
    @WithDefault("5")
    int maxFailures();

    /** How far back failures count (ISO-8601 duration, e.g. {@code PT15M}). Env {@code LOA_LOGIN_WINDOW}. */
    @WithDefault("PT15M")
    Duration window();

    /** How long a locked username is refused, even with the right password. Env {@code LOA_LOGIN_LOCK_DURATION}. */
    @WithDefault("PT15M")
    Duration lockDuration();
}
