package vn.loa.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** First-start settings: the first administrator, created when no user exists yet. */
@ConfigMapping(prefix = "loa.admin")
public interface SecurityConfig {

    /** Env {@code LOA_ADMIN_PASSWORD}; when absent a random password is generated and printed once. */
    Optional<String> password();
}
