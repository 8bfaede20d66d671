package vn.loa.audio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits on uploaded recordings ({@code loa.audio.recording.*}), checked while an upload is read and decoded. A
 * mapping of its own rather than a member of {@link AudioConfig}, so code that implements that one is untouched.
 */
@ConfigMapping(prefix = "loa.audio.recording")
interface RecordingConfig {

    /** Largest upload in bytes: 20 MiB, about 17 minutes of 16 kHz mono WAV. */
    @WithDefault("20971520")
    long maxBytes();

    /** Longest recording accepted. */
    @WithDefault("10m")
    Duration maxDuration();

    /** Shortest recording accepted: anything shorter is a slip of the finger, not an announcement. */
    @WithDefault("0.5s")
    Duration minDuration();
}
