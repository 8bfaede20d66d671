package vn.loa.agent.command;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.amplifier.Amplifier;
import vn.loa.agent.download.AudioCache;
import vn.loa.agent.download.Backoff;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.JournalEntry;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.journal.Step;
import vn.loa.agent.playback.Player;
import vn.loa.agent.playback.SinkKind;
import vn.loa.agent.playback.Sinks;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.support.AudioServer;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;
import vn.loa.agent.support.TestTone;
import vn.loa.agent.trust.TrustStore;

/**
 * The playback queue on a whole agent without a broker (PROTOCOL.md 8.1), with real audio at real-time pace:
 * every preemption order, the acks it yields, the interruption delay and the amplifier across the switch.
 */
class PreemptionTest {

    private static final Logger LOG = Logger.getLogger(PreemptionTest.class.getName());
    private static final ReceiverId SELF = ReceiverId.of("rx-thon-ma-01");
    /** Issue 11: an emergency's first sample within 200 ms of its playAt. */
    private static final Duration DELAY_GOAL = Duration.ofMillis(200);

    private static AudioServer audio;
    private static Tone threeSeconds;
    private static Tone oneSecond;

    @TempDir
    Path dir;
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final List<Boolean> amplifier = new CopyOnWriteArrayList<>();
    private Journal journal;
    private PendingCommands pending;
    private CommandService service;
    private long seq;

    private record Tone(String url, String sha256, int bytes, int durationMs) {
    }

    @BeforeAll
    static void serveTones() throws Exception {
        audio = new AudioServer();
        threeSeconds = tone(3000);
        oneSecond = tone(1000);
    }

    @AfterAll
    static void stopServer() {
        audio.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        start();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        journal.close();
    }

    @Test
    void emergencyDuringRoutine_breaksInAtItsPlayAtThenTheRoutinePlaysAgainFromItsStart() throws Exception {
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);
        final CommandId routine = play("routine", threeSeconds, t, t.plusSeconds(60));
        final CommandId emergency = play("emergency", oneSecond, t.plusSeconds(1), t.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> states(routine).contains(AckState.PLAYED));

        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PREEMPTED,
                AckState.PLAYING, AckState.PLAYED), states(routine));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                states(emergency));
        assertTrue(ack(routine, AckState.PREEMPTED).detail().startsWith("preempted: emergency command " + emergency));
        final Duration delay = Duration.between(t.plusSeconds(1), at(emergency, AckState.PLAYING, 0));
        LOG.info("interruption delay " + delay.toMillis() + " ms (emergency playAt to its first sample)");
        assertFalse(delay.isNegative(), "started before its playAt: " + delay);
        assertTrue(delay.compareTo(DELAY_GOAL) < 0, "interruption delay " + delay.toMillis() + " ms");
        assertFalse(at(routine, AckState.PREEMPTED, 0).isAfter(at(emergency, AckState.PLAYING, 0).plusMillis(100)),
                "cut when the emergency started");
        assertFalse(at(routine, AckState.PLAYING, 1).isBefore(at(emergency, AckState.PLAYED, 0)),
                "played again only after the emergency");
        final long replayMs = Duration.between(at(routine, AckState.PLAYING, 1), at(routine, AckState.PLAYED, 0))
                .toMillis();
        assertTrue(replayMs >= 3000, "played again from its start, whole: " + replayMs + " ms");
        await().atMost(Duration.ofSeconds(5)).until(() -> amplifier.size() >= 2);
        assertEquals(List.of(true, false), amplifier, "on once, kept on across the switch, off at the end");
    }

    @Test
    void emergencyDuringImportant_breaksInToo() throws Exception {
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);
        final CommandId important = play("important", threeSeconds, t, t.plusSeconds(60));
        final CommandId emergency = play("emergency", oneSecond, t.plusSeconds(1), t.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> states(important).contains(AckState.PLAYED));

        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PREEMPTED,
                AckState.PLAYING, AckState.PLAYED), states(important));
        assertTrue(states(emergency).contains(AckState.PLAYED));
    }

    @Test
    void preemptedPlayWhoseExpiresAtPassesDuringTheEmergency_expiredNotPlayedAgain() throws Exception {
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);
        final CommandId routine = play("routine", threeSeconds, t, t.plusMillis(1500));
        final CommandId emergency = play("emergency", oneSecond, t.plusSeconds(1), t.plusSeconds(60));

        await().atMost(Duration.ofSeconds(10)).until(() -> states(routine).contains(AckState.EXPIRED));

        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PREEMPTED,
                AckState.EXPIRED), states(routine));
        assertTrue(ack(routine, AckState.EXPIRED).detail().startsWith("expired: "));
        await().atMost(Duration.ofSeconds(5)).until(() -> states(emergency).contains(AckState.PLAYED));
        assertEquals(0, service.queuedCommands());
    }

    @Test
    void secondEmergencyWhileOnePlays_queuedBehindItNeverLostNeverCutting() throws Exception {
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);
        final CommandId first = play("emergency", threeSeconds, t, t.plusSeconds(60));
        final CommandId second = play("emergency", oneSecond, t.plusSeconds(1), t.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> states(second).contains(AckState.PLAYED));

        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                states(first));
        assertFalse(at(second, AckState.PLAYING, 0).isBefore(at(first, AckState.PLAYED, 0)));
    }

    @Test
    void importantDueWhileRoutinePlays_waitsForItButGoesBeforeAnEarlierQueuedRoutine() throws Exception {
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);
        final CommandId playing = play("routine", threeSeconds, t, t.plusSeconds(60));
        final CommandId queuedRoutine = play("routine", oneSecond, t.plusMillis(500), t.plusSeconds(60));
        final CommandId important = play("important", oneSecond, t.plusSeconds(1), t.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> states(queuedRoutine).contains(AckState.PLAYED));

        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                states(playing), "an important play never cuts");
        assertFalse(at(important, AckState.PLAYING, 0).isBefore(at(playing, AckState.PLAYED, 0)));
        assertFalse(at(queuedRoutine, AckState.PLAYING, 0).isBefore(at(important, AckState.PLAYED, 0)));
    }

    @Test
    void cancelOfAPreemptedPlayWaitingBehindTheEmergency_canceledAndTheEmergencyPlaysOn() throws Exception {
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);
        final CommandId routine = play("routine", threeSeconds, t, t.plusSeconds(60));
        final CommandId emergency = play("emergency", threeSeconds, t.plusSeconds(1), t.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> states(routine).contains(AckState.PREEMPTED));
        final String cancel = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(cancel(cancel, routine)));

        await().atMost(Duration.ofSeconds(5)).until(() -> states(routine).contains(AckState.CANCELED));
        assertEquals("withdrawn: cancel command " + cancel, ack(routine, AckState.CANCELED).detail());
        await().atMost(Duration.ofSeconds(10)).until(() -> states(emergency).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PREEMPTED,
                AckState.CANCELED), states(routine));
    }

    @Test
    void recover_lastStatePreempted_playsAgainFromItsStart() throws Exception {
        final Instant t = Instant.now().plusMillis(500).truncatedTo(ChronoUnit.MILLIS);
        final CommandId id = CommandId.of(UUID.randomUUID().toString());
        pending.save(id, Signer.CURRENT.sign(command(id.value(), "routine", threeSeconds, t, t.plusSeconds(60))));
        journal.append(new JournalEntry(id, Step.RECEIVED, OffsetDateTime.now(), null, 1L));
        journal.append(new JournalEntry(id, Step.DOWNLOADED, OffsetDateTime.now(), null));
        journal.append(new JournalEntry(id, Step.STARTING, OffsetDateTime.now(), null));
        journal.append(new JournalEntry(id, Step.PLAYING, OffsetDateTime.now(), null));
        journal.append(new JournalEntry(id, Step.PREEMPTED, OffsetDateTime.now(), "preempted: test"));

        service.recover();

        await().atMost(Duration.ofSeconds(10)).until(() -> states(id).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.PLAYING, AckState.PLAYED), states(id));
    }

    private void start() throws Exception {
        journal = Journal.open(dir.resolve("journal.jsonl"));
        pending = PendingCommands.open(dir.resolve("commands"));
        final Clock clock = Clock.systemDefaultZone();
        final AudioCache cache = AudioCache.open(dir, audio.baseUrl(), clock,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(20)));
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"),
                ControllerKey.ofBase64(Signer.CURRENT.publicKey()));
        service = new CommandService(SELF, journal, pending, SequenceWindow.open(dir.resolve("sequence.json")), trust,
                cache, new Player(new Sinks(SinkKind.REALTIME), clock), acks::add, clock,
                new Amplifier(amplifier::add, Duration.ofMillis(300), clock), () -> { });
    }

    private CommandId play(final String priority, final Tone tone, final Instant playAt, final Instant expiresAt) {
        final String id = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(command(id, priority, tone, playAt, expiresAt)));
        return CommandId.of(id);
    }

    private ObjectNode command(final String id, final String priority, final Tone tone, final Instant playAt,
            final Instant expiresAt) {
        final ObjectNode play = Fixtures.json("play-command.json");
        play.put("commandId", id);
        play.put("seq", ++seq);
        play.put("priority", priority);
        play.put("playAt", Fixtures.instant(playAt));
        play.put("expiresAt", Fixtures.instant(expiresAt));
        final ObjectNode ref = (ObjectNode) play.get("audio");
        ref.put("url", tone.url());
        ref.put("sha256", tone.sha256());
        ref.put("bytes", tone.bytes());
        ref.put("durationMs", tone.durationMs());
        return play;
    }

    private ObjectNode cancel(final String id, final CommandId target) {
        final ObjectNode cancel = Fixtures.json("cancel-command.json");
        cancel.put("commandId", id);
        cancel.put("seq", ++seq);
        cancel.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        cancel.put("targetCommandId", target.value());
        return cancel;
    }

    private static Tone tone(final int ms) {
        final byte[] mp3 = TestTone.mp3(ms);
        final String sha = TestTone.sha256(mp3);
        return new Tone(audio.put(sha + ".mp3", mp3), sha, mp3.length, ms);
    }

    private List<AckState> states(final CommandId id) {
        return acks.stream().filter(a -> a.commandId().equals(id)).map(Ack::state).collect(Collectors.toList());
    }

    private Ack ack(final CommandId id, final AckState state) {
        return acks.stream().filter(a -> a.commandId().equals(id) && a.state() == state).findFirst().orElseThrow();
    }

    /** The receiver time of the {@code n}-th ack of {@code state}. */
    private Instant at(final CommandId id, final AckState state, final int n) {
        return acks.stream().filter(a -> a.commandId().equals(id) && a.state() == state).skip(n).findFirst()
                .orElseThrow().at().toInstant();
    }
}
