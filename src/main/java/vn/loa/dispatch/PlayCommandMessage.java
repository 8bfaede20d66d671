package vn.loa.dispatch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import vn.loa.broadcast.OutgoingCommand;

/**
 * {@code loa/v1/rx/{id}/cmd}, type {@code play} (PROTOCOL.md 4.1). Times travel as strings so that the signed text
 * and the JSON carry exactly the same characters.
 */
@JsonPropertyOrder({"v", "type", "commandId", "receiverId", "seq", "issuedAt", "broadcastId", "audio", "playAt",
        "expiresAt", "priority", "title", "keyId", "sig"})
record PlayCommandMessage(int v, String type, String commandId, String receiverId, long seq, String issuedAt,
        long broadcastId, Audio audio, String playAt, String expiresAt, String priority, String title, String keyId,
        String sig) {

    /** Where to fetch the audio (a path relative to the controller's base URL) and how to verify it. */
    record Audio(String url, String sha256, long bytes, long durationMs) {
    }

    /** The command without its signature yet. */
    static PlayCommandMessage unsigned(final OutgoingCommand c) {
        return new PlayCommandMessage(Wire.VERSION, "play", c.commandId(), c.receiverId(), c.seq(),
                Wire.instant(c.issuedAt()), c.broadcastId(),
                new Audio("/api/audio/" + c.audioSha256() + ".mp3", c.audioSha256(), c.audioBytes(),
                        c.audioDurationMs()),
                Wire.instant(c.playAt()), Wire.instant(c.expiresAt()), c.priority().wire(), c.title(), null, null);
    }

    CanonicalForm canonical() {
        return new CanonicalForm()
                .field("type", type).field("commandId", commandId).field("receiverId", receiverId).field("seq", seq)
                .field("issuedAt", issuedAt).field("playAt", playAt).field("expiresAt", expiresAt)
                .field("broadcastId", broadcastId).field("audio.url", audio.url()).field("audio.sha256", audio.sha256())
                .field("audio.bytes", audio.bytes()).field("audio.durationMs", audio.durationMs())
                .field("priority", priority).field("title", title);
    }

    PlayCommandMessage signed(final String signingKeyId, final String signature) {
        return new PlayCommandMessage(v, type, commandId, receiverId, seq, issuedAt, broadcastId, audio, playAt,
                expiresAt, priority, title, signingKeyId, signature);
    }

    byte[] toJson() {
        try {
            return Wire.JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("play command cannot be written", e);
        }
    }
}
