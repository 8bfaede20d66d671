package vn.loa.area;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

@QuarkusTest
class AreaResourceTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Inject
    AreaDirectory directory;

    private static long create(final Long parent, final String level, final String name) {
        final Map<String, Object> body = new HashMap<>(Map.of("level", level, "name", name));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return as("admin").body(body).post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static final java.util.List<Long> PROVINCES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static long province() {
        final long id = create(null, "province", "Tỉnh Thử " + N.incrementAndGet());
        PROVINCES.add(id);
        return id;
    }

    /** Other classes register receivers by commune name into the only open province: archive the test ones. */
    @org.junit.jupiter.api.AfterEach
    void archiveTestProvinces() {
        PROVINCES.forEach(id -> as("admin").post("/api/areas/" + id + "/archive").then().statusCode(200));
        PROVINCES.clear();
    }

    @Test
    void create_tree_showsPathAndDirectoryWalksIt() {
        final long p = province();
        final long c = create(p, "commune", "Minh Tân");
        final long v = create(c, "village", "Thôn Mỏ Sài");
        as("admin").get("/api/areas/" + v).then().statusCode(200)
                .body("level", equalTo("VILLAGE"), "parentId", equalTo((int) c),
                        "path", equalTo(directory.get(p).name + " › Minh Tân › Thôn Mỏ Sài"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(p, c, v),
                directory.subtree(p).stream().map(a -> a.id).toList());
        org.junit.jupiter.api.Assertions.assertTrue(directory.within(v, p));
        org.junit.jupiter.api.Assertions.assertFalse(directory.within(p, v));
    }

    @Test
    void create_skippingALevel_isRefused() {
        final long p = province();
        as("admin").body(Map.of("parentId", p, "level", "village", "name", "Bản Lạc")).post("/api/areas").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-area-parent"));
        as("admin").body(Map.of("level", "commune", "name", "Xã Mồ Côi")).post("/api/areas").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-area-parent"));
    }

    @Test
    void create_siblingNameOtherCase_isConflict() {
        final long p = province();
        create(p, "commune", "Thuận Hoà");
        as("admin").body(Map.of("parentId", p, "level", "commune", "name", "THUẬN HOÀ")).post("/api/areas").then()
                .statusCode(409).body("type", equalTo("/problems/area-exists"));
        create(province(), "commune", "Thuận Hoà"); // the same name in another province is fine
    }

    @Test
    void rename_village_changesReceiversNameEverywhere() {
        final long c = create(province(), "commune", "Xã Cũ " + N.incrementAndGet());
        final long v = create(c, "village", "Thôn Cũ");
        final String rx = "rx-rename-" + N.incrementAndGet();
        as("admin").body(Map.of("id", rx, "name", "Loa", "areaId", v)).post("/api/receivers").then().statusCode(201)
                .body("village", equalTo("Thôn Cũ"), "areaId", equalTo((int) v));
        as("admin").body(Map.of("name", "Thôn Mới")).put("/api/areas/" + v).then().statusCode(200)
                .body("name", equalTo("Thôn Mới"));
        as("admin").body(Map.of("name", "Xã Mới " + N.incrementAndGet())).put("/api/areas/" + c).then().statusCode(200);
        as("admin").get("/api/receivers/" + rx).then().statusCode(200)
                .body("village", equalTo("Thôn Mới"), "commune", containsString("Xã Mới"));
    }

    @Test
    void move_villageToAnotherCommune_movesReceiversCommuneName() {
        final long p = province();
        final long from = create(p, "commune", "Xã Đi");
        final long to = create(p, "commune", "Xã Đến");
        final long v = create(from, "village", "Bản Tùng Bá");
        final String rx = "rx-move-" + N.incrementAndGet();
        as("admin").body(Map.of("id", rx, "name", "Loa", "areaId", v)).post("/api/receivers").then().statusCode(201);
        as("admin").body(Map.of("name", "Bản Tùng Bá", "parentId", to)).put("/api/areas/" + v).then().statusCode(200)
                .body("parentId", equalTo((int) to));
        as("admin").get("/api/receivers/" + rx).then().body("commune", equalTo("Xã Đến"));
        as("admin").body(Map.of("name", "Bản Tùng Bá", "parentId", p)).put("/api/areas/" + v).then().statusCode(400)
                .body("type", equalTo("/problems/invalid-area-parent"));
    }

    @Test
    void delete_areaWithReceiverOrChildren_isRefusedAndArchiveKeepsHistory() {
        final long c = create(province(), "commune", "Xã Xoá");
        final long v = create(c, "village", "Thôn Xoá");
        final String rx = "rx-del-" + N.incrementAndGet();
        as("admin").body(Map.of("id", rx, "name", "Loa", "areaId", v)).post("/api/receivers").then().statusCode(201);
        as("admin").delete("/api/areas/" + v).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/area-in-use"), "detail", containsString("archive"));
        as("admin").delete("/api/areas/" + c).then().statusCode(409).body("detail", containsString("children"));
        as("admin").post("/api/areas/" + c + "/archive").then().statusCode(200).body("archived", equalTo(true));
        as("admin").get("/api/areas/" + v).then().body("archived", equalTo(true));
        as("admin").get("/api/receivers/" + rx).then().statusCode(200).body("village", equalTo("Thôn Xoá"));
        as("admin").body(Map.of("name", "Loa 2", "areaId", v)).post("/api/receivers").then().statusCode(409)
                .body("type", equalTo("/problems/area-archived"));
        final long empty = create(create(province(), "commune", "Xã Trống"), "village", "Thôn Trống");
        as("admin").delete("/api/areas/" + empty).then().statusCode(204);
        as("admin").get("/api/areas/" + empty).then().statusCode(404);
    }

    @Test
    void delete_areaOfAUser_isRefused() {
        final long c = create(province(), "commune", "Xã Người");
        as("admin").body(Map.of("username", "nguoi" + N.incrementAndGet(), "password", "a-long-password-1",
                "role", "official", "areaId", c)).post("/api/users").then().statusCode(201);
        as("admin").delete("/api/areas/" + c).then().statusCode(409).body("detail", containsString("users"));
    }

    @Test
    void createUser_withoutArea_isRefusedExceptAdmin() {
        as("admin").body(Map.of("username", "khongvung", "password", "a-long-password-1", "role", "staff"))
                .post("/api/users").then().statusCode(400).body("type", equalTo("/problems/area-required"));
        as("admin").body(Map.of("username", "vungla", "password", "a-long-password-1", "role", "staff",
                "areaId", 987654)).post("/api/users").then().statusCode(400).body("type", equalTo("/problems/unknown-area"));
        as("admin").body(Map.of("username", "admin2", "password", "a-long-password-1", "role", "admin"))
                .post("/api/users").then().statusCode(201);
    }

    @Test
    void registerReceiver_inACommune_isRefused() {
        final long c = create(province(), "commune", "Xã Máy");
        as("admin").body(Map.of("name", "Loa", "areaId", c)).post("/api/receivers").then().statusCode(400)
                .body("type", equalTo("/problems/receiver-needs-village"));
    }

    @Test
    void registerReceiver_byNames_findsOrCreatesTheVillageAndRefusesAmbiguousCommunes() {
        // a commune of its own, so the demo commune keeps exactly its three receivers for the broadcast tests
        final String commune = "Xã Tìm " + N.incrementAndGet();
        final long c = create(province(), "commune", commune);
        final String rx = "rx-names-" + N.incrementAndGet();
        final int village = as("admin").body(Map.of("id", rx, "name", "Loa", "village", "thôn mới",
                "commune", commune.toUpperCase(java.util.Locale.ROOT))).post("/api/receivers").then().statusCode(201)
                .body("commune", equalTo(commune), "village", equalTo("thôn mới")).extract().path("areaId");
        as("admin").get("/api/areas/" + village).then().body("parentId", equalTo((int) c), "level", equalTo("VILLAGE"));
        create(province(), "commune", "Xã Trùng");
        create(province(), "commune", "Xã Trùng");
        as("admin").body(Map.of("name", "Loa", "village", "Thôn", "commune", "Xã Trùng")).post("/api/receivers")
                .then().statusCode(400).body("type", equalTo("/problems/ambiguous-area"));
    }

    @Test
    void broadcast_acrossCommunes_showsEachCommuneOnlyItsOwnDeliveries() {
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().extract().jsonPath()
                .getLong("parentId");
        final long village = create(create(province, "commune", "Xã Bên " + N.incrementAndGet()), "village", "Thôn Bên");
        final String rx = "rx-ben-" + N.incrementAndGet();
        as("admin").body(Map.of("id", rx, "name", "Loa", "areaId", village)).post("/api/receivers").then()
                .statusCode(201);
        final String staff = "tinh.staff" + N.incrementAndGet();
        final String approver = "tinh.approver" + N.incrementAndGet();
        for (String[] u : new String[][] {{staff, "staff"}, {approver, "approver"}}) {
            as("admin").body(Map.of("username", u[0], "password", "a-long-password-1", "role", u[1],
                    "areaId", province)).post("/api/users").then().statusCode(201);
        }
        final long bulletin = login(staff).body(Map.of("title", "Toàn tỉnh", "text", "Storm tonight.",
                "language", "en", "priority", "important")).post("/api/bulletins").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        login(staff).post("/api/bulletins/" + bulletin + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + bulletin + "/approve").then().statusCode(404); // above Lũng Cú
        login(approver).post("/api/bulletins/" + bulletin + "/approve").then().statusCode(200);
        final long broadcast = login(staff).body(Map.of("bulletinId", bulletin,
                "playAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01", rx)))).post("/api/broadcasts").then()
                .statusCode(201).body("deliveries", org.hamcrest.Matchers.hasSize(2)).extract().jsonPath().getLong("id");
        as("official").get("/api/broadcasts/" + broadcast).then().statusCode(200)
                .body("deliveries.receiverId", equalTo(List.of("rx-then-van-01")));
        as("official").get("/api/bulletins/" + bulletin).then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification login(final String user) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(user, "a-long-password-1")
                .contentType(io.restassured.http.ContentType.JSON);
    }

    @Test
    void list_staff_seesOnlyTheirAreaAndItsPath() {
        final long other = province();
        as("staff").get("/api/areas").then().statusCode(200).body("name", hasItem("Lũng Cú"))
                .body("name", hasItem("Thèn Ván")).body("id", not(hasItem((int) other)));
        as("staff").get("/api/areas/" + other).then().statusCode(404);
    }

    @Test
    void schedule_outsideTarget_namesItAndSchedulesNothing() {
        final long c = create(province(), "commune", "Xã Xa");
        final long v = create(c, "village", "Thôn Xa");
        final String rx = "rx-far-" + N.incrementAndGet();
        as("admin").body(Map.of("id", rx, "name", "Loa", "areaId", v)).post("/api/receivers").then().statusCode(201);
        final long bulletin = Api.approvedBulletin("Họp thôn", "The meeting starts at eight tonight.");
        final int before = as("admin").get("/api/broadcasts?limit=500").then().extract().jsonPath().getList("$").size();
        as("staff").body(Map.of("bulletinId", bulletin, "playAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01", rx)))).post("/api/broadcasts").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/outside-area"), "detail", containsString(rx));
        org.junit.jupiter.api.Assertions.assertEquals(before,
                as("admin").get("/api/broadcasts?limit=500").then().extract().jsonPath().getList("$").size());
    }
}
