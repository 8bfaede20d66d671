package vn.loa.control;

import java.time.Instant;

/**
 * What the transport needs to send one control command; {@code newPublicKey} only for rotate-key,
 * {@code targetCommandId} only for cancel.
 */
public record OutgoingControl(ControlType type, String commandId, String receiverId, long seq, Instant issuedAt,
        Instant expiresAt, String newKeyId, String newPublicKey, String signingKeyId, String targetCommandId) {
}
