package vn.loa.broadcast;

import java.time.Instant;

/**
 * The way out for the signed {@code cancel} commands of a canceled broadcast (PROTOCOL.md 4.1d). {@code broadcast}
 * owns this port and the control feature implements it, so the dependency runs one way, as for
 * {@link CommandSender}.
 */
public interface CancelSender {

    /**
     * Queues, in the caller's transaction, a signed cancel to {@code receiverId} withdrawing the play command
     * {@code targetCommandId}.
     *
     * @return the cancel command's own commandId
     */
    String queue(String by, String receiverId, String targetCommandId, Instant expiresAt);

    /** After the transaction committed: send what was queued now, not at the next timer tick. */
    void sendSoon();
}
