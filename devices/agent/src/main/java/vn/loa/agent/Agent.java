package vn.loa.agent;

import java.util.concurrent.atomic.AtomicReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.amplifier.AmpHook;
import vn.loa.agent.amplifier.Amplifier;
import vn.loa.agent.command.CommandService;
import vn.loa.agent.config.AgentConfig;
import vn.loa.agent.download.AudioCache;
import vn.loa.agent.download.Backoff;
import vn.loa.agent.health.HealthCheck;
import vn.loa.agent.health.HealthProbe;
import vn.loa.agent.protocol.Health;
import vn.loa.agent.queue.Gates;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.mqtt.LinkListener;
import vn.loa.agent.mqtt.MqttLink;
import vn.loa.agent.outbox.Outbox;
import vn.loa.agent.playback.Player;
import vn.loa.agent.playback.SinkFactory;
import vn.loa.agent.playback.Sinks;
import vn.loa.agent.presence.Presence;
import vn.loa.agent.trust.Provisioning;
import vn.loa.agent.trust.TrustStore;

/**
 * A running receiver agent: wires the features and owns their lifecycle. Cache layout: {@code <sha>.mp3} and
 * {@code <sha>.part} audio, {@code journal.jsonl}, {@code commands/<commandId>.json}, {@code trust.json} (the key
 * installed by a rotation), {@code sequence.json} (the sequence window), {@code outbox.jsonl} (acks not yet
 * acknowledged by the broker).
 */
public final class Agent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Agent.class.getName());

    private final AgentConfig config;
    private final Journal journal;
    private final CommandService commands;
    private final MqttLink link;
    private final Outbox outbox;
    private final Presence presence;
    private final Amplifier amplifier;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean stopping;

    private Agent(final AgentConfig config, final Clock clock, final SinkFactory sinks) throws IOException {
        this.config = config;
        final Path cache = config.cacheDir();
        Files.createDirectories(cache);
        this.journal = Journal.open(cache.resolve("journal.jsonl"));
        final PendingCommands pending = PendingCommands.open(cache.resolve("commands"));
        final AudioCache audio = AudioCache.open(
                cache, config.controllerUrl(), clock, Backoff.DEFAULT, config.cacheMaxBytes());
        Provisioning.apply(cache, config.controllerKey(), config.brokerUsername(), config.brokerPassword());
        final SequenceWindow sequence = SequenceWindow.open(cache.resolve("sequence.json"));
        final TrustStore trust = TrustStore.open(cache.resolve("trust.json"), config.controllerKey());
        final Player player = new Player(sinks, clock);
        this.link = new MqttLink(config, new LinkEvents());
        this.outbox = Outbox.open(cache.resolve("outbox.jsonl"), link::publishAck);
        this.amplifier = new Amplifier(ampHook(config), config.ampLead(), clock);
        // the heartbeat's last power reading, for the queue's battery gate (PROTOCOL.md 8.1)
        final AtomicReference<Health.Power> power = new AtomicReference<>();
        this.commands = new CommandService(config.receiverId(), journal, pending, sequence, trust, audio, player,
                outbox, clock, amplifier, this::reportRequested,
                () -> new Gates(power.get(), config.batteryReservePercent()));
        final HealthCheck health = new HealthCheck(config.firmware(),
                config.healthCommand() == null ? null : new HealthProbe(config.healthCommand()),
                cache, commands::queuedCommands, commands::lastCommand, config.batteryReservePercent(), power::set);
        this.presence = new Presence(config.receiverId(), "loa-agent/" + version(), clock, health, commands::digest,
                link::publishStatus, link::publishDigest);
    }

    /** A {@code report} command was acked (intake thread). */
    private void reportRequested() {
        presence.publishDigest();
    }

    private static AmpHook ampHook(final AgentConfig config) {
        if (config.ampCommand() != null) {
            return AmpHook.command(config.ampCommand());
        }
        return config.ampGpioFile() == null ? AmpHook.none() : AmpHook.gpio(config.ampGpioFile());
    }

    /** Starts an agent on the system clock and time zone. */
    public static @NotNull Agent start(final @NotNull AgentConfig config) throws IOException {
        return start(config, Clock.systemDefaultZone());
    }

    /**
     * Loads the journal, reschedules pending commands, and connects in the background (retrying for ever).
     *
     * @throws IOException if the cache folder, journal, trust or sequence file cannot be opened
     */
    public static @NotNull Agent start(final @NotNull AgentConfig config, final @NotNull Clock clock)
            throws IOException {
        return start(config, clock, new Sinks(config.audioSink()));
    }

    /** As {@link #start(AgentConfig, Clock)} with another audio output than the configured one (tests). */
    public static @NotNull Agent start(final @NotNull AgentConfig config, final @NotNull Clock clock,
            final @NotNull SinkFactory sinks) throws IOException {
        final Agent agent = new Agent(config, clock, sinks);
        LOG.info(() -> "loa-agent " + version() + " starting " + config);
        agent.commands.recover();
        agent.presence.startHeartbeat(config.heartbeat());
        agent.link.start(agent.commands::onMessage);
        return agent;
    }

    /** Connect: status; subscribed: outbox flushed, then the digest (PROTOCOL.md 1, 4.6, 8). */
    private final class LinkEvents implements LinkListener {

        @Override
        public void connected() {
            outbox.linkUp();
            presence.publishStatus();
        }

        @Override
        public void subscribed(final boolean first) {
            outbox.flush().whenComplete((done, error) -> presence.publishDigest());
            if (first) {
                LOG.info(() -> "loa-agent ready receiver=" + config.receiverId());
                ready.countDown();
            }
        }

        @Override
        public void disconnected() {
            outbox.linkDown();
        }
    }

    /** @return true once subscribed to the command topic, false after {@code timeout} */
    public boolean awaitReady(final @NotNull Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Blocks until {@link #stop()} completed. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops work (pending commands stay on disk and resume at the next start), publishes the offline status and
     * disconnects. Idempotent.
     */
    public void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        LOG.info("loa-agent stopping");
        presence.close();
        commands.close();
        amplifier.close();
        link.close();
        try {
            outbox.close();
            journal.close();
        } catch (IOException e) {
            LOG.warning(() -> "journal or outbox close: " + e);
        }
        LOG.info("loa-agent stopped");
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
    }

    /** The Maven project version, e.g. {@code 0.1.0}. */
    public static @NotNull String version() {
        try (InputStream in = Agent.class.getResourceAsStream("/loa-agent.properties")) {
            final Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("agent.version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
