package vn.loa.report;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import vn.loa.error.InvalidInputException;

/**
 * Where a page of {@code /api/logs} ended: the last row's scheduled time, receiver and broadcast, the log's order
 * ({@code playAt} newest first, then receiver id, then broadcast id). The next page starts after it (keyset paging:
 * no offset to count past, so page 50 costs what page 1 does, and rows that arrive meanwhile neither repeat nor go
 * missing). On the wire it is opaque: base64url of {@code playAt|receiverId|broadcastId}.
 */
record LogCursor(Instant playAt, String receiverId, long broadcastId) {

    static LogCursor after(final LogRow last) {
        return new LogCursor(last.scheduledAt(), last.receiverId(), last.broadcastId());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((playAt + "|" + receiverId + "|" + broadcastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code text}; null for none; {@code invalid-cursor} for anything this class did not write. */
    static LogCursor parse(final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            final String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)
                    .split("\\|", -1);
            if (parts.length != 3 || !parts[1].matches(vn.loa.receiver.ReceiverId.REGEX)) {
                throw new IllegalArgumentException("parts");
            }
            return new LogCursor(Instant.parse(parts[0]), parts[1], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidInputException("invalid-cursor",
                    "'after' must be a cursor from a previous page's Link header");
        }
    }
}
