package vn.loa.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import vn.loa.broadcast.OutgoingCommand;

/**
 * {@code loa/v1/rx/{id}/cmd}, type {@code play} (PROTOCOL.md 4.1). Times travel as strings so that the signed text
 * and the JSON carry exactly the same characters.
 */
@JsonPropertyOrder({"v", "type", "commandId", "receiverId", "seq", "issuedAt", "broadcastId", "audio", "playAt",
        "expiresAt", "priority", "title", "quietHours", "slot", "keyId", "sig"})
record PlayCommandMessage(int v, String type, String commandId, String receiverId, long seq, String issuedAt,
        long broadcastId, Audio audio, String playAt, String expiresAt, String priority, String title,
        @JsonInclude(JsonInclude.Include.NON_NULL) QuietHours quietHours,
        @JsonInclude(JsonInclude.Include.NON_NULL) Slot slot, String keyId, String sig) {

    /** Header of the text the {@code quietHours} signature covers (PROTOCOL.md 4.1e). */
    static final String QUIET_HOURS_HEADER = "LOA-QUIET-HOURS-V1";

    /**
     * The signed part {@code quietHours} (PROTOCOL.md 4.1e): the receiver's area's window, with a signature of its
     * own so that a v1 receiver, which ignores the field, still verifies the command's {@code sig}.
     */
    @JsonPropertyOrder({"from", "to", "utcOffset", "sig"})
    record QuietHours(String from, String to, String utcOffset, String sig) {
    }

    /** Header of the text the {@code slot} signature covers (PROTOCOL.md 4.1f). */
    static final String SLOT_HEADER = "LOA-SLOT-V1";

    /**
     * The signed part {@code slot} (PROTOCOL.md 4.1f): the item's place in its programme slot's occurrence, signed on
     * its own like {@code quietHours}, so a receiver that ignores it still verifies and plays the command.
     */
    @JsonPropertyOrder({"slotId", "name", "occurrenceAt", "index", "sig"})
    record Slot(long slotId, String name, String occurrenceAt, int index, String sig) {
    }

    /** Where to fetch the audio (a path relative to the controller's base URL) and how to verify it. */
    record Audio(String url, String sha256, long bytes, long durationMs) {
    }

    /** The command without its signature yet. */
    static PlayCommandMessage unsigned(final OutgoingCommand c) {
        return new PlayCommandMessage(Wire.VERSION, "play", c.commandId(), c.receiverId(), c.seq(),
                Wire.instant(c.issuedAt()), c.broadcastId(),
                new Audio("/api/audio/" + c.audioSha256() + ".mp3", c.audioSha256(), c.audioBytes(),
                        c.audioDurationMs()),
                Wire.instant(c.playAt()), Wire.instant(c.expiresAt()), c.priority().wire(), c.title(),
                c.quietHours() == null ? null : new QuietHours(c.quietHours().from(), c.quietHours().to(),
                        c.quietHours().utcOffset(), null),
                c.slot() == null ? null : new Slot(c.slot().slotId(), c.slot().name(),
                        Wire.instant(c.slot().occurrenceAt()), c.slot().index(), null),
                null, null);
    }

    /** The text the {@code quietHours} signature covers, or null without quiet hours. */
    byte[] quietHoursCanonical() {
        if (quietHours == null) {
            return null;
        }
        final String text = QUIET_HOURS_HEADER + "\n" + line("commandId", commandId) + line("from", quietHours.from())
                + line("to", quietHours.to()) + line("utcOffset", quietHours.utcOffset());
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text the {@code slot} signature covers, or null outside a slot. */
    byte[] slotCanonical() {
        if (slot == null) {
            return null;
        }
        final String text = SLOT_HEADER + "\n" + line("commandId", commandId) + line("slotId", slot.slotId())
                + line("name", slot.name()) + line("occurrenceAt", slot.occurrenceAt())
                + line("index", slot.index());
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String line(final String name, final Object value) {
        final String text = String.valueOf(value);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("field " + name + " of a signed part contains a line break");
        }
        return name + "=" + text + "\n";
    }

    /** This command with its {@code quietHours} part signed. */
    PlayCommandMessage withQuietHoursSig(final String partSig) {
        return new PlayCommandMessage(v, type, commandId, receiverId, seq, issuedAt, broadcastId, audio, playAt,
                expiresAt, priority, title,
                new QuietHours(quietHours.from(), quietHours.to(), quietHours.utcOffset(), partSig), slot, keyId,
                sig);
    }

    /** This command with its {@code slot} part signed. */
    PlayCommandMessage withSlotSig(final String partSig) {
        return new PlayCommandMessage(v, type, commandId, receiverId, seq, issuedAt, broadcastId, audio, playAt,
                expiresAt, priority, title, quietHours,
                new Slot(slot.slotId(), slot.name(), slot.occurrenceAt(), slot.index(), partSig), keyId, sig);
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
                expiresAt, priority, title, quietHours, slot, signingKeyId, signature);
    }

    byte[] toJson() {
        try {
            return Wire.JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("play command cannot be written", e);
        }
    }
}
