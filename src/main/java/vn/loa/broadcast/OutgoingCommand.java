package vn.loa.broadcast;

import java.time.Instant;
import vn.loa.bulletin.Priority;

/**
 * Everything a receiver needs to play one delivery; {@code dispatch} turns it into the wire command.
 *
 * @param quietHours the quiet hours of the receiver's area, signed into the command (PROTOCOL.md 4.1e); null when
 *                   none holds there
 * @param slot       the item's place in a programme slot, signed into the command (PROTOCOL.md 4.1f); null outside
 *                   a slot
 */
public record OutgoingCommand(String commandId, String receiverId, long seq, Instant issuedAt, long broadcastId,
        String audioSha256, long audioBytes, long audioDurationMs, Instant playAt, Instant expiresAt,
        Priority priority, String title, QuietWindow quietHours, SlotPart slot) {

    public OutgoingCommand(final String commandId, final String receiverId, final long seq, final Instant issuedAt,
            final long broadcastId, final String audioSha256, final long audioBytes, final long audioDurationMs,
            final Instant playAt, final Instant expiresAt, final Priority priority, final String title,
            final QuietWindow quietHours) {
        this(commandId, receiverId, seq, issuedAt, broadcastId, audioSha256, audioBytes, audioDurationMs, playAt,
                expiresAt, priority, title, quietHours, null);
    }

    public OutgoingCommand(final String commandId, final String receiverId, final long seq, final Instant issuedAt,
            final long broadcastId, final String audioSha256, final long audioBytes, final long audioDurationMs,
            final Instant playAt, final Instant expiresAt, final Priority priority, final String title) {
        this(commandId, receiverId, seq, issuedAt, broadcastId, audioSha256, audioBytes, audioDurationMs, playAt,
                expiresAt, priority, title, null, null);
    }

    /**
     * @param from      {@code HH:MM}
     * @param to        {@code HH:MM}
     * @param utcOffset {@code +07:00}: the receiver reads the window at this offset
     */
    public record QuietWindow(String from, String to, String utcOffset) {
    }

    /**
     * Where a slot item stands in its programme (PROTOCOL.md 4.1f).
     *
     * @param occurrenceAt the occurrence's start
     * @param index        the item's place in the occurrence, from 0
     */
    public record SlotPart(long slotId, String name, Instant occurrenceAt, int index) {
    }
}
