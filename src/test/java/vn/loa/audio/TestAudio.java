package vn.loa.audio;

import java.time.Instant;

/** Shared fixtures: synthetic PCM that needs no speech engine, and a typical request. */
final class TestAudio {

    static final String VIETNAMESE_TITLE = "Cảnh báo lũ quét – thôn Má";
    static final Instant APPROVED_AT = Instant.parse("2025-09-12T08:45:30Z");

    private TestAudio() {
    }

    /**
     * A 440 Hz tone at half scale.
     *
     * @param durationMs milliseconds
     * @param sampleRate hertz
     */
    static Pcm tone(final long durationMs, final int sampleRate) {
        final short[] samples = new short[(int) (durationMs * sampleRate / 1000)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (16_000 * Math.sin(2 * Math.PI * 440 * i / sampleRate));
        }
        return new Pcm(samples, sampleRate);
    }

    static AudioRequest request(final String text, final String language) {
        return new AudioRequest(text, language, VIETNAMESE_TITLE, 42, "Nguyễn Thị Hoa", APPROVED_AT);
    }
}
