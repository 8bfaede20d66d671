package vn.loa.receiver;

import java.time.Instant;

/**
 * What a receiver said about itself (status, heartbeat or last will). Health fields are null when the receiver did
 * not report them.
 *
 * @param seenAt when the receiver spoke by the controller's clock, or null when unknown (a retained copy)
 * @param statusAt the receiver's own time of the message, or null (the last will has none)
 * @param batteryReservePercent the battery reserve the receiver keeps (PROTOCOL.md 4.3 {@code power.reservePercent}),
 *                 null when not reported
 */
public record ReceiverStatus(boolean online, String agent, Instant seenAt, Instant statusAt, String firmware,
        String powerSource, Integer batteryPercent, Integer signalDbm, Integer volumePercent, Long storageFreeBytes,
        Integer queuedCommands, Long clockOffsetMs, Integer batteryReservePercent) {
}
