package vn.loa.audio;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.loa.error.InvalidInputException;
import vn.loa.error.UnavailableException;

/**
 * English speech with FreeTTS's {@code kevin16} voice (16 kHz, 16-bit, mono).
 *
 * <p>A FreeTTS {@link Voice} is not thread-safe and takes about half a second to allocate, so voices live in a small
 * pool: at most {@code maxVoices} are allocated, each used by one thread at a time and kept for the next request.
 */
@ApplicationScoped
class FreeTtsEngine implements SpeechEngine {

    static final String VOICE_NAME = "kevin16";
    private static final String VOICE_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    /** How long a request waits for a free voice before giving up, in seconds; a minute of speech takes ~1 s. */
    private static final long VOICE_WAIT_SECONDS = 60;

    private final int maxVoices;
    private final BlockingQueue<PooledVoice> idle;
    private final AtomicInteger allocated = new AtomicInteger();

    @Inject
    FreeTtsEngine(final AudioConfig config) {
        this(config.speechVoices());
    }

    FreeTtsEngine(final int maxVoices) {
        if (maxVoices < 1) {
            throw new IllegalArgumentException("maxVoices must be at least 1, got " + maxVoices);
        }
        this.maxVoices = maxVoices;
        this.idle = new ArrayBlockingQueue<>(maxVoices);
    }

    @Override
    public boolean supports(final String language) {
        return "en".equals(Locale.forLanguageTag(language).getLanguage());
    }

    @Override
    public String defaultVoice() {
        return VOICE_NAME;
    }

    @Override
    public Pcm synthesize(final String text, final SpeechSettings settings) {
        if (settings.voice() != null && !VOICE_NAME.equals(settings.voice())) {
            throw new InvalidInputException("voice-not-supported",
                    "English speech has one voice, " + VOICE_NAME + "; got '" + settings.voice() + "'");
        }
        final PooledVoice voice = acquire();
        try {
            return voice.speak(text, settings.rateWpm());
        } finally {
            idle.offer(voice);
        }
    }

    @PreDestroy
    void close() {
        PooledVoice voice;
        while ((voice = idle.poll()) != null) {
            voice.voice.deallocate();
        }
    }

    private PooledVoice acquire() {
        final PooledVoice ready = idle.poll();
        if (ready != null) {
            return ready;
        }
        if (allocated.incrementAndGet() <= maxVoices) {
            try {
                return PooledVoice.allocate();
            } catch (RuntimeException e) {
                allocated.decrementAndGet();
                throw new UnavailableException("speech-unavailable", "the FreeTTS voice could not be loaded", e);
            }
        }
        allocated.decrementAndGet();
        try {
            final PooledVoice freed = idle.poll(VOICE_WAIT_SECONDS, TimeUnit.SECONDS);
            if (freed == null) {
                throw new UnavailableException("speech-busy", "all speech voices are busy; try again shortly", null);
            }
            return freed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("speech-busy", "interrupted while waiting for a speech voice", e);
        }
    }

    /** A voice with its own collector; used by one thread at a time. */
    private static final class PooledVoice {

        private final Voice voice;
        private final PcmCollector collector;

        private PooledVoice(final Voice voice, final PcmCollector collector) {
            this.voice = voice;
            this.collector = collector;
        }

        /** Synchronized: VoiceManager and the system property it reads are process-wide. */
        static synchronized PooledVoice allocate() {
            // FreeTTS finds voices only through this property; without it getVoice returns null.
            System.setProperty("freetts.voices", VOICE_DIRECTORY);
            final Voice voice = VoiceManager.getInstance().getVoice(VOICE_NAME);
            if (voice == null) {
                throw new IllegalStateException("FreeTTS voice " + VOICE_NAME + " is not on the classpath");
            }
            final PcmCollector collector = new PcmCollector();
            // Set before allocate(): the default player opens a sound card and blocks forever without one.
            voice.setAudioPlayer(collector);
            voice.allocate();
            return new PooledVoice(voice, collector);
        }

        /** @param rateWpm words per minute; set on every call because the pooled voice keeps the last one */
        Pcm speak(final String text, final int rateWpm) {
            collector.clear();
            voice.setRate(rateWpm);
            if (!voice.speak(text)) {
                throw new UnavailableException("speech-failed", "FreeTTS could not speak the text", null);
            }
            return collector.toPcm();
        }
    }
}
