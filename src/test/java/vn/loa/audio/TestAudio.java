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

    /**
     * A 440 Hz tone.
     *
     * @param amplitude peak, in sample units (32767 is full scale)
     */
    static Pcm tone(final long durationMs, final int sampleRate, final double amplitude) {
        final short[] samples = new short[(int) (durationMs * sampleRate / 1000)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 440 * i / sampleRate));
        }
        return new Pcm(samples, sampleRate);
    }

    /** Mean power of {@code hz} in {@code samples[from, to)} by the Goertzel algorithm, in squared sample units. */
    /** A 16 kHz tone after {@code leadMs} of digital silence, as the programme's parts start. */
    static Pcm toneAfterSilence(final long leadMs, final long toneMs) {
        final short[] tone = tone(toneMs, 16_000).samples();
        final int lead = (int) (leadMs * 16);
        final short[] out = new short[lead + tone.length];
        System.arraycopy(tone, 0, out, lead, tone.length);
        return new Pcm(out, 16_000);
    }

    static double power(final short[] samples, final int from, final int to, final double hz, final int sampleRate) {
        final double coefficient = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
        double previous = 0;
        double beforePrevious = 0;
        for (int i = from; i < to; i++) {
            final double current = samples[i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        final double n = to - from;
        return (previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious)
                / (n * n);
    }

    static AudioRequest request(final String text, final String language) {
        return new AudioRequest(text, language, VIETNAMESE_TITLE, 42, "Nguyễn Thị Hoa", APPROVED_AT);
    }
}
