package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Broadcasts that play as soon as receivers can have them: emergencies sent from the page or the API, CAP alerts,
 * corrections. {@code playAt} is now plus {@link DispatchConfig#immediateLead()}, long enough for the command to go
 * out and the audio to be fetched over a fair link; a receiver that gets it later plays at once (late start, PROTOCOL
 * 8) until {@code expiresAt}. Call it outside any transaction: the broadcast is committed before the dispatcher is
 * woken, so the commands go out at once rather than on the next timer round.
 */
@ApplicationScoped
public class ImmediateBroadcasts {

    @Inject
    BroadcastService broadcasts;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DispatchConfig config;

    @Inject
    Clock clock;

    /**
     * Schedules an approved bulletin to play now on the targets, with the rules of {@link BroadcastService#create}
     * (area of the sender, approved bulletin, known targets).
     *
     * @param expiresAt null for the default validity
     */
    public Broadcast schedule(final String by, final long bulletinId, final BroadcastRequest.Targets targets,
            final Instant expiresAt) {
        final Broadcast b = plan(by, bulletinId, targets, expiresAt);
        dispatcher.kick();
        return b;
    }

    /**
     * As {@link #schedule}, in the caller's transaction, for a caller that records the broadcast with its own
     * change (an emergency sent on approval): call {@link #kick()} once that transaction has committed.
     */
    public Broadcast plan(final String by, final long bulletinId, final BroadcastRequest.Targets targets,
            final Instant expiresAt) {
        final Instant playAt = clock.instant().plus(config.immediateLead());
        return broadcasts.create(by, new BroadcastRequest(bulletinId, targets,
                playAt.atOffset(ZoneOffset.UTC), expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC)));
    }

    /** Wakes the dispatcher: the commands of what {@link #plan} committed go out now. */
    public void kick() {
        dispatcher.kick();
    }
}
