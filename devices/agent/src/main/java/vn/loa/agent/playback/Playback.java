package vn.loa.agent.playback;

import org.jetbrains.annotations.Nullable;

/**
 * One {@link Player#play} call, as the thread that cuts it sees it: {@link #cut()} silences its sink at once, or
 * keeps it from ever writing if its audio has not started. Thread-safe.
 */
public final class Playback {

    private @Nullable AudioSink sink;
    private boolean cut;

    /** @return false if it was cut before its first write: nothing must be written */
    synchronized boolean begin(final AudioSink playing) {
        if (cut) {
            return false;
        }
        sink = playing;
        return true;
    }

    synchronized void end() {
        sink = null;
    }

    /**
     * Silences it from any thread: {@link Player#play} returns {@link PlaybackEnd.Kind#STOPPED}.
     *
     * @return true if its audio had started
     */
    public boolean cut() {
        final AudioSink playing;
        synchronized (this) {
            cut = true;
            playing = sink;
        }
        if (playing != null) {
            playing.abort();
        }
        return playing != null;
    }

    /** Cuts it only if its audio has started (the kill switch leaves waiting plays alone). */
    boolean cutIfStarted() {
        final AudioSink playing;
        synchronized (this) {
            if (sink == null) {
                return false;
            }
            cut = true;
            playing = sink;
        }
        playing.abort();
        return true;
    }

    public synchronized boolean isCut() {
        return cut;
    }
}
