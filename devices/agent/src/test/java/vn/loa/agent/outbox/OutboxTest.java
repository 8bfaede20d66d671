package vn.loa.agent.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.protocol.WireFormat;

/** The outbox against a fake transport whose PUBACKs the test completes by hand. */
class OutboxTest {

    private static final ReceiverId SELF = ReceiverId.of("rx-outbox");
    private static final OffsetDateTime T = OffsetDateTime.parse("2026-12-06T13:30:00.004+07:00");

    @TempDir
    Path dir;
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(Ack ack, CompletableFuture<Void> pubAck) {
    }

    private Outbox open() throws Exception {
        return Outbox.open(dir.resolve("outbox.jsonl"), payload -> {
            final CompletableFuture<Void> pubAck = new CompletableFuture<>();
            sent.add(new Sent(WireFormat.parseAck(payload), pubAck));
            return pubAck;
        });
    }

    @Test
    void send_linkDown_waitsThenGoesOutLateInOrderWithItsOriginalAt() throws Exception {
        try (Outbox outbox = open()) {
            final Ack playing = ack(AckState.PLAYING, T);
            final Ack played = ack(AckState.PLAYED, T.plusSeconds(2));
            outbox.send(playing);
            outbox.send(played);
            assertTrue(sent.isEmpty());

            outbox.linkUp();
            outbox.flush();

            assertEquals(List.of(playing.asLate(), played.asLate()), sent.stream().map(Sent::ack).toList());
            assertEquals(T, sent.get(0).ack().at());
        }
    }

    @Test
    void send_linkUpAndFlushed_goesOutAtOnceNotLate() throws Exception {
        try (Outbox outbox = open()) {
            outbox.linkUp();
            outbox.flush();

            outbox.send(ack(AckState.RECEIVED, T));

            assertEquals(1, sent.size());
            assertFalse(sent.get(0).ack().late());
        }
    }

    @Test
    void flush_leavesTheOutboxOnlyOnPubAck_andSurvivesARestart() throws Exception {
        final Ack first = ack(AckState.PLAYING, T);
        final Ack second = ack(AckState.PLAYED, T.plusSeconds(2));
        try (Outbox outbox = open()) {
            outbox.send(first);
            outbox.send(second);
            outbox.linkUp();
            outbox.flush();
            sent.get(0).pubAck().complete(null);
            outbox.linkDown();
            sent.get(1).pubAck().completeExceptionally(new IllegalStateException("link lost"));
            assertEquals(1, outbox.size());
        }
        sent.clear();

        try (Outbox reopened = open()) {
            assertEquals(1, reopened.size());
            reopened.linkUp();
            reopened.flush();
            assertEquals(List.of(second.asLate()), sent.stream().map(Sent::ack).toList());
            sent.get(0).pubAck().complete(null);
            assertEquals(0, reopened.size());
        }
        sent.clear();
        try (Outbox empty = open()) {
            assertEquals(0, empty.size());
        }
    }

    private static Ack ack(final AckState state, final OffsetDateTime at) {
        return new Ack(CommandId.of(UUID.randomUUID().toString()), SELF, state, at, null);
    }
}
