package vn.loa.audio;

import vn.loa.error.InvalidInputException;

/**
 * An upload that is not an acceptable recording. Each message says what is wrong and what is accepted, because the
 * person reading it is commune staff with a phone recording, not an audio engineer.
 */
final class RecordingException extends InvalidInputException {

    /** What every refusal reminds the uploader of. */
    static final String ACCEPTED = "Accepted: WAV (integer PCM, 8, 16 or 24 bits, mono or stereo, 8 to 48 kHz) "
            + "or MP3 (MPEG audio layer III).";

    private RecordingException(final String code, final String message) {
        super(code, message);
    }

    static RecordingException notAudio(final String detail) {
        return new RecordingException("recording-not-audio", "the upload is not audio: " + detail + ". " + ACCEPTED);
    }

    static RecordingException malformed(final String detail) {
        return new RecordingException("recording-malformed", "the recording is damaged or truncated: " + detail
                + ". " + ACCEPTED);
    }

    static RecordingException unsupported(final String detail) {
        return new RecordingException("recording-format-not-supported", "the recording's format is not supported: "
                + detail + ". " + ACCEPTED);
    }

    static RecordingException tooLong(final long durationMs, final long maxMs) {
        return new RecordingException("recording-too-long", "the recording lasts " + seconds(durationMs)
                + " s; at most " + seconds(maxMs) + " s is accepted (loa.audio.recording.max-duration)");
    }

    static RecordingException tooShort(final long durationMs, final long minMs) {
        return new RecordingException("recording-too-short", "the recording lasts " + seconds(durationMs)
                + " s; at least " + seconds(minMs) + " s of audio is needed (loa.audio.recording.min-duration)");
    }

    private static String seconds(final long ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
