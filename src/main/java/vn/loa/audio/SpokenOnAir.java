package vn.loa.audio;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The on-air times of texts spoken to measure them ({@link AudioProducer#spokenOnAirMs}): the last
 * {@link #CAPACITY} answers, by text, language, voice, rate and repeats, and a bound of {@link #PERMITS} texts spoken
 * for this at once, so an author typing (or a script posting) cannot take every core from the approvals.
 */
final class SpokenOnAir {

    private static final Logger LOG = Logger.getLogger(SpokenOnAir.class);
    static final int CAPACITY = 256;
    static final int PERMITS = 2;
    /** Longest wait for a permit before the text-only estimate answers instead. */
    static final Duration WAIT = Duration.ofSeconds(3);

    private record Key(String text, String language, String voice, int rateWpm, int repeats) {
    }

    private final Semaphore speaking = new Semaphore(PERMITS);
    private final Map<Key, Long> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(final Map.Entry<Key, Long> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The kept answer, or {@code measure}'s, kept; empty when no permit came within {@link #WAIT} or the text could
     * not be spoken (engine missing or failing, voice unknown), which is logged at debug level.
     */
    OptionalLong get(final String text, final String language, final SpeechSettings speech, final int repeats,
            final LongSupplier measure) {
        final Key key = new Key(text, language, speech.voice(), speech.rateWpm(), repeats);
        synchronized (answers) {
            final Long known = answers.get(key);
            if (known != null) {
                return OptionalLong.of(known);
            }
        }
        try {
            if (!speaking.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.debugf("no permit to speak a text for its on-air time within %s; estimating", WAIT);
                return OptionalLong.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
        try {
            final long ms = measure.getAsLong();
            synchronized (answers) {
                answers.put(key, ms);
            }
            return OptionalLong.of(ms);
        } catch (RuntimeException e) { // LoaException: engine missing, voice unknown; anything else the engine throws
            LOG.debugf("cannot speak a text for its on-air time (%s); estimating", e.getMessage());
            return OptionalLong.empty();
        } finally {
            speaking.release();
        }
    }
}
