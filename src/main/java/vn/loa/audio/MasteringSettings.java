package vn.loa.audio;

import java.time.Duration;
import java.util.List;

/**
 * How the spoken message is turned into what the loudspeakers play: attention chime or not, the pause between
 * repeats, and the MP3 bitrate. Part of what the audio bytes depend on, so the same request with the same settings
 * always gives the same file. Valid once constructed.
 *
 * @param chimeEnabled play {@link Chime} before the first and after the last repeat
 * @param pauseMs      silence between two repeats of the message, in milliseconds
 * @param bitrateKbps  MP3 constant bitrate in kbit/s, one of {@link #BITRATES_KBPS}
 */
record MasteringSettings(boolean chimeEnabled, int pauseMs, int bitrateKbps) {

    /**
     * The MPEG-2 Layer III bitrates (ISO/IEC 13818-3, table for 16 kHz) from 24 to 64 kbit/s: below 24 speech gets
     * hard to understand through horn loudspeakers, above 64 the commune's links are too slow for emergencies.
     */
    static final List<Integer> BITRATES_KBPS = List.of(24, 32, 40, 48, 56, 64);
    static final int DEFAULT_BITRATE_KBPS = 32;
    static final int DEFAULT_PAUSE_MS = 1_500;
    /** A longer pause makes listeners think the bulletin has ended. */
    static final int MAX_PAUSE_MS = 10_000;
    static final MasteringSettings DEFAULT = new MasteringSettings(true, DEFAULT_PAUSE_MS, DEFAULT_BITRATE_KBPS);

    MasteringSettings {
        if (!BITRATES_KBPS.contains(bitrateKbps)) {
            throw new IllegalArgumentException("loa.audio.bitrate-kbps must be one of " + BITRATES_KBPS
                    + " (MPEG-2 Layer III bitrates from 24 to 64 kbit/s), got " + bitrateKbps);
        }
        if (pauseMs < 0 || pauseMs > MAX_PAUSE_MS) {
            throw new IllegalArgumentException("loa.audio.repeat-pause must be between 0 and " + MAX_PAUSE_MS
                    + " ms, got " + pauseMs + " ms");
        }
    }

    /** @throws IllegalArgumentException naming the property that is out of range */
    static MasteringSettings from(final AudioConfig config) {
        final Duration pause = config.repeatPause();
        if (pause.isNegative() || pause.compareTo(Duration.ofMillis(MAX_PAUSE_MS)) > 0) {
            throw new IllegalArgumentException("loa.audio.repeat-pause must be between 0 and " + MAX_PAUSE_MS
                    + " ms, got " + pause);
        }
        return new MasteringSettings(config.chime().enabled(), (int) pause.toMillis(), config.bitrateKbps());
    }
}
