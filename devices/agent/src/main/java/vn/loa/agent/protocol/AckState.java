package vn.loa.agent.protocol;

import java.util.Locale;
import org.jetbrains.annotations.NotNull;

/** The {@code state} of an ack (PROTOCOL.md, "Ack states"). */
public enum AckState {
    RECEIVED(false),
    DOWNLOADED(false),
    PLAYING(false),
    /**
     * An emergency broke in on the playback (PROTOCOL.md section 8.1): it waits and plays again from its start, so
     * {@code playing} follows, or {@code expired} if its expiresAt passes first.
     */
    PREEMPTED(false),
    PLAYED(true),
    FAILED(true),
    REJECTED(true),
    EXPIRED(true),
    /** A verified {@code stop} command interrupted the playback. */
    CANCELED(true);

    private final boolean isFinal;

    AckState(final boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** A final state is the last one a command ever reaches. */
    public boolean isFinal() {
        return isFinal;
    }

    public @NotNull String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown state */
    public static @NotNull AckState fromWire(final String wire) {
        for (final AckState state : values()) {
            if (state.wire().equals(wire)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown ack state '" + wire + "'");
    }
}
