package vn.loa.broadcast;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** {@code GET /api/broadcasts/{id}?page=&size=}: one page of rows, the counts of all, and 400 for bad paging. */
@QuarkusTest
class BroadcastPagingTest {

    private static final int RECEIVERS = 130;
    private static ManyReceivers.Fleet fleet;
    private static long bulletin;

    @Inject
    ManyReceivers fixture;

    @BeforeEach
    void fleet() {
        if (fleet == null) {
            fleet = fixture.broadcast(RECEIVERS, "Loa thử phân trang", "Thôn Phân Trang",
                    Api.approvedBulletin("Phân trang", "Every receiver of the commune."), "staff");
            bulletin = Long.parseLong(as("admin").get("/api/broadcasts/" + fleet.broadcast()).then().extract()
                    .jsonPath().getString("bulletinId"));
            fixture.state(fleet.broadcast(), fleet.receivers().get(3), DeliveryState.PLAYING);
            fixture.state(fleet.broadcast(), fleet.receivers().get(120), DeliveryState.PLAYED);
        }
    }

    private static JsonPath get(final String query) {
        return as(Api.provinceUser("official")).get("/api/broadcasts/" + fleet.broadcast() + query).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void get_noPagingParams_firstHundredRowsAndCountsOfAll() {
        final JsonPath v = get("");
        assertEquals(RowPage.DEFAULT_SIZE, v.getList("deliveries").size());
        assertEquals(RECEIVERS, v.getInt("total"));
        assertEquals(0, v.getInt("page"));
        assertEquals(RowPage.DEFAULT_SIZE, v.getInt("size"));
        assertEquals(fleet.receivers().subList(0, RowPage.DEFAULT_SIZE), v.getList("deliveries.receiverId"));
        assertEquals(1, v.getInt("counts.PLAYING"));
        assertEquals(1, v.getInt("counts.PLAYED"));
        assertEquals(RECEIVERS - 2, v.getInt("counts.QUEUED"));
    }

    @Test
    void get_countsEqualTheSumOfRowsOverAllPages() {
        final JsonPath first = get("?page=0&size=50");
        final Map<String, Integer> counts = first.getMap("counts");
        assertEquals(first.getInt("total"), counts.values().stream().mapToInt(Integer::intValue).sum());
        final Map<String, Integer> seen = new java.util.TreeMap<>();
        int rows = 0;
        for (int page = 0; page < 3; page++) {
            final List<String> states = get("?page=" + page + "&size=50").getList("deliveries.state");
            rows += states.size();
            states.forEach(s -> seen.merge(s, 1, Integer::sum));
        }
        assertEquals(RECEIVERS, rows);
        counts.forEach((state, n) -> assertEquals(n, seen.getOrDefault(state, 0), state));
    }

    @Test
    void get_laterPages_followInReceiverOrderAndEndEmpty() {
        assertEquals(fleet.receivers().subList(50, 100), get("?page=1&size=50").getList("deliveries.receiverId"));
        assertEquals(fleet.receivers().subList(100, RECEIVERS), get("?page=2&size=50").getList("deliveries.receiverId"));
        final JsonPath beyond = get("?page=3&size=50");
        assertEquals(List.of(), beyond.getList("deliveries"));
        assertEquals(RECEIVERS, beyond.getInt("total"));
    }

    @Test
    void get_sizeAtItsBounds_isServed() {
        assertEquals(1, get("?size=1").getList("deliveries").size());
        assertEquals(RECEIVERS, get("?size=" + RowPage.MAX_SIZE).getList("deliveries").size());
    }

    @Test
    void get_badPagingParams_400ProblemJson() {
        for (String query : List.of("?size=0", "?size=" + (RowPage.MAX_SIZE + 1), "?size=-5", "?size=abc",
                "?size=1.5", "?page=-1", "?page=x", "?page=1e3", "?page=99999999999", "?page=2147483647")) {
            as(Api.provinceUser("official")).get("/api/broadcasts/" + fleet.broadcast() + query).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.startsWith("/problems/bad-page"));
        }
    }

    @Test
    void get_rowsCarryReceiverAndVillageNames() {
        as(Api.provinceUser("official")).get("/api/broadcasts/" + fleet.broadcast() + "?size=2").then()
                .body("deliveries", hasSize(2), "deliveries[0].receiverName", equalTo("Loa thử phân trang 1"),
                        "deliveries[0].village", equalTo("Thôn Phân Trang"),
                        "deliveries[0].commune", equalTo(fleet.commune()));
    }

    @Test
    void get_thousandReceivers_aPageStaysSmall() {
        final ManyReceivers.Fleet big = fixture.broadcast(1_000, "Loa nhà văn hoá thôn", "Thôn Một Nghìn",
                bulletin, "staff");
        try {
            measure(big);
        } finally {
            fixture.remove(big);
        }
    }

    private static void measure(final ManyReceivers.Fleet big) {
        final String path = "/api/broadcasts/" + big.broadcast();
        final int first = as("admin").get(path).then().statusCode(200).body("total", equalTo(1_000),
                "counts.QUEUED", equalTo(1_000), "deliveries", hasSize(RowPage.DEFAULT_SIZE)).extract().asByteArray()
                .length;
        long all = 0;
        for (int page = 0; page < 2; page++) {
            all += as("admin").get(path + "?size=500&page=" + page).then().statusCode(200).extract().asByteArray()
                    .length;
        }
        final int html = vn.loa.support.UiSession.login("admin").get("/ui/broadcasts/" + big.broadcast()).then()
                .statusCode(200).extract().asByteArray().length;
        System.out.printf("broadcast to 1000 receivers: default API page %d bytes, all rows in two pages of 500 %d "
                + "bytes, the web page %d bytes%n", first, all, html);
        assertTrue(first < all / 5, "the default page is a tenth of the rows: " + first + " of " + all);
        assertTrue(html < 100_000, "the web page shows 50 rows: " + html + " bytes");
    }

    @Test
    void list_eachBroadcastHasItsCountsAndFirstPage() {
        final JsonPath list = as(Api.provinceUser("official")).get("/api/broadcasts?limit=500").then().statusCode(200)
                .extract().jsonPath();
        final String mine = "find { it.id == " + fleet.broadcast() + " }";
        assertEquals(RECEIVERS, list.getInt(mine + ".total"));
        assertEquals(RowPage.DEFAULT_SIZE, list.getList(mine + ".deliveries").size());
    }
}
