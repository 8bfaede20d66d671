package vn.loa.agent.queue;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.PlayCommand;
import vn.loa.agent.protocol.Priority;
import vn.loa.agent.protocol.QuietHours;

/**
 * One play as the playback queue sees it (PROTOCOL.md section 8.1): what {@link PlayQueue#decide} needs, nothing
 * of threads or audio.
 *
 * @param arrival    order of acceptance on this receiver (smaller came first); breaks ties between equal plays
 * @param quietHours the quiet hours signed into the command (PROTOCOL.md 4.1e), null for none
 */
public record QueueEntry(@NotNull CommandId commandId, @NotNull Priority priority, @NotNull Instant playAt,
        @NotNull Instant expiresAt, long arrival, @Nullable QuietHours quietHours) {

    public QueueEntry {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(playAt, "playAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** An entry without quiet hours. */
    public QueueEntry(final @NotNull CommandId commandId, final @NotNull Priority priority,
            final @NotNull Instant playAt, final @NotNull Instant expiresAt, final long arrival) {
        this(commandId, priority, playAt, expiresAt, arrival, null);
    }

    public static @NotNull QueueEntry of(final @NotNull PlayCommand command, final long arrival) {
        return new QueueEntry(command.commandId(), command.priority(), command.playAt(), command.expiresAt(), arrival,
                command.quietHours());
    }

    /** Its playAt has come. */
    public boolean isDueAt(final @NotNull Instant now) {
        return !playAt.isAfter(now);
    }

    /** Same rule as {@link vn.loa.agent.protocol.Command#isExpiredAt}: strictly after expiresAt. */
    public boolean isExpiredAt(final @NotNull Instant now) {
        return now.isAfter(expiresAt);
    }

    public boolean isEmergency() {
        return priority == Priority.EMERGENCY;
    }
}
