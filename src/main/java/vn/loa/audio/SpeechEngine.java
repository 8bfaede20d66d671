package vn.loa.audio;

/**
 * Turns text into speech. One implementation per engine (FreeTTS for English, espeak-ng for Vietnamese), chosen by
 * {@link AudioProducer} through {@link #supports(String)}. Implementations must be safe to call from several threads
 * at once.
 */
interface SpeechEngine {

    /** @param language a BCP 47 tag such as {@code en-US} */
    boolean supports(String language);

    /**
     * @param settings voice ({@code null}: the engine's default) and rate
     * @return mono 16-bit PCM at whatever rate the engine produces; the caller resamples if needed
     * @throws vn.loa.error.InvalidInputException when the engine has no voice of that name
     * @throws vn.loa.error.UnavailableException  when the engine is missing or fails
     */
    Pcm synthesize(String text, SpeechSettings settings);

    /** The voice {@link #synthesize} uses when the settings name none, as written into the ID3 tag; null: unnamed. */
    default String defaultVoice() {
        return null;
    }
}
