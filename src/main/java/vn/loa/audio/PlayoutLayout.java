package vn.loa.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Lays out what the loudspeakers play: {@code [chime] message pause message ... message [chime]}. The message is
 * repeated because people outdoors miss the start; the chime comes only first and last so a repeat is not taken for
 * a new bulletin.
 *
 * <p>The layout is a list of parts, each a whole number of MP3 frames long ({@link Mp3Encoder#FRAME_SAMPLES}) and
 * starting with at least {@link Mp3Encoder#DECODER_DELAY} samples of silence ({@link #GAP_SAMPLES}). That lets
 * {@link Mp3Encoder} encode each distinct part once, absorb the decoder's delay in the gap, and join the frames: the
 * message is encoded once however often it is repeated, and the MP3 plays exactly as long as {@link #pcm()}. Equal
 * parts are the same array instance.
 */
final class PlayoutLayout {

    /** Silence at the head of every part: one frame (36 ms at 16 kHz), more than the decoder's delay. */
    static final int GAP_SAMPLES = Mp3Encoder.FRAME_SAMPLES;

    private final List<short[]> parts;
    private final int sampleRate;

    private PlayoutLayout(final List<short[]> parts, final int sampleRate) {
        this.parts = Collections.unmodifiableList(parts);
        this.sampleRate = sampleRate;
    }

    /**
     * Quiet enough to start a part with: below -60 dBFS. The first {@link Mp3Encoder#DECODER_DELAY} samples of a
     * part become digital silence, so a part may only start where the message is this quiet.
     */
    static final int QUIET = 32;
    /** A pause between sentences long enough to start the message's second half in it: 60 ms. */
    static final int MIN_SPLIT_PAUSE = 960;

    /**
     * @param message the trimmed, normalised speech
     * @param repeats how many times the message is played, at least 1
     */
    static PlayoutLayout assemble(final Pcm message, final int repeats, final MasteringSettings settings) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        final int rate = message.sampleRate();
        final short[] chime = settings.chimeEnabled() ? part(Chime.samples(rate), GAP_SAMPLES) : null;
        final List<short[]> speech = halves(message.samples());
        final int pauseSamples = (int) ((long) settings.pauseMs() * rate / 1000);
        // each repeat starts with its own gap, so the pause part is what the pause needs beyond it
        final short[] pause = pauseSamples > GAP_SAMPLES ? part(new short[0], pauseSamples - GAP_SAMPLES) : null;
        final List<short[]> parts = new ArrayList<>(repeats * 3 + 2);
        if (chime != null) {
            parts.add(chime);
        }
        for (int r = 0; r < repeats; r++) {
            if (r > 0 && pause != null) {
                parts.add(pause);
            }
            parts.addAll(speech);
        }
        if (chime != null) {
            parts.add(chime);
        }
        final long total = parts.stream().mapToLong(p -> p.length).sum();
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the repeated message would last longer than Java arrays allow");
        }
        return new PlayoutLayout(parts, rate);
    }

    /**
     * The message as one part, or as two split in the sentence pause nearest its middle, so the two halves can be
     * encoded at once on two cores. The split never cuts sound: the second half starts inside a pause of at least
     * {@link #MIN_SPLIT_PAUSE} samples, and the first half ends there padded to a whole frame (at most 36 ms more
     * pause).
     */
    static List<short[]> halves(final short[] message) {
        final int split = splitPoint(message);
        if (split < 0) {
            return List.of(part(message, GAP_SAMPLES));
        }
        final short[] second = part(Arrays.copyOfRange(message, split, message.length), 0);
        Arrays.fill(second, 0, Mp3Encoder.DECODER_DELAY, (short) 0); // below QUIET already: now digital silence
        return List.of(part(Arrays.copyOf(message, split), GAP_SAMPLES), second);
    }

    /** Where the second half starts: inside the quiet run nearest the middle, or -1 when there is none. */
    private static int splitPoint(final short[] message) {
        final int middle = message.length / 2;
        int best = -1;
        int runStart = -1;
        for (int i = 0; i <= message.length; i++) {
            final boolean quiet = i < message.length && Math.abs(message[i]) <= QUIET;
            if (quiet && runStart < 0) {
                runStart = i;
            } else if (!quiet && runStart >= 0) {
                if (runStart > 0 && i < message.length && i - runStart >= MIN_SPLIT_PAUSE) {
                    // keep a little of the pause with the first half, the rest (>= the decoder's delay) starts the second
                    final int candidate = i - Mp3Encoder.DECODER_DELAY - GAP_SAMPLES / 4;
                    if (best < 0 || Math.abs(candidate - middle) < Math.abs(best - middle)) {
                        best = candidate;
                    }
                }
                runStart = -1;
            }
        }
        return best;
    }

    /** The parts in play order; a repeated part is the same array each time. Callers must not change them. */
    List<short[]> parts() {
        return parts;
    }

    int sampleRate() {
        return sampleRate;
    }

    /** The whole layout as one PCM, exactly what the MP3 decodes to. */
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

    /** {@code head} zeros, then {@code audio}, then zeros up to a whole frame. */
    private static short[] part(final short[] audio, final int head) {
        final int frame = Mp3Encoder.FRAME_SAMPLES;
        final int length = Math.max(frame, (head + audio.length + frame - 1) / frame * frame);
        final short[] out = new short[length]; // zero-filled
        System.arraycopy(audio, 0, out, head, audio.length);
        return out;
    }
}
