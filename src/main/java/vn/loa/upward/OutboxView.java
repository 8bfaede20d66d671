package vn.loa.upward;

import java.time.Instant;
import java.util.Locale;

/** An outbox item as the API and the page show it (without its body). */
public record OutboxView(long id, long targetId, String kind, String subject, String state, int attempts,
        Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant sentAt) {

    static OutboxView of(final OutboxItem o) {
        return new OutboxView(o.id, o.targetId, o.kind.name().toLowerCase(Locale.ROOT), o.subject,
                o.state.name().toLowerCase(Locale.ROOT), o.attempts, o.nextAttemptAt, o.lastStatus, o.lastError,
                o.createdAt, o.sentAt);
    }

    /** The state's code, for {@code data-state} in the page. */
    public boolean failed() {
        return "failed".equals(state);
    }
}
