package vn.loa.audio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lays out what the loudspeakers play: {@code [chime] message pause message ... message [chime]}. The message is
 * repeated because people outdoors miss the start; the chime comes only first and last so a repeat is not taken for
 * a new bulletin.
 *
 * <p>The programme is a list of parts, each a whole number of MP3 frames long ({@link Mp3Encoder#FRAME_SAMPLES}) and
 * starting with at least {@link Mp3Encoder#DECODER_DELAY} samples of silence ({@link #GAP_SAMPLES}). That lets
 * {@link Mp3Encoder} encode each distinct part once, absorb the decoder's delay in the gap, and join the frames: the
 * message is encoded once however often it is repeated, and the MP3 plays exactly as long as {@link #pcm()}. Equal
 * parts are the same array instance.
 */
final class Programme {

    /** Silence at the head of every part: one frame (36 ms at 16 kHz), more than the decoder's delay. */
    static final int GAP_SAMPLES = Mp3Encoder.FRAME_SAMPLES;

    private final List<short[]> parts;
    private final int sampleRate;

    private Programme(final List<short[]> parts, final int sampleRate) {
        this.parts = Collections.unmodifiableList(parts);
        this.sampleRate = sampleRate;
    }

    /**
     * @param message the trimmed, normalised speech
     * @param repeats how many times the message is played, at least 1
     */
    static Programme assemble(final Pcm message, final int repeats, final MasteringSettings settings) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        final int rate = message.sampleRate();
        final short[] chime = settings.chimeEnabled() ? part(Chime.samples(rate), 0) : null;
        final short[] speech = part(message.samples(), 0);
        final int pauseSamples = (int) ((long) settings.pauseMs() * rate / 1000);
        // the pause goes in front of each repeat, less the gap that part already starts with
        final short[] repeat = pauseSamples > GAP_SAMPLES ? part(message.samples(), pauseSamples - GAP_SAMPLES)
                : speech;
        final List<short[]> parts = new ArrayList<>(repeats + 2);
        if (chime != null) {
            parts.add(chime);
        }
        parts.add(speech);
        for (int r = 1; r < repeats; r++) {
            parts.add(repeat);
        }
        if (chime != null) {
            parts.add(chime);
        }
        final long total = parts.stream().mapToLong(p -> p.length).sum();
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the repeated message would last longer than Java arrays allow");
        }
        return new Programme(parts, rate);
    }

    /** The parts in play order; a repeated part is the same array each time. Callers must not change them. */
    List<short[]> parts() {
        return parts;
    }

    int sampleRate() {
        return sampleRate;
    }

    /** The whole programme as one PCM, exactly what the MP3 decodes to. */
    Pcm pcm() {
        final short[] out = new short[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (final short[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return new Pcm(out, sampleRate);
    }

    long durationMs() {
        return parts.stream().mapToLong(p -> p.length).sum() * 1000L / sampleRate;
    }

    /** {@link #GAP_SAMPLES} + {@code extraSilence} zeros, then {@code audio}, then zeros up to a whole frame. */
    private static short[] part(final short[] audio, final int extraSilence) {
        final int head = GAP_SAMPLES + extraSilence;
        final int frame = Mp3Encoder.FRAME_SAMPLES;
        final int length = (head + audio.length + frame - 1) / frame * frame;
        final short[] out = new short[length]; // zero-filled
        System.arraycopy(audio, 0, out, head, audio.length);
        return out;
    }
}
