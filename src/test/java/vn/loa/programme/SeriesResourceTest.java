package vn.loa.programme;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.Broadcast;
import vn.loa.support.Api;

@QuarkusTest
class SeriesResourceTest {

    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    private static final String RX = "rx-then-van-01";
    private static final DateTimeFormatter EXDATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Inject
    SeriesService service;

    private long bulletin;

    @BeforeEach
    void approved() {
        bulletin = Api.approvedBulletin("Morning news", "The commune news at six every morning.");
    }

    /** Tomorrow at 06:00 in Vietnam. */
    private static OffsetDateTime tomorrowAtSix() {
        return LocalDate.now(HANOI).plusDays(1).atTime(6, 0).atOffset(HANOI);
    }

    private Map<String, Object> body(final OffsetDateTime start, final String rrule) {
        final Map<String, Object> m = new HashMap<>();
        m.put("bulletinId", bulletin);
        m.put("targets", Map.of("receivers", List.of(RX)));
        m.put("start", start.toString());
        m.put("rrule", rrule);
        return m;
    }

    private JsonPath create(final Map<String, Object> body) {
        return as("staff").body(body).post("/api/series").then().statusCode(201).extract().jsonPath();
    }

    private long seriesOf(final long bulletinId) {
        return QuarkusTransaction.requiringNew().call(() -> Series.count("bulletinId", bulletinId));
    }

    private long broadcastsOf(final long bulletinId) {
        return QuarkusTransaction.requiringNew().call(() -> Broadcast.count("bulletinId", bulletinId));
    }

    private void refused(final Map<String, Object> body, final int status, final String type) {
        as("staff").body(body).post("/api/series").then().statusCode(status)
                .contentType("application/problem+json").body("type", equalTo("/problems/" + type));
        assertEquals(0, seriesOf(bulletin), "nothing half-saved");
        assertEquals(0, broadcastsOf(bulletin), "nothing half-saved");
    }

    @Test
    void create_dailyThreeTimes_threeBroadcastsWithDeliveries() {
        final JsonPath s = create(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=3"));
        final long id = s.getLong("id");
        assertEquals(3, s.getList("occurrences").size());
        assertEquals(tomorrowAtSix().plusDays(2).toInstant().toString(), s.getString("occurrences[2].at"));
        assertEquals("EXPANDED", s.getString("state"));
        final long first = s.getLong("occurrences[0].broadcastId");
        as("official").get("/api/broadcasts/" + first).then().statusCode(200)
                .body("seriesId", equalTo((int) id), "deliveries", hasSize(1),
                        "playAt", equalTo(tomorrowAtSix().toInstant().toString()),
                        "expiresAt", equalTo(tomorrowAtSix().plusHours(1).toInstant().toString()));
        as("official").get("/api/series/" + id).then().statusCode(200).body("occurrences", hasSize(3),
                "occurrences.broadcastId", org.hamcrest.Matchers.everyItem(notNullValue()));
        assertEquals(3, broadcastsOf(bulletin));
    }

    @Test
    void create_beyondTheHorizon_onlyTheNearOccurrencesExpanded() {
        final JsonPath s = create(body(tomorrowAtSix(), "FREQ=WEEKLY;COUNT=3"));
        assertEquals("ACTIVE", s.getString("state"));
        assertEquals(3, s.getList("occurrences").size());
        assertEquals(1, broadcastsOf(bulletin), "the second is eight days ahead, beyond loa.dispatch.horizon");
        as("staff").get("/api/series/" + s.getLong("id")).then().body("occurrences[1].broadcastId", nullValue());
    }

    @Test
    void create_withExdateAndValidity_leftOutAndKept() {
        final Map<String, Object> b = body(tomorrowAtSix(), "FREQ=DAILY;COUNT=3");
        b.put("exdate", EXDATE.format(tomorrowAtSix().plusDays(1).toLocalDateTime()));
        b.put("validityMinutes", 20);
        final JsonPath s = create(b);
        assertEquals(2, s.getList("occurrences").size());
        as("staff").get("/api/broadcasts/" + s.getLong("occurrences[1].broadcastId")).then()
                .body("playAt", equalTo(tomorrowAtSix().plusDays(2).toInstant().toString()),
                        "expiresAt", equalTo(tomorrowAtSix().plusDays(2).plusMinutes(20).toInstant().toString()));
    }

    @Test
    void expand_runTwiceAtOnce_neverDuplicatesAnOccurrence() throws Exception {
        final long id = create(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=4")).getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            final Series s = Series.findById(id);
            s.expandedTo = null; // as if the expansion had never run: both rounds below try every occurrence
            s.state = SeriesState.ACTIVE;
        });
        final CompletableFuture<Integer> a = CompletableFuture.supplyAsync(service::expandDue);
        final CompletableFuture<Integer> b = CompletableFuture.supplyAsync(service::expandDue);
        assertEquals(0, a.get() + b.get());
        assertEquals(4, broadcastsOf(bulletin));
        // and the database refuses a second copy whoever makes it
        final Broadcast existing = QuarkusTransaction.requiringNew().call(() -> Broadcast.<Broadcast>find(
                "seriesId", id).firstResult());
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            final Broadcast copy = new Broadcast();
            copy.bulletinId = existing.bulletinId;
            copy.playAt = existing.playAt;
            copy.expiresAt = existing.expiresAt;
            copy.targets = existing.targets;
            copy.createdBy = "test";
            copy.createdAt = existing.createdAt;
            copy.seriesId = id;
            copy.occurrenceAt = existing.occurrenceAt;
            copy.persist();
        }));
    }

    // --- bad input: a clear 4xx problem, nothing saved

    @Test
    void create_notRfc5545_400() {
        refused(body(tomorrowAtSix(), "every day at six"), 400, "invalid-rrule");
        refused(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=3;BYWHATEVER=2"), 400, "invalid-rrule");
        refused(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=2;UNTIL=20301210T000000Z"), 400, "invalid-rrule");
    }

    @Test
    void create_unbounded_400() {
        refused(body(tomorrowAtSix(), "FREQ=DAILY"), 400, "unbounded-rrule");
    }

    @Test
    void create_absurdCount_400() {
        refused(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=99999999"), 400, "too-many-occurrences");
        refused(body(tomorrowAtSix(), "FREQ=HOURLY;COUNT=501"), 400, "too-many-occurrences");
    }

    @Test
    void create_untilYieldingTooMany_400() {
        refused(body(tomorrowAtSix(), "FREQ=MINUTELY;INTERVAL=10;UNTIL=20991231T000000Z"), 400,
                "too-many-occurrences");
    }

    @Test
    void create_noOccurrence_400() {
        refused(body(tomorrowAtSix(), "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2"), 400, "no-occurrences");
        final Map<String, Object> b = body(tomorrowAtSix(), "FREQ=DAILY;COUNT=1");
        b.put("exdate", EXDATE.format(tomorrowAtSix().toLocalDateTime()));
        refused(b, 400, "no-occurrences");
    }

    @Test
    void create_occurrencesTooClose_400() {
        refused(body(tomorrowAtSix(), "FREQ=SECONDLY;INTERVAL=2;COUNT=3"), 400, "occurrences-too-close");
    }

    @Test
    void create_reachingBeyondMaxAhead_400() {
        refused(body(tomorrowAtSix(), "FREQ=MONTHLY;COUNT=14"), 400, "series-too-long");
    }

    @Test
    void create_startInPast_400() {
        refused(body(OffsetDateTime.now(HANOI).minusHours(1), "FREQ=DAILY;COUNT=2"), 400, "start-in-past");
    }

    @Test
    void create_badExdate_400() {
        final Map<String, Object> b = body(tomorrowAtSix(), "FREQ=DAILY;COUNT=3");
        b.put("exdate", "tomorrow");
        refused(b, 400, "invalid-exdate");
        b.put("exdate", EXDATE.format(tomorrowAtSix().plusMinutes(1).toLocalDateTime()));
        refused(b, 400, "exdate-not-an-occurrence");
    }

    @Test
    void create_bulletinNotApproved_409() {
        final long draft = as("staff").body(Map.of("title", "t", "text", "x", "language", "en",
                "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        final Map<String, Object> b = body(tomorrowAtSix(), "FREQ=DAILY;COUNT=2");
        b.put("bulletinId", draft);
        as("staff").body(b).post("/api/series").then().statusCode(409)
                .body("type", equalTo("/problems/bulletin-not-approved"));
        assertEquals(0, seriesOf(draft));
    }

    @Test
    void create_unknownTargetOrNone_400() {
        final Map<String, Object> b = body(tomorrowAtSix(), "FREQ=DAILY;COUNT=2");
        b.put("targets", Map.of("receivers", List.of("rx-nowhere")));
        refused(b, 400, "unknown-receiver");
        b.put("targets", Map.of());
        refused(b, 400, "no-targets");
    }

    @Test
    void create_malformedBody_400() {
        final Map<String, Object> b = body(tomorrowAtSix(), "FREQ=DAILY;COUNT=2");
        b.put("start", "tomorrow at six");
        as("staff").body(b).post("/api/series").then().statusCode(400).contentType("application/problem+json");
        b.remove("start");
        as("staff").body(b).post("/api/series").then().statusCode(400).contentType("application/problem+json");
        final Map<String, Object> c = body(tomorrowAtSix(), "FREQ=DAILY;COUNT=2");
        c.put("validityMinutes", 0);
        as("staff").body(c).post("/api/series").then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, seriesOf(bulletin));
    }

    @Test
    void create_byApprover_403() {
        as("approver").body(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=2")).post("/api/series").then().statusCode(403);
    }

    @Test
    void get_unknown_404() {
        as("staff").get("/api/series/999999").then().statusCode(404).contentType("application/problem+json");
    }

    // --- from this occurrence on

    @Test
    void split_fromThirdOccurrence_oldEndsThereLaterOnesWithdrawnNewSeriesTakesOver() {
        final JsonPath old = create(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=5"));
        final long oldId = old.getLong("id");
        final long firstTwo0 = old.getLong("occurrences[0].broadcastId");
        final OffsetDateTime third = tomorrowAtSix().plusDays(2);
        final JsonPath next = as("staff").body(body(third.plusHours(1), "FREQ=DAILY;COUNT=2"))
                .queryParam("from", third.toString()).post("/api/series/" + oldId + "/split")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(oldId, next.getLong("parentId"));
        assertEquals(2, next.getList("occurrences").size());
        final JsonPath after = as("staff").get("/api/series/" + oldId).then().statusCode(200).extract().jsonPath();
        assertEquals("ENDED", after.getString("state"));
        assertEquals(third.toInstant().toString(), after.getString("endsBefore"));
        assertEquals(next.getLong("id"), after.getLong("continuedBy"));
        assertEquals(List.of(false, false, true, true, true), after.getList("occurrences.canceled"));
        as("staff").get("/api/broadcasts/" + firstTwo0).then().body("canceledAt", nullValue(),
                "deliveries[0].state", org.hamcrest.Matchers.not(equalTo("CANCELED")));
        as("staff").get("/api/broadcasts/" + after.getLong("occurrences[2].broadcastId")).then()
                .body("canceledAt", notNullValue(), "deliveries[0].state", equalTo("CANCELED"));
        assertEquals(7, broadcastsOf(bulletin), "5 planned by the old series (3 withdrawn), 2 by the new");
    }

    @Test
    void split_badNewRule_400AndNothingChanges() {
        final JsonPath old = create(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=3"));
        final long oldId = old.getLong("id");
        final OffsetDateTime second = tomorrowAtSix().plusDays(1);
        as("staff").body(body(second, "FREQ=DAILY")).queryParam("from", second.toString())
                .post("/api/series/" + oldId + "/split").then().statusCode(400)
                .body("type", equalTo("/problems/unbounded-rrule"));
        as("staff").body(body(second.minusHours(1), "FREQ=DAILY;COUNT=2")).queryParam("from", second.toString())
                .post("/api/series/" + oldId + "/split").then().statusCode(400)
                .body("type", equalTo("/problems/start-before-split"));
        final JsonPath after = as("staff").get("/api/series/" + oldId).then().extract().jsonPath();
        assertEquals("EXPANDED", after.getString("state"));
        assertEquals(List.of(false, false, false), after.getList("occurrences.canceled"));
        assertEquals(1, seriesOf(bulletin));
        assertEquals(3, broadcastsOf(bulletin));
    }

    @Test
    void split_fromSomethingNotAnOccurrence_400() {
        final long id = create(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=3")).getLong("id");
        as("staff").body(body(tomorrowAtSix().plusDays(2), "FREQ=DAILY;COUNT=1"))
                .queryParam("from", tomorrowAtSix().plusMinutes(5).toString()).post("/api/series/" + id + "/split")
                .then().statusCode(400).body("type", equalTo("/problems/not-an-occurrence"));
        as("staff").queryParam("from", "next tuesday").post("/api/series/" + id + "/end")
                .then().statusCode(400).body("type", equalTo("/problems/invalid-from"));
        as("staff").post("/api/series/" + id + "/end")
                .then().statusCode(400).body("type", equalTo("/problems/invalid-from"));
    }

    @Test
    void end_fromAnOccurrenceAboutToStart_409AndItPlaysAsPlanned() {
        final OffsetDateTime soon = OffsetDateTime.now(HANOI).plusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
        final JsonPath s = create(body(soon, "FREQ=DAILY;COUNT=2"));
        as("staff").queryParam("from", soon.toString()).post("/api/series/" + s.getLong("id") + "/end")
                .then().statusCode(409).body("type", equalTo("/problems/occurrence-under-way"));
        as("staff").get("/api/broadcasts/" + s.getLong("occurrences[0].broadcastId")).then()
                .body("canceledAt", nullValue());
    }

    @Test
    void end_fromSecond_laterWithdrawnAndEndingAgain409() {
        final JsonPath s = create(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=3"));
        final long id = s.getLong("id");
        final String second = tomorrowAtSix().plusDays(1).toString();
        as("approver").queryParam("from", second).post("/api/series/" + id + "/end").then().statusCode(200)
                .body("state", equalTo("ENDED"), "endedBy", equalTo("approver"),
                        "occurrences.canceled", equalTo(List.of(false, true, true)));
        as("staff").queryParam("from", second).post("/api/series/" + id + "/end").then().statusCode(409)
                .body("type", equalTo("/problems/series-ended"));
        as("official").queryParam("from", second).post("/api/series/" + id + "/end").then().statusCode(403);
    }

    @Test
    void split_sameTimesWhileCommandsAreOut_eachOccurrenceLiveExactlyOnce() {
        final JsonPath old = create(body(tomorrowAtSix(), "FREQ=DAILY;COUNT=4"));
        final long oldId = old.getLong("id");
        final OffsetDateTime second = tomorrowAtSix().plusDays(1);
        // the commands of every occurrence went out at creation (all within the horizon): receivers hold them
        org.awaitility.Awaitility.await().untilAsserted(() -> as("staff").get("/api/broadcasts/"
                + old.getLong("occurrences[1].broadcastId")).then().body("deliveries[0].state", equalTo("SENT")));
        final Map<String, Object> same = body(second, "FREQ=DAILY;COUNT=3");
        same.put("validityMinutes", 30);
        as("staff").body(same).queryParam("from", second.toString()).post("/api/series/" + oldId + "/split")
                .then().statusCode(201);
        final List<Broadcast> all = QuarkusTransaction.requiringNew().call(() -> Broadcast.<Broadcast>list(
                "bulletinId = ?1 order by occurrenceAt, id", bulletin));
        final Map<java.time.Instant, Long> live = all.stream().filter(b -> b.canceledAt == null).collect(
                java.util.stream.Collectors.groupingBy(b -> b.playAt, java.util.stream.Collectors.counting()));
        assertEquals(4, live.size(), "no occurrence lost");
        assertEquals(java.util.Set.of(1L), new java.util.HashSet<>(live.values()), "none live twice");
        assertEquals(3, all.stream().filter(b -> b.canceledAt != null).count(), "the old plan's three withdrawn");
    }
}
