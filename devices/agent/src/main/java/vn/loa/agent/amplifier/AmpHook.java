package vn.loa.agent.amplifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jetbrains.annotations.NotNull;

/** How the amplifier's power is switched: a command, a GPIO value file, or not at all. */
public interface AmpHook {

    /** How long a switching command may run, seconds. */
    long COMMAND_TIMEOUT_S = 10;

    /** @throws IOException if the switch failed; the caller logs it and carries on */
    void set(boolean on) throws IOException, InterruptedException;

    /** No amplifier control configured. */
    static @NotNull AmpHook none() {
        return on -> { };
    }

    /** Runs {@code command} with a last argument {@code on} or {@code off}; a non-zero exit is a failure. */
    static @NotNull AmpHook command(final @NotNull List<String> command) {
        final List<String> base = List.copyOf(command);
        return on -> {
            final List<String> args = new ArrayList<>(base);
            args.add(on ? "on" : "off");
            final Process process = new ProcessBuilder(args)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", args) + " did not finish within " + COMMAND_TIMEOUT_S + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", args) + " exited with " + process.exitValue());
            }
        };
    }

    /** Writes {@code 1} or {@code 0} to {@code file}, e.g. {@code /sys/class/gpio/gpio17/value}. */
    static @NotNull AmpHook gpio(final @NotNull Path file) {
        return on -> Files.writeString(file, on ? "1" : "0", StandardCharsets.US_ASCII);
    }
}
