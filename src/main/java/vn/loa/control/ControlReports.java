package vn.loa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Receivers' acks of control commands: {@code received} (applied), {@code rejected} or {@code expired}. */
@ApplicationScoped
public class ControlReports {

    /**
     * @param state the ack state as on the wire
     * @return empty when no control command has this id (the caller then treats the ack as unknown);
     *         true when recorded, false when dropped (another receiver's command, or not a control ack state)
     */
    @Transactional
    public Optional<Boolean> record(final String commandId, final String receiverId, final String state,
            final Instant receiverAt, final String detail) {
        final ControlCommand c = ControlCommand.<ControlCommand>find("commandId", commandId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        if (!c.receiverId.equals(receiverId)) {
            return Optional.of(false);
        }
        final ControlState reported = switch (state) {
            case "received" -> ControlState.RECEIVED;
            case "rejected" -> ControlState.REJECTED;
            case "expired" -> ControlState.EXPIRED;
            default -> null;
        };
        if (reported == null) {
            return Optional.of(false);
        }
        if (!c.state.isFinal()) {
            c.state = reported;
            c.reportedAt = receiverAt;
            c.detail = detail;
        }
        return Optional.of(true);
    }
}
