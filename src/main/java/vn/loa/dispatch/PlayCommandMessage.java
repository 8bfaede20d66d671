package vn.loa.dispatch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import vn.loa.broadcast.OutgoingCommand;

/** {@code loa/v1/rx/{id}/cmd}, type {@code play} (PROTOCOL.md, "Play command"). */
@JsonPropertyOrder({"v", "type", "commandId", "receiverId", "broadcastId", "audio", "playAt", "expiresAt",
        "priority", "title"})
record PlayCommandMessage(int v, String type, String commandId, String receiverId, long broadcastId, Audio audio,
        Instant playAt, Instant expiresAt, String priority, String title) {

    /** Where to fetch the audio (a path relative to the controller's base URL) and how to verify it. */
    record Audio(String url, String sha256, long bytes, long durationMs) {
    }

    static PlayCommandMessage of(final OutgoingCommand c) {
        return new PlayCommandMessage(Wire.VERSION, "play", c.commandId(), c.receiverId(), c.broadcastId(),
                new Audio("/api/audio/" + c.audioSha256() + ".mp3", c.audioSha256(), c.audioBytes(),
                        c.audioDurationMs()),
                c.playAt(), c.expiresAt(), c.priority().wire(), c.title());
    }

    byte[] toJson() {
        try {
            return Wire.JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("play command cannot be written", e);
        }
    }
}
