package vn.loa.audio;

/**
 * Turns text into speech. One implementation per engine (FreeTTS for English today; an espeak-ng engine for
 * Vietnamese comes later), chosen by {@link AudioProducer} through {@link #supports(String)}.
 * Implementations must be safe to call from several threads at once.
 */
interface SpeechEngine {

    /** @param language a BCP 47 tag such as {@code en-US} */
    boolean supports(String language);

    /** @return mono 16-bit PCM at whatever rate the engine produces; the caller resamples if needed */
    Pcm synthesize(String text);
}
