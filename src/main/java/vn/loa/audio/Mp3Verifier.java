package vn.loa.audio;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.InvalidDataException;
import com.mpatric.mp3agic.Mp3File;
import com.mpatric.mp3agic.UnsupportedTagException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.loa.error.UnavailableException;

/**
 * Reads a freshly written MP3 back with mp3agic, an independent parser, and checks it is what the receivers expect
 * and carries the right labels. A file that fails is never stored: a broadcast of the wrong audio, or of audio a
 * receiver cannot decode, is worse than no broadcast.
 */
final class Mp3Verifier {

    /**
     * Allowed gap in milliseconds between mp3agic's duration and the PCM's. The encoder is gapless (the MP3 decodes
     * to the PCM rounded up to a whole 36 ms frame) and mp3agic 0.9.1 leaves the last frame uncounted when the frame
     * count is odd, so the real gap is at most 36 ms either way.
     */
    static final long DURATION_TOLERANCE_MS = 50;

    private Mp3Verifier() {
    }

    /**
     * @param pcmDurationMs duration of the audio that was encoded, in milliseconds
     * @param bitrateKbps   the configured bitrate ({@code loa.audio.bitrate-kbps}) the file must have
     * @throws UnavailableException {@code audio-verification-failed} listing every mismatch
     */
    static void verify(final Path mp3, final AudioRequest request, final long pcmDurationMs, final int bitrateKbps) {
        verify(mp3, request, pcmDurationMs, bitrateKbps, null);
    }

    /**
     * @param spoken the voice and rate the tag must carry ({@link BulletinTag#of(AudioRequest, String,
     *               SpeechSettings)}); {@code null}: a recording, whose tag must carry neither
     */
    static void verify(final Path mp3, final AudioRequest request, final long pcmDurationMs, final int bitrateKbps,
            final SpeechSettings spoken) {
        final Mp3File file = read(mp3);
        final List<String> problems = new ArrayList<>();
        expect(problems, "sample rate", Mp3Encoder.SAMPLE_RATE, file.getSampleRate());
        expect(problems, "bitrate (kbit/s)", bitrateKbps, file.getBitrate());
        expect(problems, "channel mode", "Mono", file.getChannelMode());
        expect(problems, "variable bit rate", false, file.isVbr());
        final long durationMs = file.getLengthInMilliseconds();
        if (Math.abs(durationMs - pcmDurationMs) > DURATION_TOLERANCE_MS) {
            problems.add("duration " + durationMs + " ms, expected " + pcmDurationMs + " ± " + DURATION_TOLERANCE_MS);
        }
        if (!file.hasId3v2Tag()) {
            problems.add("no ID3v2 tag");
        } else {
            final ID3v2 tag = file.getId3v2Tag();
            expect(problems, "title", request.title(), tag.getTitle());
            final Map<String, String> texts = BulletinTag.userTexts(tag);
            expect(problems, "bulletin id", Long.toString(request.bulletinId()), texts.get(BulletinTag.BULLETIN_ID));
            expect(problems, "approver", request.approver(), texts.get(BulletinTag.APPROVER));
            expect(problems, "approval time", request.approvedAt().toString(), texts.get(BulletinTag.APPROVED_AT));
            final String language = Id3Language.code(request.language());
            expect(problems, "language", language, BulletinTag.text(tag, BulletinTag.LANGUAGE_FRAME));
            if (Id3Language.UNDETERMINED.equals(language)) {
                expect(problems, "language name", request.language(), texts.get(BulletinTag.LANGUAGE));
            }
            expect(problems, "voice", spoken == null ? null : spoken.voice(), texts.get(BulletinTag.VOICE));
            expect(problems, "rate (words per minute)", spoken == null ? null : Integer.toString(spoken.rateWpm()),
                    texts.get(BulletinTag.RATE_WPM));
        }
        if (!problems.isEmpty()) {
            throw failed(String.join("; ", problems), null);
        }
    }

    /** Playing time of a stored MP3 as mp3agic reads it, in milliseconds (up to one 36 ms frame short). */
    static long durationMs(final Path mp3) {
        return read(mp3).getLengthInMilliseconds();
    }

    private static Mp3File read(final Path mp3) {
        try {
            return new Mp3File(mp3);
        } catch (IOException | UnsupportedTagException | InvalidDataException | RuntimeException e) {
            // RuntimeException: mp3agic throws IllegalArgumentException when it finds no MPEG frame at all
            throw failed("mp3agic cannot read the file: " + e.getMessage(), e);
        }
    }

    private static void expect(final List<String> problems, final String what, final Object expected,
            final Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + " is " + actual + ", expected " + expected);
        }
    }

    private static UnavailableException failed(final String detail, final Throwable cause) {
        return new UnavailableException("audio-verification-failed",
                "the encoded MP3 did not pass verification: " + detail, cause);
    }
}
