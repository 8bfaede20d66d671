package vn.loa.audio;

/**
 * Lays out what the loudspeakers play: {@code [chime] message pause message ... message [chime]}. The message is
 * repeated because people outdoors miss the start; the chime comes only first and last so a repeat is not taken for
 * a new bulletin.
 */
final class Programme {

    private Programme() {
    }

    /**
     * @param message the trimmed, normalised speech
     * @param repeats how many times the message is played, at least 1
     */
    static Pcm assemble(final Pcm message, final int repeats, final MasteringSettings settings) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        final int rate = message.sampleRate();
        final short[] chime = settings.chimeEnabled() ? Chime.samples(rate) : new short[0];
        final short[] speech = message.samples();
        final int pause = (int) ((long) settings.pauseMs() * rate / 1000);
        final long total = 2L * chime.length + (long) repeats * speech.length + (long) (repeats - 1) * pause;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the repeated message would last longer than Java arrays allow");
        }
        final short[] out = new short[(int) total]; // zero-filled, so the pauses need no writing
        int at = 0;
        System.arraycopy(chime, 0, out, at, chime.length);
        at += chime.length;
        for (int r = 0; r < repeats; r++) {
            if (r > 0) {
                at += pause;
            }
            System.arraycopy(speech, 0, out, at, speech.length);
            at += speech.length;
        }
        System.arraycopy(chime, 0, out, at, chime.length);
        return new Pcm(out, rate);
    }
}
