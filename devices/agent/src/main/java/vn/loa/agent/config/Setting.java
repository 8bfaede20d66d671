package vn.loa.agent.config;

import java.util.Locale;
import org.jetbrains.annotations.NotNull;

/** Every configuration key: environment variable {@code LOA_X_Y}, properties-file key {@code x.y}. */
public enum Setting {
    RECEIVER_ID,
    BROKER_HOST,
    BROKER_PORT,
    BROKER_USERNAME,
    BROKER_PASSWORD,
    BROKER_TLS,
    CONTROLLER_URL,
    CONTROLLER_PUBLIC_KEY,
    CACHE_DIR,
    AUDIO_SINK;

    public @NotNull String env() {
        return "LOA_" + name();
    }

    public @NotNull String property() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
