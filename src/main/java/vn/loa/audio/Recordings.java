package vn.loa.audio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import vn.loa.error.InvalidInputException;

/**
 * Accepting an uploaded recording: read the body up to the size limit, recognise the format by its bytes, decode it
 * completely (which is the validation: nothing the client says is trusted), check the duration limits, and only then
 * store the original. A refused upload leaves nothing behind.
 */
@ApplicationScoped
public class Recordings {

    private final RecordingStore store;
    private final RecordingConfig limits;

    @Inject
    Recordings(final RecordingStore store, final RecordingConfig limits) {
        this.store = store;
        this.limits = limits;
    }

    /**
     * @param contentType the request's Content-Type; must announce WAV or MP3, but the bytes decide which
     * @param filename    the original file name, a label only (sanitized); may be null
     * @throws UnsupportedRecordingTypeException when the Content-Type is not an accepted audio type
     * @throws InvalidInputException             {@code recording-*} when the upload is empty, too large, not audio,
     *                                           damaged, of an unsupported format, too short or too long
     */
    public Recording accept(final InputStream body, final String contentType, final String filename) {
        if (!RecordingFormat.acceptedContentType(contentType)) {
            throw new UnsupportedRecordingTypeException(contentType);
        }
        final byte[] content = LimitedInput.readAll(body, limits.maxBytes());
        if (content.length == 0) {
            throw new InvalidInputException("recording-empty", "the upload is empty. " + RecordingException.ACCEPTED);
        }
        final RecordingFormat format = RecordingFormat.sniff(content).orElseThrow(() -> RecordingException.notAudio(
                "its first bytes are neither a RIFF WAVE header nor an MP3 frame or ID3 tag"));
        final Pcm pcm = decode(content, format);
        final String sha256 = AudioStore.sha256(content);
        store.put(sha256, format, content);
        return new Recording(sha256, format, RecordingName.sanitize(filename, format), content.length,
                pcm.durationMs());
    }

    /** The stored original, for listening. */
    public Optional<Path> original(final String sha256, final RecordingFormat format) {
        return store.find(sha256, format);
    }

    /** Decodes a stored original again, for mastering. */
    Pcm decodeStored(final String sha256, final RecordingFormat format) {
        return decode(store.read(sha256, format), format);
    }

    private Pcm decode(final byte[] content, final RecordingFormat format) {
        final long maxMs = limits.maxDuration().toMillis();
        final Pcm pcm = format == RecordingFormat.WAV ? WavDecoder.decode(content, maxMs)
                : Mp3Decoder.decode(content, maxMs);
        if (pcm.durationMs() > maxMs) {
            throw RecordingException.tooLong(pcm.durationMs(), maxMs);
        }
        if (pcm.durationMs() < limits.minDuration().toMillis()) {
            throw RecordingException.tooShort(pcm.durationMs(), limits.minDuration().toMillis());
        }
        if (Double.isInfinite(LoudnessNormalizer.gatedRmsDbfs(pcm))) {
            throw new InvalidInputException("recording-silent", "the recording is silent (nothing louder than "
                    + SilenceTrimmer.THRESHOLD_DBFS + " dBFS); check the microphone and record again");
        }
        return pcm;
    }
}
