package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The queue between the MQTT client and the database: batches, order, acknowledgement after handling, bound. */
class InboundQueueTest {

    private static Inbound read(final String s) {
        return new Inbound("loa/v1/rx/a/ack", s.getBytes(StandardCharsets.UTF_8), false);
    }

    private static String text(final Inbound m) {
        return new String(m.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void offer_manyWhileBusy_handledInArrivalOrderInBatchesUpToTheLimit() throws Exception {
        final CountDownLatch release = new CountDownLatch(1);
        final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        final List<String> acked = Collections.synchronizedList(new ArrayList<>());
        final InboundQueue<String> q = new InboundQueue<>("test-inbound", 100, 4, InboundQueueTest::read, acked::add,
                ms -> {
                    await(release);
                    batches.add(ms.stream().map(InboundQueueTest::text).toList());
                }, () -> { });
        try {
            for (int i = 0; i < 10; i++) {
                q.offer("m" + i);
            }
            release.countDown();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> acked.size() == 10);
            final List<String> all = batches.stream().flatMap(List::stream).toList();
            assertEquals(List.of("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"), all);
            assertEquals(all, acked);
            assertTrue(batches.stream().allMatch(b -> b.size() <= 4), batches.toString());
            assertTrue(batches.size() <= 4, "the nine waiting behind the first came in batches: " + batches);
        } finally {
            q.stop();
        }
    }

    @Test
    void offer_isAcknowledgedOnlyAfterTheHandlerReturned() {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean handled = new AtomicBoolean();
        final List<String> acked = Collections.synchronizedList(new ArrayList<>());
        final InboundQueue<String> q = new InboundQueue<>("test-inbound", 10, 10, InboundQueueTest::read, m -> {
            assertTrue(handled.get(), "acknowledged before it was handled");
            acked.add(m);
        }, ms -> {
            await(release);
            handled.set(true);
        }, () -> { });
        try {
            q.offer("one");
            Awaitility.await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                    .until(() -> acked.isEmpty());
            release.countDown();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> acked.equals(List.of("one")));
        } finally {
            q.stop();
        }
    }

    @Test
    void offer_handlerThrows_messagesStillAcknowledgedAndTheWorkerLivesOn() {
        final List<String> acked = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger calls = new AtomicInteger();
        final InboundQueue<String> q = new InboundQueue<>("test-inbound", 10, 1, InboundQueueTest::read, acked::add,
                ms -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("boom");
                    }
                }, () -> { });
        try {
            q.offer("bad");
            q.offer("good");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> acked.equals(List.of("bad", "good")));
        } finally {
            q.stop();
        }
    }

    @Test
    void offer_queueFull_waitsUntilTheWorkerMakesRoomAndLosesNothing() throws Exception {
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> acked = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger fullTimes = new AtomicInteger();
        final InboundQueue<String> q = new InboundQueue<>("test-inbound", 2, 1, InboundQueueTest::read, acked::add,
                ms -> await(release), fullTimes::incrementAndGet);
        final AtomicInteger offered = new AtomicInteger();
        final Thread producer = new Thread(() -> {
            for (int i = 0; i < 6; i++) {
                q.offer("m" + i);
                offered.incrementAndGet();
            }
        });
        try {
            producer.start();
            // one in the worker's hands, two in the queue, the fourth offer waits
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> offered.get() == 3);
            Awaitility.await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                    .until(() -> offered.get() == 3 && q.waiting() == 2);
            release.countDown();
            producer.join(5_000);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> acked.size() == 6);
            assertEquals(List.of("m0", "m1", "m2", "m3", "m4", "m5"), acked);
            assertTrue(fullTimes.get() >= 1, "the overload is told (loa_inbound_queue_full_total)");
        } finally {
            q.stop();
        }
    }

    @Test
    void new_zeroCapacityOrBatch_refused() {
        assertThrows(IllegalArgumentException.class, () -> new InboundQueue<String>("x", 0, 1,
                InboundQueueTest::read, m -> { }, ms -> { }, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> new InboundQueue<String>("x", 1, 0,
                InboundQueueTest::read, m -> { }, ms -> { }, () -> { }));
    }

    private static void await(final CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
