package vn.loa.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo mode: one user per role and a few receivers, so a newcomer can try the whole loop at once. */
@ConfigMapping(prefix = "loa.demo")
public interface DemoConfig {

    /** Env {@code LOA_DEMO_ENABLED}. */
    @WithDefault("false")
    boolean enabled();

    /** Password of the demo users staff, approver and official. Env {@code LOA_DEMO_PASSWORD}. */
    @WithDefault("loa-demo")
    String password();
}
