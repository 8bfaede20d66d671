package vn.loa.agent.playback;

import org.jetbrains.annotations.NotNull;

/** Signed 16-bit little-endian interleaved PCM. */
public record PcmFormat(int sampleRate, int channels) {

    public PcmFormat {
        if (sampleRate < 1000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sampleRate out of range: " + sampleRate);
        }
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("channels must be 1 or 2, got " + channels);
        }
    }

    public int bytesPerFrame() {
        return 2 * channels;
    }

    /** Play time of {@code bytes} of PCM, in nanoseconds. */
    public long nanosFor(final long bytes) {
        return bytes / bytesPerFrame() * 1_000_000_000L / sampleRate;
    }

    @Override
    public @NotNull String toString() {
        return sampleRate + "Hz/" + channels + "ch/s16le";
    }
}
