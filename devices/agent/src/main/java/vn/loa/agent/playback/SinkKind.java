package vn.loa.agent.playback;

import java.util.Locale;
import org.jetbrains.annotations.NotNull;

/** Configured audio output ({@code LOA_AUDIO_SINK}). */
public enum SinkKind {
    /** The sound card if a line can be opened, else {@link #REALTIME}. */
    AUTO,
    /** A javax.sound {@code SourceDataLine}. */
    SOUNDCARD,
    /** Discards PCM at real-time pace: for headless machines and tests. */
    REALTIME;

    /** @throws IllegalArgumentException for anything but auto|soundcard|realtime (any case) */
    public static @NotNull SinkKind of(final @NotNull String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be auto, soundcard or realtime, got '" + text + "'");
        }
    }

    public @NotNull String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
