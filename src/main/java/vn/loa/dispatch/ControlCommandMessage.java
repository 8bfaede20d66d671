package vn.loa.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import vn.loa.control.ControlType;
import vn.loa.control.OutgoingControl;

/**
 * {@code loa/v1/rx/{id}/cmd}, types {@code stop}, {@code rotate-key}, {@code report} and {@code cancel}
 * (PROTOCOL.md 4.1a to 4.1d).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"v", "type", "commandId", "receiverId", "seq", "issuedAt", "expiresAt", "newKeyId",
        "newPublicKey", "targetCommandId", "keyId", "sig"})
record ControlCommandMessage(int v, String type, String commandId, String receiverId, long seq, String issuedAt,
        String expiresAt, String newKeyId, String newPublicKey, String targetCommandId, String keyId, String sig) {

    static ControlCommandMessage unsigned(final OutgoingControl c) {
        return new ControlCommandMessage(Wire.VERSION, c.type().wire(), c.commandId(), c.receiverId(), c.seq(),
                Wire.instant(c.issuedAt()), Wire.instant(c.expiresAt()),
                c.type() == ControlType.ROTATE_KEY ? c.newKeyId() : null,
                c.type() == ControlType.ROTATE_KEY ? c.newPublicKey() : null,
                c.type() == ControlType.CANCEL ? c.targetCommandId() : null, null, null);
    }

    CanonicalForm canonical() {
        final CanonicalForm form = new CanonicalForm()
                .field("type", type).field("commandId", commandId).field("receiverId", receiverId).field("seq", seq)
                .field("issuedAt", issuedAt).field("expiresAt", expiresAt);
        if (targetCommandId != null) {
            return form.field("targetCommandId", targetCommandId);
        }
        return newKeyId == null ? form : form.field("newKeyId", newKeyId).field("newPublicKey", newPublicKey);
    }

    ControlCommandMessage signed(final String signingKeyId, final String signature) {
        return new ControlCommandMessage(v, type, commandId, receiverId, seq, issuedAt, expiresAt, newKeyId,
                newPublicKey, targetCommandId, signingKeyId, signature);
    }

    byte[] toJson() {
        try {
            return Wire.JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("control command cannot be written", e);
        }
    }
}
