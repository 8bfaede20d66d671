package vn.loa.agent.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.Health;

/**
 * Gathers the heartbeat's health fields (PROTOCOL.md 4.3): the configured firmware, the probe's readings, the free
 * space of the cache folder's file store, the queued commands and the last command. Called on the heartbeat thread.
 */
public final class HealthCheck implements Supplier<Health> {

    private static final Logger LOG = Logger.getLogger(HealthCheck.class.getName());

    private final @Nullable String firmware;
    private final @Nullable HealthProbe probe;
    private final Path cacheDir;
    private final IntSupplier queuedCommands;
    private final Supplier<Optional<Health.LastCommand>> lastCommand;
    private final int reservePercent;
    private final Consumer<Health.Power> powerRead;

    /** @param probe null when no health command is configured */
    public HealthCheck(final @Nullable String firmware, final @Nullable HealthProbe probe,
            final @NotNull Path cacheDir, final @NotNull IntSupplier queuedCommands,
            final @NotNull Supplier<Optional<Health.LastCommand>> lastCommand) {
        this(firmware, probe, cacheDir, queuedCommands, lastCommand, 0, power -> { });
    }

    /**
     * @param reservePercent the battery reserve the agent keeps, reported beside a power reading
     * @param powerRead      told every power reading (null when the probe gave none), for the playback queue's
     *                       battery gate
     */
    public HealthCheck(final @Nullable String firmware, final @Nullable HealthProbe probe,
            final @NotNull Path cacheDir, final @NotNull IntSupplier queuedCommands,
            final @NotNull Supplier<Optional<Health.LastCommand>> lastCommand, final int reservePercent,
            final @NotNull Consumer<Health.Power> powerRead) {
        this.reservePercent = reservePercent;
        this.powerRead = powerRead;
        this.firmware = firmware;
        this.probe = probe;
        this.cacheDir = cacheDir;
        this.queuedCommands = queuedCommands;
        this.lastCommand = lastCommand;
    }

    @Override
    public @NotNull Health get() {
        final HealthProbe.Reading reading = probe == null ? HealthProbe.Reading.NONE : probe.read();
        final Health.Power power = reading.power() == null ? null : reading.power().withReserve(reservePercent);
        powerRead.accept(power);
        return new Health(firmware, power, reading.signalDbm(), reading.volumePercent(), storageFree(),
                queuedCommands.getAsInt(), lastCommand.get().orElse(null));
    }

    private @Nullable Long storageFree() {
        try {
            return Files.getFileStore(cacheDir).getUsableSpace();
        } catch (IOException e) {
            LOG.warning(() -> "cannot read the free space of " + cacheDir + ": " + e);
            return null;
        }
    }
}
