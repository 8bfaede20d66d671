package vn.loa.audio;

/**
 * How long a bulletin plays on the loudspeakers: chime + repeats × speech + pauses + chime, laid out exactly as
 * {@link PlayoutLayout#assemble} lays it out (every part a whole number of 36 ms frames, each starting with its gap), so
 * given the real length of the trimmed speech this is the produced MP3's playing time to within one frame per
 * repeat (the message split in two halves may take one frame more). Everything but the speech comes from the
 * mastering settings; the speech is measured or, before any audio exists, {@link SpeechEstimate estimated}.
 */
final class OnAirTime {

    private static final int RATE = Mp3Encoder.SAMPLE_RATE;
    private static final int FRAME = Mp3Encoder.FRAME_SAMPLES;
    /** Both tones of the chime, in samples at 16 kHz. */
    private static final int CHIME_SAMPLES = 2 * RATE * Chime.TONE_MS / 1000;

    private OnAirTime() {
    }

    /**
     * @param speechMs trimmed speech, milliseconds
     * @param repeats  how many times the message plays, at least 1
     * @return milliseconds on air
     */
    static long ms(final long speechMs, final int repeats, final MasteringSettings settings) {
        final long chime = settings.chimeEnabled() ? frames(PlayoutLayout.GAP_SAMPLES + CHIME_SAMPLES) : 0;
        final long speech = frames(PlayoutLayout.GAP_SAMPLES + speechMs * RATE / 1000);
        final long pauseSamples = (long) settings.pauseMs() * RATE / 1000;
        final long pause = pauseSamples > PlayoutLayout.GAP_SAMPLES ? frames(pauseSamples - PlayoutLayout.GAP_SAMPLES) : 0;
        final long samples = 2 * chime + repeats * speech + (repeats - 1L) * pause;
        return samples * 1000 / RATE;
    }

    /** {@code samples} rounded up to whole frames, at least one frame. */
    private static long frames(final long samples) {
        return Math.max(FRAME, (samples + FRAME - 1) / FRAME * FRAME);
    }
}
