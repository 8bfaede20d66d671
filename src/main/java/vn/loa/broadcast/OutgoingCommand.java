package vn.loa.broadcast;

import java.time.Instant;
import vn.loa.bulletin.Priority;

/**
 * Everything a receiver needs to play one delivery; {@code dispatch} turns it into the wire command.
 *
 * @param quietHours the quiet hours of the receiver's area, signed into the command (PROTOCOL.md 4.1e); null when
 *                   none holds there
 */
public record OutgoingCommand(String commandId, String receiverId, long seq, Instant issuedAt, long broadcastId,
        String audioSha256, long audioBytes, long audioDurationMs, Instant playAt, Instant expiresAt,
        Priority priority, String title, QuietWindow quietHours) {

    public OutgoingCommand(final String commandId, final String receiverId, final long seq, final Instant issuedAt,
            final long broadcastId, final String audioSha256, final long audioBytes, final long audioDurationMs,
            final Instant playAt, final Instant expiresAt, final Priority priority, final String title) {
        this(commandId, receiverId, seq, issuedAt, broadcastId, audioSha256, audioBytes, audioDurationMs, playAt,
                expiresAt, priority, title, null);
    }

    /**
     * @param from      {@code HH:MM}
     * @param to        {@code HH:MM}
     * @param utcOffset {@code +07:00}: the receiver reads the window at this offset
     */
    public record QuietWindow(String from, String to, String utcOffset) {
    }
}
