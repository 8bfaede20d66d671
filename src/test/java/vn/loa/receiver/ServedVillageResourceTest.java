package vn.loa.receiver;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.area.AreaService;
import vn.loa.report.LogFixture;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * Villages a receiver serves by FM or wire (issue 16 item 5): administrators set them, everyone who sees the receiver
 * reads them, every bad list is refused whole with problem JSON and changes nothing, and the page does the same.
 */
@QuarkusTest
class ServedVillageResourceTest {

    private static final String COMMUNE = "Xã Nậm Ban";
    private static final String RX = "rx-nam-ban-fm";

    @Inject
    LogFixture fixture;

    @Inject
    AreaService areas;

    private long own;
    private long pai;
    private long khoan;

    @BeforeEach
    void receiverAndVillages() {
        fixture.receiver(RX, "Loa Nậm Ban (FM)", "Nậm Ban", COMMUNE);
        own = areas.villageByNames(COMMUNE, "Nậm Ban").id;
        pai = areas.villageByNames(COMMUNE, "Pải Chư Phìn").id;
        khoan = areas.villageByNames(COMMUNE, "Khoan Lót").id;
        as("admin").body(Map.of("villages", List.of())).put(path()).then().statusCode(200);
    }

    private static String path() {
        return "/api/receivers/" + RX + "/serves";
    }

    @Test
    void adminSets_everyoneWhoSeesTheReceiverReads() {
        as("admin").body(Map.of("villages", List.of(Map.of("areaId", pai, "medium", "fm"),
                Map.of("areaId", khoan, "medium", "WIRE")))).put(path()).then().statusCode(200)
                .body("receiverId", equalTo(RX), "villages.village", contains("Khoan Lót", "Pải Chư Phìn"),
                        "villages.medium", contains("WIRE", "FM"), "villages.commune",
                        contains(COMMUNE, COMMUNE));
        as(Api.provinceUser("official")).get(path()).then().statusCode(200)
                .body("villages.areaId", contains((int) khoan, (int) pai));
        // the demo staff stand in another commune: the receiver does not exist for them
        as("staff").get(path()).then().statusCode(404);
        as("staff").body(Map.of("villages", List.of())).put(path()).then().statusCode(403);
        as(Api.provinceUser("staff")).body(Map.of("villages", List.of())).put(path()).then().statusCode(403);
        // an empty list clears
        as("admin").body(Map.of("villages", List.of())).put(path()).then().statusCode(200).body("villages", empty());
    }

    @Test
    void badLists_refusedWhole_nothingChanges() {
        as("admin").body(Map.of("villages", List.of(Map.of("areaId", pai, "medium", "FM")))).put(path()).then()
                .statusCode(200);
        final long commune = areas.villageByNames(COMMUNE, "Nậm Ban").parentId;
        refused(List.of(Map.of("areaId", khoan, "medium", "FM"), Map.of("areaId", 987654321L, "medium", "FM")),
                "unknown-village");
        refused(List.of(Map.of("areaId", commune, "medium", "FM")), "not-a-village");
        refused(List.of(Map.of("areaId", own, "medium", "WIRE")), "own-village");
        refused(List.of(Map.of("areaId", khoan, "medium", "FM"), Map.of("areaId", khoan, "medium", "WIRE")),
                "duplicate-served-village");
        refused(List.of(Map.of("areaId", khoan, "medium", "satellite")), "invalid-medium");
        refused(List.of(Map.of("medium", "FM")), "invalid-served-villages");
        final List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= ServedVillages.MAX_PER_RECEIVER; i++) {
            many.add(Map.of("areaId", areas.villageByNames(COMMUNE, "Thôn số " + i).id, "medium", "FM"));
        }
        refused(many, "too-many-served-villages");
        as("admin").body("{}").put(path()).then().statusCode(400).contentType("application/problem+json");
        as("admin").body("not json").put(path()).then().statusCode(400).contentType("application/problem+json");
        as("admin").body(Map.of("villages", List.of())).put("/api/receivers/rx-nobody/serves").then()
                .statusCode(404).contentType("application/problem+json");
        // every refusal left the list as it was
        as("admin").get(path()).then().statusCode(200).body("villages.areaId", contains((int) pai),
                "villages.medium", contains("FM"));
    }

    private static void refused(final List<Map<String, Object>> villages, final String code) {
        as("admin").body(Map.of("villages", villages)).put(path()).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/" + code));
    }

    @Test
    void page_addsChangesAndRemoves() {
        final UiSession admin = UiSession.login("admin");
        final String page = "/ui/receivers/" + RX + "/serves";
        admin.get(page).then().statusCode(200).body(containsString("Loa Nậm Ban (FM)"),
                containsString("id=\"none\""));
        admin.csrfFrom(page);
        Response r = admin.post(page, Map.of("areaId", pai, "medium", "WIRE"));
        r.then().statusCode(303);
        admin.post(page, Map.of("areaId", pai, "medium", "FM")).then().statusCode(303);
        admin.post(page, Map.of("areaId", khoan, "medium", "WIRE")).then().statusCode(303);
        as("admin").get(path()).then().body("villages.areaId", contains((int) khoan, (int) pai),
                "villages.medium", contains("WIRE", "FM"));
        // a bad one comes back with the reason in the page, and changes nothing
        r = admin.post(page, Map.of("areaId", own, "medium", "FM"));
        r.then().statusCode(400).body(containsString("role=\"alert\""), containsString("own village"));
        admin.post(page + "/remove", Map.of("areaId", khoan)).then().statusCode(303);
        admin.post(page + "/remove", Map.of("areaId", khoan)).then().statusCode(404)
                .body(containsString("role=\"alert\""));
        as("admin").get(path()).then().body("villages.areaId", contains((int) pai));
        admin.get("/ui/fleet").then().statusCode(200).body(containsString("href=\"" + page + "\""));
        UiSession.login("staff").get("/ui/fleet").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/serves\"")));
    }
}
