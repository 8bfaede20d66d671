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
    CACHE_MAX_BYTES,
    AUDIO_SINK,
    HEARTBEAT_SECONDS,
    FIRMWARE,
    HEALTH_COMMAND,
    AMP_COMMAND,
    AMP_GPIO_FILE,
    AMP_LEAD_SECONDS,
    BATTERY_RESERVE_PERCENT;

    public @NotNull String env() {
        return "LOA_" + name();
    }

    public @NotNull String property() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
