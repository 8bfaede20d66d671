package vn.loa.agent.protocol;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * The optional health fields of a heartbeat (PROTOCOL.md 4.3); a null field is omitted on the wire.
 *
 * @param storageFreeBytes free space for the audio cache, bytes
 * @param queuedCommands   commands accepted and not yet final
 */
public record Health(
        @Nullable String firmware,
        @Nullable Power power,
        @Nullable Integer signalDbm,
        @Nullable Integer volumePercent,
        @Nullable Long storageFreeBytes,
        @Nullable Integer queuedCommands,
        @Nullable LastCommand lastCommand) {

    public Health {
        if (volumePercent != null && (volumePercent < 0 || volumePercent > 100)) {
            throw new IllegalArgumentException("volumePercent must be 0..100, got " + volumePercent);
        }
        if (storageFreeBytes != null && storageFreeBytes < 0) {
            throw new IllegalArgumentException("storageFreeBytes must be >= 0, got " + storageFreeBytes);
        }
        if (queuedCommands != null && queuedCommands < 0) {
            throw new IllegalArgumentException("queuedCommands must be >= 0, got " + queuedCommands);
        }
    }

    /**
     * @param source         {@code mains}, {@code battery} or {@code solar}
     * @param batteryPercent 0..100, null without a battery
     * @param reservePercent the battery reserve this receiver keeps (PROTOCOL.md 8.1), 0..100, null if not told
     */
    public record Power(@NotNull String source, @Nullable Integer batteryPercent, @Nullable Integer reservePercent) {

        private static final Set<String> SOURCES = Set.of("mains", "battery", "solar");

        public Power {
            if (!SOURCES.contains(source)) {
                throw new IllegalArgumentException("power.source must be mains, battery or solar, got '" + source + "'");
            }
            if (batteryPercent != null && (batteryPercent < 0 || batteryPercent > 100)) {
                throw new IllegalArgumentException("power.batteryPercent must be 0..100, got " + batteryPercent);
            }
            if (reservePercent != null && (reservePercent < 0 || reservePercent > 100)) {
                throw new IllegalArgumentException("power.reservePercent must be 0..100, got " + reservePercent);
            }
        }

        public Power(final @NotNull String source, final @Nullable Integer batteryPercent) {
            this(source, batteryPercent, null);
        }

        /** This reading with the reserve the receiver keeps. */
        public @NotNull Power withReserve(final int percent) {
            return new Power(source, batteryPercent, percent);
        }
    }

    /**
     * The last command received, for the controller's clock-offset estimate.
     *
     * @param issuedAt   exactly as written in the command (never reformatted)
     * @param receivedAt receiver clock when it was received
     */
    public record LastCommand(@NotNull String issuedAt, @NotNull OffsetDateTime receivedAt) {

        public LastCommand {
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }
}
