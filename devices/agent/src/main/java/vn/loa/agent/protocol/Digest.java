package vn.loa.agent.protocol;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * The receiver's account of the commands it knows (PROTOCOL.md 4.6), published on topic
 * {@code loa/v1/rx/{id}/digest}.
 *
 * @param at       when the digest was made (receiver clock)
 * @param commands newest first, at most {@link #MAX_ENTRIES}
 */
public record Digest(@NotNull ReceiverId receiverId, @NotNull OffsetDateTime at, @NotNull List<Entry> commands) {

    public static final int MAX_ENTRIES = 500;

    public Digest {
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(at, "at");
        commands = List.copyOf(commands);
        if (commands.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a digest holds at most " + MAX_ENTRIES + " commands");
        }
    }

    /**
     * One command and its latest ack state.
     *
     * @param at when that state was reached (receiver clock)
     */
    public record Entry(
            @NotNull CommandId commandId, long seq, @NotNull AckState state, @NotNull OffsetDateTime at,
            @Nullable String detail) {

        public Entry {
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(at, "at");
            Command.requirePositiveSeq(seq);
        }
    }
}
