package vn.loa.agent.journal;

import java.util.Locale;
import java.util.Optional;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.AckState;

/**
 * One state transition of a command as the journal records it: every {@link AckState} plus two journal-only marks:
 * {@link #STARTING}, written (and fsynced) just before audio is sent to the sink, so that a crash mid-playback never
 * leads to a second playback after restart; and {@link #WITHDRAWN}, written when a verified {@code cancel} names
 * the command, so that it never plays, even if it arrives after the cancel or the agent restarts (PROTOCOL.md 4.1d).
 */
public enum Step {
    RECEIVED(AckState.RECEIVED),
    DOWNLOADED(AckState.DOWNLOADED),
    STARTING(null),
    PLAYING(AckState.PLAYING),
    /** Cut by an emergency; played again from its start (a restart included) unless it expires first. */
    PREEMPTED(AckState.PREEMPTED),
    PLAYED(AckState.PLAYED),
    FAILED(AckState.FAILED),
    REJECTED(AckState.REJECTED),
    EXPIRED(AckState.EXPIRED),
    CANCELED(AckState.CANCELED),
    /** A verified cancel command withdrew it; the entry's detail names that command. No ack of its own. */
    WITHDRAWN(null);

    private final @Nullable AckState ackState;

    Step(final @Nullable AckState ackState) {
        this.ackState = ackState;
    }

    public static @NotNull Step of(final @NotNull AckState state) {
        return valueOf(state.name());
    }

    /** Empty for the journal-only {@link #STARTING} and {@link #WITHDRAWN}. */
    public @NotNull Optional<AckState> ackState() {
        return Optional.ofNullable(ackState);
    }

    public boolean isFinal() {
        return ackState != null && ackState.isFinal();
    }

    /** Playback may have begun: the command must never be played again. */
    public boolean isPlaybackBegun() {
        return this == STARTING || this == PLAYING || this == PLAYED;
    }

    public @NotNull String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Step fromWire(final String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
