package vn.loa.agent.queue;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.PlayCommand;
import vn.loa.agent.protocol.Priority;

/**
 * One play as the playback queue sees it (PROTOCOL.md section 8.1): what {@link PlayQueue#decide} needs, nothing
 * of threads or audio.
 *
 * @param arrival order of acceptance on this receiver (smaller came first); breaks ties between equal plays
 */
public record QueueEntry(@NotNull CommandId commandId, @NotNull Priority priority, @NotNull Instant playAt,
        @NotNull Instant expiresAt, long arrival) {

    public QueueEntry {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(playAt, "playAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static @NotNull QueueEntry of(final @NotNull PlayCommand command, final long arrival) {
        return new QueueEntry(command.commandId(), command.priority(), command.playAt(), command.expiresAt(), arrival);
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
