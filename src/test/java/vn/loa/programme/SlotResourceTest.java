package vn.loa.programme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.area.Area;
import vn.loa.broadcast.Broadcast;
import vn.loa.bulletin.Bulletin;
import vn.loa.support.Api;

@QuarkusTest
class SlotResourceTest {

    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    /** Each test's slots start 20 minutes after the previous test's, from 07:00, so they never overlap. */
    private static final AtomicInteger NEXT = new AtomicInteger();

    private long commune;
    private long a;
    private long b;
    private OffsetDateTime start;

    @BeforeEach
    void setUp() {
        commune = Api.demoAreaId();
        a = Api.approvedBulletin("Morning news", "The commune news at six.");
        b = Api.approvedBulletin("Weather", "Rain this afternoon.");
        start = LocalDate.now(HANOI).plusDays(1).atTime(7, 0).atOffset(HANOI)
                .plusMinutes(20L * NEXT.getAndIncrement());
    }

    private Map<String, Object> slot(final long area, final OffsetDateTime at, final String rrule, final int length) {
        final Map<String, Object> m = new HashMap<>();
        m.put("areaId", area);
        m.put("name", "Bản tin sáng");
        m.put("start", at.toString());
        m.put("rrule", rrule);
        m.put("lengthSeconds", length);
        return m;
    }

    private long create(final Map<String, Object> body) {
        return as("staff").body(body).post("/api/slots").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private ValidatableResponse put(final long slot, final OffsetDateTime at, final List<Long> ids) {
        return as("staff").body(Map.of("bulletinIds", ids))
                .put("/api/slots/" + slot + "/occurrences/" + at.toInstant() + "/items").then();
    }

    private static long durationOf(final long bulletin) {
        return QuarkusTransaction.requiringNew().call(() -> Bulletin.<Bulletin>findById(bulletin).audioDurationMs);
    }

    private static long items(final long slot) {
        return QuarkusTransaction.requiringNew().call(() -> SlotItem.count("slotId", slot));
    }

    private static long slotBroadcasts(final long slot) {
        return QuarkusTransaction.requiringNew().call(() -> Broadcast.count("slotId", slot));
    }

    private static long slots() {
        return QuarkusTransaction.requiringNew().call(() -> Slot.count());
    }

    private static long areaNamed(final String name) {
        return QuarkusTransaction.requiringNew().call(() -> Area.<Area>find("name", name).firstResult().id);
    }

    private void refusedPut(final long slot, final OffsetDateTime at, final List<Long> ids, final int status,
            final String type) {
        put(slot, at, ids).statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type));
        assertEquals(0, items(slot), "nothing half-saved");
        assertEquals(0, slotBroadcasts(slot), "nothing half-saved");
    }

    private void refusedCreate(final Map<String, Object> body, final int status, final String type) {
        final long before = slots();
        as("staff").body(body).post("/api/slots").then().statusCode(status)
                .contentType("application/problem+json").body("type", equalTo("/problems/" + type));
        assertEquals(before, slots(), "nothing half-saved");
    }

    @Test
    void put_twoBulletins_backToBackWithThePauseAsBroadcastsToTheArea() {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=3", 600));
        final long da = durationOf(a);
        final long db = durationOf(b);
        final JsonPath o = put(id, start, List.of(a, b)).statusCode(200).extract().jsonPath();
        assertEquals(start.toInstant().toString(), o.getString("items[0].playAt"));
        assertEquals(start.toInstant().plusMillis(da + 2000).toString(), o.getString("items[1].playAt"));
        assertEquals(da + 2000 + db, o.getLong("totalMs"));
        assertEquals((600_000 - da - 2000 - db) / 1000, o.getLong("freeSeconds"));
        final long second = o.getLong("items[1].broadcastId");
        final long inCommune = QuarkusTransaction.requiringNew().call(
                () -> vn.loa.receiver.Receiver.count("commune", "Lũng Cú"));
        as("official").get("/api/broadcasts/" + second).then().statusCode(200)
                .body("bulletinId", equalTo((int) b), "deliveries", hasSize((int) inCommune),
                        "playAt", equalTo(start.toInstant().plusMillis(da + 2000).toString()));
        final Broadcast made = QuarkusTransaction.requiringNew().call(() -> Broadcast.findById(second));
        assertEquals(id, made.slotId);
        assertEquals(1, made.slotIndex);
        assertEquals(start.toInstant(), made.occurrenceAt);
        // tomorrow's other occurrences stay empty; the slot and its occurrences read back
        as("official").get("/api/slots/" + id + "/occurrences?from=" + start.toInstant() + "&to="
                + start.toInstant().plus(3, ChronoUnit.DAYS)).then().statusCode(200)
                .body("", hasSize(3), "[0].items", hasSize(2), "[1].items", hasSize(0), "[1].freeSeconds", equalTo(600),
                        "[0].items[0].title", equalTo("Morning news"));
        as("official").get("/api/slots/" + id).then().statusCode(200)
                .body("name", equalTo("Bản tin sáng"), "occurrences", equalTo(3), "pauseSeconds", equalTo(2));
        as("official").get("/api/slots?area=" + commune).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) id));
    }

    @Test
    void put_reorderedThenShortened_movedItemsWithdrawnKeptItemsKept() {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        final JsonPath first = put(id, start, List.of(a, b)).statusCode(200).extract().jsonPath();
        final JsonPath swapped = put(id, start, List.of(b, a)).statusCode(200).extract().jsonPath();
        for (int i = 0; i < 2; i++) {
            final long old = first.getLong("items[" + i + "].broadcastId");
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> Broadcast.<Broadcast>findById(old).canceledAt),
                    "the broadcast of a moved item is withdrawn");
        }
        final JsonPath shortened = put(id, start, List.of(b)).statusCode(200).extract().jsonPath();
        assertEquals(swapped.getLong("items[0].broadcastId"), shortened.getLong("items[0].broadcastId"),
                "an item that keeps its place and time keeps its broadcast");
        final long dropped = swapped.getLong("items[1].broadcastId");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Broadcast.<Broadcast>findById(dropped).canceledAt));
        assertEquals(1, items(id));
        assertEquals(4, slotBroadcasts(id), "what was planned and withdrawn stays, canceled");
    }

    @Test
    void put_bulletinOfTheProvinceAbove_placed() {
        final long province = QuarkusTransaction.requiringNew().call(() -> Area.<Area>findById(commune).parentId);
        QuarkusTransaction.requiringNew().run(() -> Bulletin.<Bulletin>findById(a).areaId = province);
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        put(id, start, List.of(a)).statusCode(200).body("items", hasSize(1));
    }

    @Test
    void put_unapprovedBulletin_refused() {
        final long draft = as("staff").body(Map.of("title", "Draft", "text", "Not yet.", "language", "en",
                "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        refusedPut(id, start, List.of(a, draft), 409, "bulletin-not-approved");
    }

    @Test
    void put_bulletinOfAnotherCommune_refused() {
        final long other = areaNamed("Minh Tân");
        QuarkusTransaction.requiringNew().run(() -> Bulletin.<Bulletin>findById(b).areaId = other);
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        refusedPut(id, start, List.of(a, b), 400, "slot-item-other-area");
    }

    @Test
    void put_unknownBulletin_refused() {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        refusedPut(id, start, List.of(a, 987_654_321L), 400, "unknown-bulletin");
    }

    @Test
    void put_overrun_refusedWithTheOverrunInSeconds() {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 10));
        final long total = 3 * durationOf(a) + 2 * 2000;
        put(id, start, List.of(a, a, a)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/slot-overrun"),
                        "overrunSeconds", equalTo((int) ((total - 10_000 + 999) / 1000)));
        assertEquals(0, items(id));
        assertEquals(0, slotBroadcasts(id));
    }

    @Test
    void put_notAnOccurrence_refused() {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=2", 600));
        refusedPut(id, start.plusMinutes(1), List.of(a), 400, "not-an-occurrence");
        refusedPut(id, start.plusDays(2), List.of(a), 400, "not-an-occurrence");
    }

    @Test
    void put_occurrenceUnderWay_refused() {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        final Instant soon = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> Slot.<Slot>findById(id).firstStart = soon);
        refusedPut(id, soon.atOffset(HANOI), List.of(a), 409, "occurrence-under-way");
    }

    @Test
    void put_twoEditsAtOnce_neitherLosesNorDuplicatesAnItem() throws Exception {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        final CompletableFuture<Integer> one = CompletableFuture.supplyAsync(
                () -> put(id, start, List.of(a, b)).extract().statusCode());
        final CompletableFuture<Integer> two = CompletableFuture.supplyAsync(
                () -> put(id, start, List.of(b, a, b)).extract().statusCode());
        assertEquals(200, one.get());
        assertEquals(200, two.get());
        final long live = QuarkusTransaction.requiringNew().call(() -> Broadcast.count(
                "slotId = ?1 and canceledAt is null", id));
        assertTrue(items(id) == 2 || items(id) == 3, "one of the two lists, whole");
        assertEquals(items(id), live, "one live broadcast per item, none lost, none twice");
    }

    @Test
    void create_overlappingSlotInTheSameArea_refusedNamingIt() {
        final long id = create(slot(commune, start, "FREQ=DAILY;COUNT=3", 600));
        final long before = slots();
        as("staff").body(slot(commune, start.plusDays(2).plusMinutes(9), "FREQ=DAILY;COUNT=1", 60))
                .post("/api/slots").then().statusCode(409).body("type", equalTo("/problems/slot-overlap"),
                        "detail", containsString("slot " + id));
        assertEquals(before, slots());
    }

    @Test
    void create_overlappingSlotInAVillageBelow_refused() {
        create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        refusedCreate(slot(areaNamed("Thèn Ván"), start.plusMinutes(5), "FREQ=DAILY;COUNT=1", 60), 409,
                "slot-overlap");
    }

    @Test
    void create_adjacentSlot_accepted() {
        create(slot(commune, start, "FREQ=DAILY;COUNT=1", 600));
        create(slot(commune, start.plusMinutes(10), "FREQ=DAILY;COUNT=1", 60));
    }

    @Test
    void create_endingInAVillagesQuietHours_refused() {
        final long village = areaNamed("Má Lé");
        as("admin").body(Map.of("from", "21:00", "to", "05:00")).put("/api/areas/" + village + "/quiet-hours")
                .then().statusCode(200);
        try {
            final Map<String, Object> late = slot(commune, start.withHour(20).withMinute(55), "FREQ=DAILY;COUNT=1",
                    600);
            final long before = slots();
            as("staff").body(late).post("/api/slots").then().statusCode(400)
                    .body("type", equalTo("/problems/quiet-hours"), "detail", containsString("21:00–05:00"));
            assertEquals(before, slots(), "nothing half-saved");
        } finally {
            final Map<String, Object> none = new HashMap<>();
            none.put("from", null);
            none.put("to", null);
            as("admin").body(none).put("/api/areas/" + village + "/quiet-hours").then().statusCode(200);
        }
    }

    @Test
    void create_badRecurrence_refused() {
        refusedCreate(slot(commune, start, "FREQ=DAILY", 600), 400, "unbounded-rrule");
        refusedCreate(slot(commune, start, "FREQ=SOMETIMES;COUNT=2", 600), 400, "invalid-rrule");
        refusedCreate(slot(commune, start, "FREQ=DAILY;COUNT=501", 600), 400, "too-many-occurrences");
    }

    @Test
    void create_badLengthOrPause_refused() {
        refusedCreate(slot(commune, start, "FREQ=DAILY;COUNT=1", 5), 400, "invalid-request");
        final Map<String, Object> pause = slot(commune, start, "FREQ=DAILY;COUNT=1", 600);
        pause.put("pauseSeconds", 61);
        refusedCreate(pause, 400, "invalid-request");
        final Map<String, Object> past = slot(commune, start.minusDays(3), "FREQ=DAILY;COUNT=1", 600);
        refusedCreate(past, 400, "start-in-past");
    }

    @Test
    void create_anotherCommune_forbidden() {
        refusedCreate(slot(areaNamed("Minh Tân"), start, "FREQ=DAILY;COUNT=1", 600), 403, "outside-area");
    }

    @Test
    void get_slotOfAnotherCommune_notFound() {
        final String province = Api.provinceUser("staff");
        final long id = as(province).body(slot(areaNamed("Minh Tân"), start, "FREQ=DAILY;COUNT=1", 60))
                .post("/api/slots").then().statusCode(201).extract().jsonPath().getLong("id");
        as("official").get("/api/slots/" + id).then().statusCode(404);
        as(province).get("/api/slots/" + id).then().statusCode(200);
        assertNull(as("official").get("/api/slots").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.id == " + id + " }").stream().findFirst().orElse(null));
        assertNotEquals(0, slots());
    }
}
