package vn.loa.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.playback.SinkKind;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.ReceiverId;

/**
 * The agent's configuration, from a properties file and/or the environment (the environment wins); see
 * {@link Setting} for the names and devices/PROTOCOL.md, "Receiver configuration", for the meaning.
 *
 * @param brokerPort    TCP port, 1..65535 (default 1883)
 * @param controllerUrl base URL that relative {@code audio.url}s are appended to (PROTOCOL.md 9.1)
 * @param controllerKey the controller's signing key until a verified rotation replaces it (PROTOCOL.md 4.4)
 * @param cacheDir      audio files, journal, pending commands, outbox
 * @param cacheMaxBytes upper bound of the audio files in {@code cacheDir}, bytes (default 512 MiB)
 * @param heartbeat     interval of the heartbeat status (default 60 s)
 * @param firmware      reported in the heartbeat, null to omit
 * @param healthCommand program and arguments whose stdout gives {@code key=value} health lines, null for none
 * @param ampCommand    program and arguments run with a last argument {@code on} or {@code off}, null for none
 * @param ampGpioFile   file that {@code 1} or {@code 0} is written to, null for none (not with {@code ampCommand})
 * @param ampLead       how long before playAt the amplifier is switched on (default 5 s)
 * @param batteryReservePercent below this battery level, off mains, routine plays are skipped (PROTOCOL.md 8.1;
 *                      default 30 %, 0 keeps no reserve)
 */
public record AgentConfig(
        @NotNull ReceiverId receiverId,
        @NotNull String brokerHost,
        int brokerPort,
        @Nullable String brokerUsername,
        @Nullable String brokerPassword,
        boolean brokerTls,
        @NotNull URI controllerUrl,
        @NotNull ControllerKey controllerKey,
        @NotNull Path cacheDir,
        long cacheMaxBytes,
        @NotNull SinkKind audioSink,
        @NotNull Duration heartbeat,
        @Nullable String firmware,
        @Nullable List<String> healthCommand,
        @Nullable List<String> ampCommand,
        @Nullable Path ampGpioFile,
        @NotNull Duration ampLead,
        int batteryReservePercent) {

    /** Default of {@link Setting#BATTERY_RESERVE_PERCENT}, percent. */
    public static final int DEFAULT_BATTERY_RESERVE_PERCENT = 30;

    /** Default of {@link Setting#CACHE_MAX_BYTES}: 512 MiB. */
    public static final long DEFAULT_CACHE_MAX_BYTES = 512L * 1024 * 1024;

    public AgentConfig {
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(brokerHost, "brokerHost");
        Objects.requireNonNull(controllerUrl, "controllerUrl");
        Objects.requireNonNull(controllerKey, "controllerKey");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(audioSink, "audioSink");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(ampLead, "ampLead");
        if (cacheMaxBytes < 1) {
            throw new InvalidConfigException("LOA_CACHE_MAX_BYTES must be > 0, got " + cacheMaxBytes);
        }
        if (heartbeat.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InvalidConfigException("LOA_HEARTBEAT_SECONDS must be >= 1, got " + heartbeat.toSeconds());
        }
        if (ampLead.isNegative()) {
            throw new InvalidConfigException("LOA_AMP_LEAD_SECONDS must be >= 0, got " + ampLead.toSeconds());
        }
        if (batteryReservePercent < 0 || batteryReservePercent > 100) {
            throw new InvalidConfigException("LOA_BATTERY_RESERVE_PERCENT must be 0..100, got " + batteryReservePercent);
        }
        if (ampCommand != null && ampGpioFile != null) {
            throw new InvalidConfigException("set LOA_AMP_COMMAND or LOA_AMP_GPIO_FILE, not both");
        }
        healthCommand = healthCommand == null ? null : List.copyOf(healthCommand);
        ampCommand = ampCommand == null ? null : List.copyOf(ampCommand);
        if (brokerPort < 1 || brokerPort > 65535) {
            throw new InvalidConfigException("broker port must be 1..65535, got " + brokerPort);
        }
        if (brokerPassword != null && brokerUsername == null) {
            throw new InvalidConfigException("LOA_BROKER_PASSWORD is set without LOA_BROKER_USERNAME");
        }
    }

    /**
     * Reads {@code --config <file>} from {@code args} (optional), then overlays {@code env}.
     *
     * @throws InvalidConfigException for unknown arguments, an unreadable file or an invalid value
     */
    public static @NotNull AgentConfig load(final @NotNull String[] args, final @NotNull Map<String, String> env) {
        final Properties file = new Properties();
        for (int i = 0; i < args.length; i++) {
            if ("--config".equals(args[i]) && i + 1 < args.length) {
                read(args[++i], file);
            } else {
                throw new InvalidConfigException("unknown argument '" + args[i] + "' (usage: [--config <file>])");
            }
        }
        return from(file, env);
    }

    /** @throws InvalidConfigException for a missing receiver id or controller key, or an invalid value */
    public static @NotNull AgentConfig from(final @NotNull Properties file, final @NotNull Map<String, String> env) {
        final Values values = new Values(file, env);
        final String receiverId = values.required(Setting.RECEIVER_ID);
        final ReceiverId id = values.parse(Setting.RECEIVER_ID, receiverId, ReceiverId::of);
        final String controllerKey = values.required(Setting.CONTROLLER_PUBLIC_KEY);
        return new AgentConfig(
                id,
                values.getOr(Setting.BROKER_HOST, "127.0.0.1"),
                values.parse(Setting.BROKER_PORT, values.getOr(Setting.BROKER_PORT, "1883"), Integer::parseInt),
                values.get(Setting.BROKER_USERNAME),
                values.get(Setting.BROKER_PASSWORD),
                values.parse(Setting.BROKER_TLS, values.getOr(Setting.BROKER_TLS, "false"), AgentConfig::bool),
                values.parse(Setting.CONTROLLER_URL, values.getOr(Setting.CONTROLLER_URL, "http://127.0.0.1:8080"),
                        AgentConfig::httpUrl),
                values.parse(Setting.CONTROLLER_PUBLIC_KEY, controllerKey, ControllerKey::ofBase64),
                values.parse(Setting.CACHE_DIR, values.getOr(Setting.CACHE_DIR, "./loa-cache"), Path::of),
                values.parse(Setting.CACHE_MAX_BYTES,
                        values.getOr(Setting.CACHE_MAX_BYTES, Long.toString(DEFAULT_CACHE_MAX_BYTES)), Long::parseLong),
                values.parse(Setting.AUDIO_SINK, values.getOr(Setting.AUDIO_SINK, "auto"), SinkKind::of),
                values.parse(Setting.HEARTBEAT_SECONDS, values.getOr(Setting.HEARTBEAT_SECONDS, "60"), AgentConfig::seconds),
                values.get(Setting.FIRMWARE),
                values.parse(Setting.HEALTH_COMMAND, values.get(Setting.HEALTH_COMMAND), AgentConfig::commandLine),
                values.parse(Setting.AMP_COMMAND, values.get(Setting.AMP_COMMAND), AgentConfig::commandLine),
                values.parse(Setting.AMP_GPIO_FILE, values.get(Setting.AMP_GPIO_FILE),
                        text -> text == null ? null : Path.of(text)),
                values.parse(Setting.AMP_LEAD_SECONDS, values.getOr(Setting.AMP_LEAD_SECONDS, "5"), AgentConfig::seconds),
                values.parse(Setting.BATTERY_RESERVE_PERCENT, values.getOr(Setting.BATTERY_RESERVE_PERCENT,
                        Integer.toString(DEFAULT_BATTERY_RESERVE_PERCENT)), Integer::parseInt));
    }

    private static void read(final String file, final Properties into) {
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IOException | InvalidPathException e) {
            throw new InvalidConfigException("cannot read config file '" + file + "': " + e.getMessage());
        }
    }

    private static Duration seconds(final String text) {
        return Duration.ofSeconds(Long.parseLong(text));
    }

    /** Program and arguments separated by spaces; no shell is involved. */
    private static @Nullable List<String> commandLine(final @Nullable String text) {
        return text == null ? null : List.of(text.trim().split("\\s+"));
    }

    private static boolean bool(final String text) {
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new IllegalArgumentException("must be true or false, got '" + text + "'");
    }

    private static URI httpUrl(final String text) {
        try {
            final URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be an http(s) URL, got '" + text + "'");
        }
    }

    /** Secrets stay out of logs. */
    @Override
    public @NotNull String toString() {
        return "receiver=" + receiverId + " broker=" + (brokerTls ? "ssl://" : "tcp://") + brokerHost + ":" + brokerPort
                + (brokerUsername == null ? "" : " user=" + brokerUsername) + " controller=" + controllerUrl
                + " controllerKey=" + controllerKey.keyId() + " cache=" + cacheDir + " cacheMaxBytes=" + cacheMaxBytes
                + " sink=" + audioSink.wire() + " heartbeat=" + heartbeat.toSeconds() + "s"
                + (healthCommand == null ? "" : " healthCommand=" + String.join(" ", healthCommand))
                + (ampCommand == null ? "" : " ampCommand=" + String.join(" ", ampCommand))
                + (ampGpioFile == null ? "" : " ampGpioFile=" + ampGpioFile)
                + " ampLead=" + ampLead.toSeconds() + "s batteryReserve=" + batteryReservePercent + "%";
    }

    /** Environment over file; blank counts as unset. */
    private record Values(Properties file, Map<String, String> env) {

        @Nullable String get(final Setting setting) {
            final String fromEnv = env.get(setting.env());
            if (fromEnv != null && !fromEnv.isBlank()) {
                return fromEnv.trim();
            }
            final String fromFile = file.getProperty(setting.property());
            return fromFile == null || fromFile.isBlank() ? null : fromFile.trim();
        }

        @NotNull String required(final Setting setting) {
            final String value = get(setting);
            if (value == null) {
                throw new InvalidConfigException(setting.env() + " (or " + setting.property() + ") is required");
            }
            return value;
        }

        @NotNull String getOr(final Setting setting, final String fallback) {
            final String value = get(setting);
            return value == null ? fallback : value;
        }

        <T> T parse(final Setting setting, final String text, final java.util.function.Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw new InvalidConfigException(setting.env() + " (" + setting.property() + ") is invalid: "
                        + (e instanceof NumberFormatException ? "not a number: '" + text + "'" : e.getMessage()));
            }
        }
    }
}
