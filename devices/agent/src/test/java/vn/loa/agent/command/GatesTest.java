package vn.loa.agent.command;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
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
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.playback.Player;
import vn.loa.agent.playback.SinkKind;
import vn.loa.agent.playback.Sinks;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.Health;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.queue.Gates;
import vn.loa.agent.support.AudioServer;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;
import vn.loa.agent.support.TestTone;
import vn.loa.agent.trust.TrustStore;

/**
 * The queue's gates on a whole agent without a broker (PROTOCOL.md 8.1 rules 7 and 8), real audio at real-time
 * pace: on the battery reserve a routine play is skipped ({@code failed battery-reserve}) and an emergency plays;
 * inside the signed quiet hours a routine play is refused ({@code failed quiet-hours}) and an emergency plays.
 */
class GatesTest {

    private static final ReceiverId SELF = ReceiverId.of("rx-thon-ma-01");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private static AudioServer audio;
    private static Tone oneSecond;

    @TempDir
    Path dir;
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final AtomicReference<Gates> gates = new AtomicReference<>(Gates.NONE);
    private Journal journal;
    private CommandService service;
    private long seq;

    private record Tone(String url, String sha256, int bytes, int durationMs) {
    }

    @BeforeAll
    static void serveTones() throws Exception {
        audio = new AudioServer();
        final byte[] mp3 = TestTone.mp3(1000);
        final String sha = TestTone.sha256(mp3);
        oneSecond = new Tone(audio.put(sha + ".mp3", mp3), sha, mp3.length, 1000);
    }

    @AfterAll
    static void stopServer() {
        audio.close();
    }

    @BeforeEach
    void start() throws Exception {
        journal = Journal.open(dir.resolve("journal.jsonl"));
        final PendingCommands pending = PendingCommands.open(dir.resolve("commands"));
        final Clock clock = Clock.systemDefaultZone();
        final AudioCache cache = AudioCache.open(dir, audio.baseUrl(), clock,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(20)));
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"),
                ControllerKey.ofBase64(Signer.CURRENT.publicKey()));
        service = new CommandService(SELF, journal, pending, SequenceWindow.open(dir.resolve("sequence.json")), trust,
                cache, new Player(new Sinks(SinkKind.REALTIME), clock), acks::add, clock,
                new Amplifier(on -> { }, Duration.ofMillis(300), clock), () -> { }, gates::get);
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        journal.close();
    }

    @Test
    void onBatteryReserve_routineSkippedFailedBatteryReserve_emergencyPlays() {
        gates.set(new Gates(new Health.Power("battery", 20), 30));
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);

        final CommandId routine = play("routine", t, null);
        final CommandId emergency = play("emergency", t.plusSeconds(1), null);

        await().atMost(Duration.ofSeconds(10)).until(() -> states(emergency).contains(AckState.PLAYED));
        await().atMost(Duration.ofSeconds(5)).until(() -> states(routine).contains(AckState.FAILED));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.FAILED), states(routine));
        assertTrue(ack(routine, AckState.FAILED).detail().startsWith("battery-reserve: "),
                ack(routine, AckState.FAILED).detail());
        assertTrue(ack(routine, AckState.FAILED).detail().contains("battery 20 %"));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                states(emergency));
        await().atMost(Duration.ofSeconds(5)).until(() -> service.queuedCommands() == 0);
    }

    @Test
    void onMains_lowBatteryHoldsNothingBack() {
        gates.set(new Gates(new Health.Power("mains", 5), 30));
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);

        final CommandId routine = play("routine", t, null);

        await().atMost(Duration.ofSeconds(10)).until(() -> states(routine).contains(AckState.PLAYED));
    }

    @Test
    void insideQuietHours_routineFailedQuietHours_emergencyPlays() {
        final Instant t = Instant.now().plusMillis(800).truncatedTo(ChronoUnit.MILLIS);
        // a window around now, read at +07:00: the receiver's own clock decides
        final LocalTime local = t.atOffset(ZoneOffset.ofHours(7)).toLocalTime();
        final ObjectNode window = Fixtures.json("play-command-quiet-hours.json").deepCopy().with("quietHours");
        window.put("from", HH_MM.format(local.minusMinutes(5)));
        window.put("to", HH_MM.format(local.plusMinutes(5)));
        window.put("utcOffset", "+07:00");

        final CommandId routine = play("routine", t, window);
        final CommandId important = play("important", t, window);
        final CommandId emergency = play("emergency", t.plusSeconds(1), window);

        await().atMost(Duration.ofSeconds(10)).until(() -> states(emergency).contains(AckState.PLAYED));
        await().atMost(Duration.ofSeconds(5)).until(() -> states(important).contains(AckState.FAILED));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.FAILED), states(routine));
        assertTrue(ack(routine, AckState.FAILED).detail().startsWith("quiet-hours: routine play due at "),
                ack(routine, AckState.FAILED).detail());
        assertTrue(ack(important, AckState.FAILED).detail().startsWith("quiet-hours: important play"));
    }

    private CommandId play(final String priority, final Instant playAt, final ObjectNode quietHours) {
        final String id = UUID.randomUUID().toString();
        final ObjectNode play = Fixtures.json("play-command.json");
        play.put("commandId", id);
        play.put("seq", ++seq);
        play.put("priority", priority);
        play.put("playAt", Fixtures.instant(playAt));
        play.put("expiresAt", Fixtures.instant(playAt.plusSeconds(60)));
        final ObjectNode ref = (ObjectNode) play.get("audio");
        ref.put("url", oneSecond.url());
        ref.put("sha256", oneSecond.sha256());
        ref.put("bytes", oneSecond.bytes());
        ref.put("durationMs", oneSecond.durationMs());
        if (quietHours != null) {
            play.set("quietHours", quietHours.deepCopy());
        }
        service.onMessage(Signer.CURRENT.sign(play));
        return CommandId.of(id);
    }

    private List<AckState> states(final CommandId id) {
        return acks.stream().filter(a -> a.commandId().equals(id)).map(Ack::state).collect(Collectors.toList());
    }

    private Ack ack(final CommandId id, final AckState state) {
        return acks.stream().filter(a -> a.commandId().equals(id) && a.state() == state).findFirst().orElseThrow();
    }
}
