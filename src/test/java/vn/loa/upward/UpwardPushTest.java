package vn.loa.upward;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryReports;
import vn.loa.broadcast.DeliveryState;
import vn.loa.support.UiSession;

/**
 * The push adapter against a local province server: retries with backoff on 5xx, 4xx and timeouts, failed after
 * {@code loa.upward.max-attempts} (3 in tests) and shown on {@code /ui/upward}, retried by the administrator, both
 * authentication kinds, final results queued in the delivery's own transaction, and a worker picking up what a dead
 * one had claimed. The tests' worker runs every second with a 0.2 s backoff and a 1 s timeout.
 */
@QuarkusTest
class UpwardPushTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DAY = "20/11/2026";
    private static final Instant SEVEN = OffsetDateTime.parse("2026-11-20T07:00:00+07:00").toInstant();

    private static UpwardFixture.Commune commune;
    private static String rx;

    @Inject
    UpwardFixture fixture;

    @Inject
    DeliveryReports reports;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    DailyReports daily;

    private final List<Long> targets = new ArrayList<>();
    private final List<Province> servers = new ArrayList<>();

    @BeforeEach
    void once() {
        if (commune != null) {
            return;
        }
        commune = fixture.commune("Đẩy Lên");
        rx = "rx-up-push-" + commune.id();
        fixture.receiver(rx, "Thôn Trên", commune);
        fixture.broadcast(fixture.bulletin("Tiêm phòng"), SEVEN, rx, DeliveryState.PLAYED);
    }

    @AfterEach
    void disableTargets() {
        targets.forEach(id -> as("admin").delete("/api/upward/targets/" + id).then().statusCode(200));
        servers.forEach(Province::close);
    }

    private Province province(final int... statuses) {
        final Province p = new Province(statuses);
        servers.add(p);
        return p;
    }

    private long target(final Province p, final Map<String, Object> extra) {
        final Map<String, Object> body = new HashMap<>(Map.of("name", "tinh-" + System.nanoTime(), "url", p.url(),
                "areaId", commune.id(), "dailyReport", false));
        body.putAll(extra);
        final long id = as("admin").body(body).post("/api/upward/targets").then().statusCode(201)
                .body(not(containsString("s3cret"))).extract().jsonPath().getLong("id");
        targets.add(id);
        return id;
    }

    private static long sendDay(final long target) {
        return as("admin").queryParam("from", DAY).queryParam("to", DAY).post("/api/upward/targets/" + target
                + "/send").then().statusCode(202).body("state", equalTo("pending"), "kind", equalTo("report"))
                .extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> item(final long id) {
        final List<Map<String, Object>> all = as("admin").get("/api/upward/outbox").then().statusCode(200).extract()
                .jsonPath().getList("$");
        return all.stream().filter(m -> ((Number) m.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void push_failsTwiceWith500_sentOnTheThirdAttempt_withTheBearerToken() {
        final Province p = province(500, 500, 200);
        final long item = sendDay(target(p, Map.of("auth", "bearer", "secret", "s3cret-token")));
        await().atMost(WAIT).until(() -> "sent".equals(item(item).get("state")));
        assertEquals(3, item(item).get("attempts"));
        assertEquals(3, p.received().size());
        final Province.Request last = p.received().get(2);
        assertEquals("Bearer s3cret-token", last.authorization());
        assertTrue(last.contentType().startsWith("application/json"), last.contentType());
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.REPORT, last.body()));
        assertTrue(last.body().contains(rx) && last.body().contains("Tiêm phòng"), last.body());
    }

    @Test
    void push_basicCredentials_areSent() {
        final Province p = province(204);
        final long item = sendDay(target(p, Map.of("auth", "basic", "username", "xa-dong", "secret", "s3cret-pw")));
        await().atMost(WAIT).until(() -> "sent".equals(item(item).get("state")));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("xa-dong:s3cret-pw".getBytes(StandardCharsets.UTF_8)),
                p.received().get(0).authorization());
    }

    @Test
    void push_4xxEveryTime_failedAfterTheLastAttempt_shownAndRetried() {
        final Province p = province(422);
        final long item = sendDay(target(p, Map.of()));
        await().atMost(WAIT).until(() -> "failed".equals(item(item).get("state")));
        final Map<String, Object> failed = item(item);
        assertEquals(3, failed.get("attempts"));
        assertEquals(422, failed.get("lastStatus"));
        assertEquals("HTTP 422", failed.get("lastError"));
        assertEquals(3, p.received().size(), "bounded: no fourth attempt");
        as("admin").queryParam("state", "failed").get("/api/upward/outbox").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) item));

        final UiSession admin = UiSession.login("admin");
        final String page = admin.get("/ui/upward?state=failed").then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-item=\"" + item + "\" data-state=\"failed\""), page);
        assertTrue(page.contains("HTTP 422") && page.contains("/ui/upward/outbox/" + item + "/retry"));
        assertFalse(page.contains("s3cret"));

        p.answer(200);
        admin.post("/ui/upward/outbox/" + item + "/retry", Map.of()).then().statusCode(303);
        await().atMost(WAIT).until(() -> "sent".equals(item(item).get("state")));
        assertEquals(4, p.received().size());
        // a sent item is not retried: a message in the page, a problem in the API
        assertTrue(admin.post("/ui/upward/outbox/" + item + "/retry", Map.of()).then().statusCode(409).extract()
                .asString().contains("Chỉ gửi lại được mục đã thất bại"));
        as("admin").post("/api/upward/outbox/" + item + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-failed"));
    }

    @Test
    void push_slowServer_timesOutAndFails_thenSentWhenFast() {
        final Province p = province(200);
        p.slow();
        final long item = sendDay(target(p, Map.of()));
        await().atMost(WAIT).until(() -> "failed".equals(item(item).get("state")));
        assertTrue(((String) item(item).get("lastError")).startsWith("timed out"), (String) item(item).get("lastError"));
        p.fast();
        as("admin").post("/api/upward/outbox/" + item + "/retry").then().statusCode(200)
                .body("state", equalTo("pending"), "attempts", equalTo(0));
        await().atMost(WAIT).until(() -> "sent".equals(item(item).get("state")));
    }

    @Test
    void push_serverGone_failsWithoutLosingTheItem() {
        final Province p = province(200);
        final long target = target(p, Map.of());
        p.close();
        final long item = sendDay(target);
        await().atMost(WAIT).until(() -> "failed".equals(item(item).get("state")));
        final Map<String, Object> failed = item(item);
        assertEquals(3, failed.get("attempts"));
        assertEquals(null, failed.get("lastStatus"));
        assertTrue(((String) failed.get("lastError")).contains("ConnectException"), (String) failed.get("lastError"));
    }

    @Test
    void finalResult_queuedInTheDeliverysTransaction_andPushed() {
        final Province p = province(200);
        target(p, Map.of("results", true));
        final long broadcast = fixture.broadcast(fixture.bulletin("Lịch cắt điện"), Instant.now(), rx,
                DeliveryState.DELIVERED);
        final String command = fixture.commandOf(broadcast);
        reports.record(command, rx, DeliveryState.PLAYED, Instant.now(), null, false);
        await().atMost(WAIT).until(() -> p.received().stream()
                .anyMatch(r -> r.body().contains("\"broadcastId\":" + broadcast)));
        final String body = p.received().stream().filter(r -> r.body().contains("\"broadcastId\":" + broadcast))
                .findFirst().orElseThrow().body();
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.RESULT, body));
        assertTrue(body.contains("\"state\":\"PLAYED\"") && body.contains("Lịch cắt điện"), body);

        // rolled back with the delivery: no result for a delivery that did not finish
        final long other = fixture.broadcast(fixture.bulletin("Không gửi"), Instant.now(), rx, DeliveryState.DELIVERED);
        final String otherCommand = fixture.commandOf(other);
        final long before = OutboxItem.count();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                reports.record(otherCommand, rx, DeliveryState.FAILED, Instant.now(), "speaker", false);
                assertEquals(before + 1, OutboxItem.count(), "queued in the same transaction");
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the delivery's transaction failed
        }
        assertEquals(before, QuarkusTransaction.requiringNew().<Long>call(() -> OutboxItem.count()).longValue());
        // and when it does finish, its result is queued (and the fixture leaves no open delivery behind)
        reports.record(otherCommand, rx, DeliveryState.FAILED, Instant.now(), "speaker", false);
        assertEquals(before + 1, QuarkusTransaction.requiringNew().<Long>call(() -> OutboxItem.count()).longValue());
    }

    @Test
    void worker_picksUpWhatADeadWorkerClaimed_andTwoWorkersNeverShareAnItem() {
        final Province p = province(200);
        final long target = target(p, Map.of());
        as("admin").delete("/api/upward/targets/" + target).then().statusCode(200); // the scheduled worker waits
        final long item = sendDay2(target);
        assertTrue(outbox.claim(item, "worker-a"));
        assertFalse(outbox.claim(item, "worker-b"), "a live lease is not taken");
        // worker-a dies: its lease runs out (5 s in tests); a new worker instance then takes the item
        QuarkusTransaction.requiringNew().run(() -> OutboxItem.<OutboxItem>findById(item).claimedUntil =
                Instant.now().minusSeconds(1));
        enable(target);
        await().atMost(WAIT).until(() -> "sent".equals(item(item).get("state")));
        assertEquals(1, p.received().size());
        assertEquals(1, item(item).get("attempts"));
    }

    @Inject
    io.quarkus.scheduler.Scheduler scheduler;

    @Inject
    PushClient client;

    @Inject
    WireMapping mapping;

    @Inject
    UpwardReports upwardReports;

    @Inject
    UpwardConfig config;

    @Test
    void restart_aNewWorkerInstance_sendsWhatThePreviousOneLeftPending() {
        final Province p = province(500, 200);
        final long target = target(p, Map.of());
        scheduler.pause(OutboxWorker.JOB);
        try {
            final long item = sendDay(target);
            assertEquals(1, worker.runOnce(), "the running instance tries once and fails (500)");
            await().atMost(WAIT).until(() -> Instant.parse((String) item(item).get("nextAttemptAt"))
                    .isBefore(Instant.now()));
            // the controller restarts: a new worker, with nothing but the database
            final OutboxWorker restarted = new OutboxWorker();
            restarted.outbox = outbox;
            restarted.client = client;
            restarted.mapping = mapping;
            restarted.reports = upwardReports;
            restarted.config = config;
            assertFalse(restarted.name.equals(worker.name));
            assertEquals(1, restarted.runOnce());
            assertEquals("sent", item(item).get("state"));
            assertEquals(2, item(item).get("attempts"));
            assertEquals(2, p.received().size());
        } finally {
            scheduler.resume(OutboxWorker.JOB);
        }
    }

    @Test
    void daily_queuesYesterdayForTargetsThatWantIt() {
        final Province p = province(200);
        final long wants = target(p, Map.of("dailyReport", true));
        final long before = QuarkusTransaction.requiringNew().<Long>call(() -> OutboxItem.count("targetId", wants));
        assertTrue(daily.queueYesterday() >= 1);
        assertEquals(before + 1, QuarkusTransaction.requiringNew().<Long>call(() -> OutboxItem.count("targetId", wants)).longValue());
        await().atMost(WAIT).until(() -> !p.received().isEmpty());
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.REPORT, p.received().get(0).body()));
    }

    /** Queues a report for a disabled target (the API refuses that: straight through the service). */
    private long sendDay2(final long target) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.queueReport(
                UpwardTarget.findById(target), SEVEN.minusSeconds(7 * 3600), SEVEN.plusSeconds(17 * 3600)).id);
    }

    private static void enable(final long target) {
        QuarkusTransaction.requiringNew().run(() -> UpwardTarget.<UpwardTarget>findById(target).enabled = true);
    }
}
