package vn.loa.receiver;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When a receiver is flagged on the fleet view. */
@ConfigMapping(prefix = "loa.fleet")
public interface FleetConfig {

    /** Not heard from for this long: offline (heartbeats come every 60 s). */
    @WithDefault("PT10M")
    Duration offlineAfter();

    /** Clock further off than this: flagged (receivers play by their own clock). */
    @WithDefault("PT2S")
    Duration maxClockOffset();

    /** Battery below this percentage: flagged as low. */
    @WithDefault("20")
    int lowBatteryPercent();
}
