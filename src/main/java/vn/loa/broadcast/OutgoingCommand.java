package vn.loa.broadcast;

import java.time.Instant;
import vn.loa.bulletin.Priority;

/** Everything a receiver needs to play one delivery; {@code dispatch} turns it into the wire command. */
public record OutgoingCommand(String commandId, String receiverId, long seq, Instant issuedAt, long broadcastId,
        String audioSha256, long audioBytes, long audioDurationMs, Instant playAt, Instant expiresAt,
        Priority priority, String title) {
}
