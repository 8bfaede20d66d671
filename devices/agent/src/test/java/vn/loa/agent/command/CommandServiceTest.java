package vn.loa.agent.command;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.amplifier.AmpHook;
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
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;
import vn.loa.agent.trust.TrustStore;

/** Intake and restart rules without a broker: acks are collected from a fake outbox. */
class CommandServiceTest {

    private static final ReceiverId SELF = ReceiverId.of("rx-thon-ma-01");

    @TempDir
    Path dir;
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final AtomicInteger reports = new AtomicInteger();
    private Journal journal;
    private PendingCommands pending;
    private CommandService service;
    private TrustStore trust;

    @BeforeEach
    void setUp() throws Exception {
        journal = Journal.open(dir.resolve("journal.jsonl"));
        pending = PendingCommands.open(dir.resolve("commands"));
        final Clock clock = Clock.systemDefaultZone();
        // nothing listens on port 9: downloads fail fast
        final AudioCache cache = AudioCache.open(dir, URI.create("http://127.0.0.1:9"), clock,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(20)));
        trust = TrustStore.open(dir.resolve("trust.json"), ControllerKey.ofBase64(Signer.CURRENT.publicKey()));
        service = new CommandService(SELF, journal, pending, SequenceWindow.open(dir.resolve("sequence.json")), trust,
                cache, new Player(new Sinks(SinkKind.REALTIME), clock), acks::add, clock,
                new Amplifier(AmpHook.none(), Duration.ofSeconds(5), clock), reports::incrementAndGet);
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        journal.close();
    }

    @Test
    void recover_playbackHadBegun_reportsInterruptedAndNeverReplays() throws Exception {
        final CommandId id = storePending(Instant.now().plusSeconds(60));
        journal.append(new JournalEntry(id, Step.RECEIVED, OffsetDateTime.now(), null));
        journal.append(new JournalEntry(id, Step.STARTING, OffsetDateTime.now(), null));

        service.recover();

        assertEquals(List.of(AckState.FAILED), states(id));
        assertTrue(acks.get(0).detail().startsWith("playback-interrupted: "));
        assertTrue(pending.all().isEmpty());
    }

    @Test
    void recover_expiredWhileDown_reportsExpired() throws Exception {
        final CommandId id = storePending(Instant.now().minusSeconds(1));
        journal.append(new JournalEntry(id, Step.DOWNLOADED, OffsetDateTime.now(), null));

        service.recover();

        assertEquals(List.of(AckState.EXPIRED), states(id));
        assertTrue(pending.all().isEmpty());
    }

    @Test
    void recover_alreadyFinal_onlyDeletesTheFile() throws Exception {
        final CommandId id = storePending(Instant.now().plusSeconds(60));
        journal.append(new JournalEntry(id, Step.PLAYED, OffsetDateTime.now(), null));

        service.recover();

        assertTrue(acks.isEmpty());
        assertTrue(pending.all().isEmpty());
    }

    @Test
    void recover_storedByAnOlderAgentWithAnotherInstantSpelling_stillRescheduled() throws Exception {
        final CommandId id = CommandId.of(UUID.randomUUID().toString());
        final Instant expiresAt = Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        pending.save(id, Fixtures.playCommand(n -> {
            n.put("commandId", id.value());
            n.put("playAt", expiresAt.minusSeconds(300).toString());
            n.put("expiresAt", expiresAt.atOffset(java.time.ZoneOffset.ofHours(7)).toString());
        }));

        service.recover();

        assertEquals(List.of(AckState.RECEIVED), states(id));
        assertEquals(1, service.queuedCommands());
    }

    @Test
    void recover_storedButNeverJournaled_receivesAndRuns() throws Exception {
        final CommandId id = storePending(Instant.now().plusSeconds(2));

        service.recover();

        await().atMost(Duration.ofSeconds(10)).until(() -> states(id).size() == 2);
        assertEquals(List.of(AckState.RECEIVED, AckState.FAILED), states(id));
        assertTrue(acks.get(1).detail().startsWith("download-failed: "), acks.get(1).detail());
    }

    @Test
    void onMessage_garbage_neitherThrowsNorAcks() {
        service.onMessage(new byte[] {(byte) 0xff, 0, 1});
        service.onMessage("null".getBytes(StandardCharsets.UTF_8));

        assertTrue(acks.isEmpty());
    }

    @Test
    void onMessage_unknownTypeSentTwice_rejectsBothWithoutJournaling() {
        final byte[] payload = Fixtures.playCommand(n -> n.put("type", "reboot"));

        service.onMessage(payload);
        service.onMessage(payload);

        assertEquals(2, acks.size());
        assertTrue(acks.get(1).detail().startsWith("unknown-type: "), acks.get(1).detail());
        assertTrue(journal.last(acks.get(0).commandId()).isEmpty());
    }

    @Test
    void onMessage_badSignature_rejectsWithoutJournalingSoTheGenuineCommandStillRuns() {
        final String id = UUID.randomUUID().toString();
        service.onMessage(Signer.forger(Signer.CURRENT.keyId()).sign(stop(id, 1)));

        service.onMessage(Signer.CURRENT.sign(stop(id, 1)));

        assertEquals(List.of(AckState.REJECTED, AckState.RECEIVED), states(CommandId.of(id)));
        assertTrue(acks.get(0).detail().startsWith("bad-signature: "), acks.get(0).detail());
        assertFalse(acks.get(0).verified());
        assertTrue(acks.get(1).verified());
    }

    @Test
    void onMessage_alteredCopyAfterTheGenuinePlay_refusedUnverifiedAndTheGenuineUntouched() throws Exception {
        final String id = UUID.randomUUID().toString();
        final ObjectNode genuine = play(id, 4);
        service.onMessage(Signer.CURRENT.sign(genuine));
        final ObjectNode altered = (ObjectNode) new ObjectMapper().readTree(Signer.CURRENT.sign(genuine));
        altered.put("title", "Tin giả / Fake news");

        service.onMessage(Fixtures.toBytes(altered));

        assertEquals(List.of(AckState.RECEIVED, AckState.REJECTED), states(CommandId.of(id)));
        final Ack refusal = ack(id, AckState.REJECTED);
        assertFalse(refusal.verified());
        assertTrue(refusal.detail().startsWith("bad-signature: "), refusal.detail());
        assertEquals(Step.RECEIVED, journal.last(CommandId.of(id)).orElseThrow().step());
        assertTrue(pending.all().containsKey(CommandId.of(id)));
        assertEquals(AckState.RECEIVED, service.digest().commands().stream()
                .filter(e -> e.commandId().equals(CommandId.of(id))).findFirst().orElseThrow().state());
    }

    @Test
    void onMessage_loneSurrogateInASignedTitle_refusedUnverifiedNeverJournaled() {
        final String id = UUID.randomUUID().toString();
        final ObjectNode play = play(id, 1);
        play.put("title", "Cảnh báo? lũ");
        final String signed = new String(Signer.CURRENT.sign(play), StandardCharsets.UTF_8);
        // the '?' UTF-8 writes for a lone surrogate: a lenient receiver would verify this
        final byte[] attack = signed.replace("Cảnh báo? lũ", "Cảnh báo\\ud800 lũ").getBytes(StandardCharsets.UTF_8);

        service.onMessage(attack);

        assertEquals(List.of(AckState.REJECTED), states(CommandId.of(id)));
        assertFalse(acks.get(0).verified());
        assertTrue(acks.get(0).detail().startsWith("invalid-command: "), acks.get(0).detail());
        assertTrue(journal.last(CommandId.of(id)).isEmpty());
        service.onMessage(Signer.CURRENT.sign(play));
        assertEquals(List.of(AckState.REJECTED, AckState.RECEIVED), states(CommandId.of(id)));
    }

    @Test
    void onMessage_refusalsAfterTheSignature_areVerifiedAndBeforeItAreNot() {
        final byte[] stop = Signer.CURRENT.sign(stop(UUID.randomUUID().toString(), 9));
        service.onMessage(stop);
        service.onMessage(stop);
        service.onMessage(Signer.CURRENT.sign(stop(UUID.randomUUID().toString(), 9)));
        service.onMessage(Fixtures.playCommand(n -> n.put("type", "reboot").put("commandId",
                UUID.randomUUID().toString())));

        assertEquals(List.of(true, true, true, false), acks.stream().map(Ack::verified).toList());
        assertTrue(acks.get(1).detail().startsWith("replayed-id: "), acks.get(1).detail());
        assertTrue(acks.get(2).detail().startsWith("old-sequence: "), acks.get(2).detail());
        assertTrue(acks.get(3).detail().startsWith("unknown-type: "), acks.get(3).detail());
    }

    @Test
    void onMessage_refusedCommands_doNotUseUpTheirSeq() {
        final String forged = UUID.randomUUID().toString();
        service.onMessage(Signer.forger(Signer.CURRENT.keyId()).sign(stop(forged, 5)));
        final String expired = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign((ObjectNode) stop(expired, 6)
                .put("expiresAt", Fixtures.instant(Instant.now().minusSeconds(1)))));
        final String five = UUID.randomUUID().toString();
        final String six = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(stop(five, 5)));
        service.onMessage(Signer.CURRENT.sign(stop(six, 6)));

        assertEquals(List.of(AckState.EXPIRED), states(CommandId.of(expired)));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(five)));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(six)));
    }

    @Test
    void onMessage_reorderedWithinWindow_acceptedThenSameSeqWithAnotherIdIsOldSequence() {
        final String ten = UUID.randomUUID().toString();
        final String eight = UUID.randomUUID().toString();
        final String eightAgain = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(stop(ten, 10)));
        service.onMessage(Signer.CURRENT.sign(stop(eight, 8)));
        service.onMessage(Signer.CURRENT.sign(stop(eightAgain, 8)));

        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(ten)));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(eight)));
        assertEquals(List.of(AckState.REJECTED), states(CommandId.of(eightAgain)));
        assertTrue(acks.get(2).detail().startsWith("old-sequence: "), acks.get(2).detail());
    }

    @Test
    void onMessage_knownCommandAgain_rejectsReplayedIdNamingTheLastState() {
        final byte[] payload = Signer.CURRENT.sign(stop(UUID.randomUUID().toString(), 3));

        service.onMessage(payload);
        service.onMessage(payload);

        assertEquals(List.of(AckState.RECEIVED, AckState.REJECTED), acks.stream().map(Ack::state).toList());
        assertTrue(acks.get(1).detail().startsWith("replayed-id: already received at "), acks.get(1).detail());
    }

    @Test
    void onMessage_rotateKey_thenOldKeyUnknownAndNewKeyAccepted() {
        final ObjectNode rotate = Fixtures.json("rotate-key-command.json");
        rotate.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        service.onMessage(Signer.CURRENT.sign(rotate));
        final String old = UUID.randomUUID().toString();
        final String next = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(stop(old, 20)));
        service.onMessage(Signer.NEXT.sign(stop(next, 21)));

        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(rotate.get("commandId").textValue())));
        assertTrue(acks.get(1).detail().startsWith("unknown-key: "), acks.get(1).detail());
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(next)));
        assertEquals(Signer.NEXT.publicKey(), trust.current().base64());
    }

    @Test
    void onMessage_report_acksReceivedThenAsksForTheDigest() {
        final ObjectNode report = Fixtures.json("report-command.json");
        report.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));

        service.onMessage(Signer.CURRENT.sign(report));

        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(report.get("commandId").textValue())));
        assertEquals(1, reports.get());
        assertEquals(report.get("issuedAt").textValue(), service.lastCommand().orElseThrow().issuedAt());
    }

    @Test
    void digest_knownCommands_newestFirstWithSeqAndLatestAckState() throws Exception {
        final String stopId = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(stop(stopId, 5)));
        final CommandId pendingId = storePending(Instant.now().plusSeconds(600));
        journal.append(new JournalEntry(pendingId, Step.RECEIVED, OffsetDateTime.now().plusSeconds(1), null, 6L));
        journal.append(new JournalEntry(pendingId, Step.DOWNLOADED, OffsetDateTime.now().plusSeconds(2), null));
        journal.append(new JournalEntry(pendingId, Step.STARTING, OffsetDateTime.now().plusSeconds(3), null));
        final CommandId old = CommandId.of(UUID.randomUUID().toString());
        journal.append(new JournalEntry(old, Step.PLAYED, OffsetDateTime.now().minusHours(49), null, 1L));

        final var digest = service.digest();

        assertEquals(List.of(pendingId, CommandId.of(stopId)),
                digest.commands().stream().map(e -> e.commandId()).toList());
        assertEquals(6, digest.commands().get(0).seq());
        assertEquals(AckState.DOWNLOADED, digest.commands().get(0).state());
        assertEquals(5, digest.commands().get(1).seq());
        assertEquals(AckState.RECEIVED, digest.commands().get(1).state());
    }

    @Test
    void recover_rotationStoredButNotJournaled_acksItReceived() throws Exception {
        final CommandId rotation = CommandId.of(UUID.randomUUID().toString());
        trust.replace(ControllerKey.ofBase64(Signer.NEXT.publicKey()), rotation);

        service.recover();

        assertEquals(List.of(AckState.RECEIVED), states(rotation));
    }

    @Test
    void onMessage_cancelOfWaitingPlay_playCanceledNamingTheCancelAndCancelReceived() throws Exception {
        final String play = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(play(play, 1)));
        final String cancel = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(cancel(cancel, 2, play)));

        await().atMost(Duration.ofSeconds(5)).until(() -> states(CommandId.of(play)).contains(AckState.CANCELED));
        assertEquals(List.of(AckState.RECEIVED, AckState.CANCELED), states(CommandId.of(play)));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(cancel)));
        assertEquals("withdrawn: cancel command " + cancel, ack(play, AckState.CANCELED).detail());
        await().atMost(Duration.ofSeconds(5)).until(() -> pending.all().isEmpty());
        assertEquals(0, service.queuedCommands());
    }

    @Test
    void onMessage_cancelBeforeItsPlay_thePlayArrivingLaterIsCanceledAndNeverStored() throws Exception {
        final String play = UUID.randomUUID().toString();
        final String cancel = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(cancel(cancel, 2, play)));

        service.onMessage(Signer.CURRENT.sign(play(play, 1)));

        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(cancel)));
        assertEquals(List.of(AckState.CANCELED), states(CommandId.of(play)));
        assertEquals("withdrawn: cancel command " + cancel, ack(play, AckState.CANCELED).detail());
        assertTrue(pending.all().isEmpty());
        assertEquals(0, service.queuedCommands());
    }

    @Test
    void onMessage_cancelBeforeItsPlayThenRestart_thePlayStillNeverRuns() throws Exception {
        final String play = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(cancel(UUID.randomUUID().toString(), 2, play)));
        tearDown();
        setUp();

        service.onMessage(Signer.CURRENT.sign(play(play, 1)));

        assertEquals(List.of(AckState.CANCELED), states(CommandId.of(play)));
        assertTrue(pending.all().isEmpty());
    }

    @Test
    void onMessage_cancelOfFinishedPlay_cancelReceivedAndThePlayUntouched() {
        final CommandId played = CommandId.of(UUID.randomUUID().toString());
        journal.append(new JournalEntry(played, Step.PLAYED, OffsetDateTime.now(), null, 1L));
        final String cancel = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(cancel(cancel, 2, played.value())));

        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(cancel)));
        assertTrue(states(played).isEmpty());
        assertEquals(Step.PLAYED, journal.last(played).orElseThrow().step());
    }

    @Test
    void onMessage_secondCancelOfTheSamePlay_receivedWithoutASecondCanceled() {
        final String play = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(play(play, 1)));
        service.onMessage(Signer.CURRENT.sign(cancel(UUID.randomUUID().toString(), 2, play)));
        final String again = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(cancel(again, 3, play)));

        await().atMost(Duration.ofSeconds(5)).until(() -> states(CommandId.of(play)).contains(AckState.CANCELED));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(again)));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> states(CommandId.of(play)).equals(List.of(AckState.RECEIVED, AckState.CANCELED)));
    }

    @Test
    void onMessage_forgedCancel_rejectedBadSignatureAndThePlayStaysPending() throws Exception {
        final String play = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(play(play, 1)));
        final String forged = UUID.randomUUID().toString();

        service.onMessage(Signer.forger(Signer.CURRENT.keyId()).sign(cancel(forged, 2, play)));

        assertEquals(List.of(AckState.REJECTED), states(CommandId.of(forged)));
        assertTrue(ack(forged, AckState.REJECTED).detail().startsWith("bad-signature: "));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(play)));
        assertEquals(1, service.queuedCommands());
        assertTrue(pending.ids().contains(CommandId.of(play)));
        assertEquals(Step.RECEIVED, journal.last(CommandId.of(play)).orElseThrow().step());
    }

    @Test
    void onMessage_cancelForAnotherReceiver_rejectedWrongReceiverAndThePlayStaysPending() {
        final String play = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(play(play, 1)));
        final String cancel = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(cancel(cancel, 2, play).put("receiverId", "rx-other-01")));

        assertTrue(ack(cancel, AckState.REJECTED).detail().startsWith("wrong-receiver: "));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(play)));
        assertEquals(1, service.queuedCommands());
    }

    @Test
    void onMessage_expiredCancel_expiredAndThePlayStaysPending() {
        final String play = UUID.randomUUID().toString();
        service.onMessage(Signer.CURRENT.sign(play(play, 1)));
        final String cancel = UUID.randomUUID().toString();

        service.onMessage(Signer.CURRENT.sign(cancel(cancel, 2, play)
                .put("expiresAt", Fixtures.instant(Instant.now().minusSeconds(1)))));

        assertEquals(List.of(AckState.EXPIRED), states(CommandId.of(cancel)));
        assertEquals(List.of(AckState.RECEIVED), states(CommandId.of(play)));
        assertEquals(1, service.queuedCommands());
    }

    @Test
    void recover_withdrawnButCanceledNotJournaled_reportsCanceledAndNeverPlays() throws Exception {
        final CommandId id = storePending(Instant.now().plusSeconds(60));
        journal.append(new JournalEntry(id, Step.RECEIVED, OffsetDateTime.now(), null, 1L));
        journal.append(new JournalEntry(id, Step.WITHDRAWN, OffsetDateTime.now(),
                "withdrawn: cancel command 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"));

        service.recover();

        assertEquals(List.of(AckState.CANCELED), states(id));
        assertEquals("withdrawn: cancel command 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", acks.get(0).detail());
        assertTrue(pending.all().isEmpty());
        assertEquals(0, service.queuedCommands());
    }

    /** A play whose download keeps failing (nothing listens on port 9) until its playAt, a minute ahead. */
    private static ObjectNode play(final String id, final long seq) {
        final ObjectNode play = Fixtures.json("play-command.json");
        play.put("commandId", id);
        play.put("seq", seq);
        play.put("playAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        play.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(120)));
        ((ObjectNode) play.get("audio")).put("url", "/api/audio/x.mp3");
        return play;
    }

    private static ObjectNode cancel(final String id, final long seq, final String target) {
        final ObjectNode cancel = Fixtures.json("cancel-command.json");
        cancel.put("commandId", id);
        cancel.put("seq", seq);
        cancel.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        cancel.put("targetCommandId", target);
        return cancel;
    }

    private Ack ack(final String id, final AckState state) {
        return acks.stream().filter(a -> a.commandId().equals(CommandId.of(id)) && a.state() == state).findFirst()
                .orElseThrow();
    }

    private static ObjectNode stop(final String id, final long seq) {
        final ObjectNode stop = Fixtures.json("stop-command.json");
        stop.put("commandId", id);
        stop.put("seq", seq);
        stop.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        return stop;
    }

    private CommandId storePending(final Instant expiresAt) throws Exception {
        final CommandId id = CommandId.of(UUID.randomUUID().toString());
        pending.save(id, Fixtures.playCommand(n -> {
            n.put("commandId", id.value());
            n.put("playAt", Fixtures.instant(expiresAt.minusSeconds(1)));
            n.put("expiresAt", Fixtures.instant(expiresAt));
            ((ObjectNode) n.get("audio")).put("url", "/api/audio/x.mp3");
        }));
        return id;
    }

    private List<AckState> states(final CommandId id) {
        return acks.stream().filter(a -> a.commandId().equals(id)).map(Ack::state).collect(Collectors.toList());
    }
}
