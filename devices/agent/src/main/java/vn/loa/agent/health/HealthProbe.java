package vn.loa.agent.health;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.Health;

/**
 * Asks the box what only it can tell (power, uplink signal, volume) by running the configured command, whose stdout
 * holds {@code key=value} lines: {@code power.source}, {@code power.batteryPercent}, {@code signalDbm},
 * {@code volumePercent}. Missing, unknown or invalid values are left out; a failing command gives nothing.
 */
public final class HealthProbe {

    private static final Logger LOG = Logger.getLogger(HealthProbe.class.getName());

    /** How long the command may run, seconds. */
    static final long TIMEOUT_S = 5;
    /** More output than this is ignored, bytes. */
    static final int MAX_OUTPUT = 4096;

    private final List<String> command;

    public HealthProbe(final @NotNull List<String> command) {
        this.command = List.copyOf(command);
    }

    /**
     * What the probe measured.
     *
     * @param power         null if {@code power.source} was not given
     * @param signalDbm     null if not given
     * @param volumePercent null if not given
     */
    public record Reading(@Nullable Health.Power power, @Nullable Integer signalDbm, @Nullable Integer volumePercent) {

        public static final Reading NONE = new Reading(null, null, null);
    }

    /** Runs the command; never throws. */
    public @NotNull Reading read() {
        try {
            final Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            final String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warning(() -> "health command did not finish within " + TIMEOUT_S + " s");
                return Reading.NONE;
            }
            if (process.exitValue() != 0) {
                LOG.warning(() -> "health command exited with " + process.exitValue());
                return Reading.NONE;
            }
            return parse(output);
        } catch (IOException e) {
            LOG.warning(() -> "health command failed: " + e.getMessage());
            return Reading.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reading.NONE;
        }
    }

    /** Parses {@code key=value} lines; anything else is ignored, an invalid value is logged and left out. */
    static @NotNull Reading parse(final @NotNull String output) {
        final Map<String, String> values = new HashMap<>();
        for (final String line : output.split("\\R")) {
            final int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        Health.Power power = null;
        final String source = values.get("power.source");
        if (source != null) {
            try {
                power = new Health.Power(source, integer(values, "power.batteryPercent"));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "health command: " + e.getMessage());
            }
        }
        return new Reading(power, integer(values, "signalDbm"), percent(values, "volumePercent"));
    }

    private static @Nullable Integer percent(final Map<String, String> values, final String key) {
        final Integer value = integer(values, key);
        if (value != null && (value < 0 || value > 100)) {
            LOG.warning(() -> "health command: " + key + " must be 0..100, got " + value);
            return null;
        }
        return value;
    }

    private static @Nullable Integer integer(final Map<String, String> values, final String key) {
        final String text = values.get(key);
        if (text == null || text.isEmpty() || "null".equals(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            LOG.warning(() -> "health command: " + key + " is not an integer: '" + text + "'");
            return null;
        }
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }
}
