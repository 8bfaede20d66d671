package vn.loa.sim;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What a fleet saw and sent, counted as it happens (thread-safe): per broadcast, per ack state, per refusal. */
public final class FleetStats {

    /** One broadcast as the fleet saw it: commands verified and accepted, plays started, first and last times. */
    public static final class Broadcast {
        private final AtomicInteger commands = new AtomicInteger();
        private final AtomicInteger playing = new AtomicInteger();
        private final AtomicReference<Instant> firstCommand = new AtomicReference<>();
        private final AtomicReference<Instant> lastCommand = new AtomicReference<>();
        private final AtomicReference<Instant> firstPlaying = new AtomicReference<>();

        public int commands() {
            return commands.get();
        }

        public int playing() {
            return playing.get();
        }

        public Instant firstCommand() {
            return firstCommand.get();
        }

        public Instant lastCommand() {
            return lastCommand.get();
        }

        public Instant firstPlaying() {
            return firstPlaying.get();
        }
    }

    private final Map<Long, Broadcast> broadcasts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lost = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final AtomicLong downloadedBytes = new AtomicLong();

    /** The broadcast's figures (zeros when nothing of it has come). */
    public Broadcast broadcast(final long broadcastId) {
        return broadcasts.computeIfAbsent(broadcastId, b -> new Broadcast());
    }

    void commandReceived(final long broadcastId) {
        final Broadcast b = broadcast(broadcastId);
        final Instant now = Instant.now();
        b.firstCommand.compareAndSet(null, now);
        b.lastCommand.set(now);
        b.commands.incrementAndGet();
    }

    void playing(final long broadcastId) {
        final Broadcast b = broadcast(broadcastId);
        b.firstPlaying.compareAndSet(null, Instant.now());
        b.playing.incrementAndGet();
    }

    void acked(final String state) {
        count(acks, state);
    }

    void lost(final String state) {
        count(lost, state);
    }

    void refused(final String code) {
        count(refused, code);
    }

    void downloaded(final long bytes) {
        downloadedBytes.addAndGet(bytes);
    }

    private static void count(final Map<String, AtomicInteger> m, final String key) {
        m.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Acks sent, by state. */
    public Map<String, Integer> acks() {
        return snapshot(acks);
    }

    /** Acks dropped by the loss rate, by state. */
    public Map<String, Integer> lost() {
        return snapshot(lost);
    }

    /** Commands refused, by detail code ({@code bad-signature}...). */
    public Map<String, Integer> refused() {
        return snapshot(refused);
    }

    public long downloadedBytes() {
        return downloadedBytes.get();
    }

    private static Map<String, Integer> snapshot(final Map<String, AtomicInteger> m) {
        final Map<String, Integer> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    public String toString() {
        return "acks " + acks() + ", lost " + lost() + ", refused " + refused() + ", downloaded " + downloadedBytes()
                + " bytes";
    }
}
