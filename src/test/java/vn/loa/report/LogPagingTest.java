package vn.loa.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.area.AreaService;
import vn.loa.broadcast.DeliveryState;
import vn.loa.support.Api;

/**
 * {@code /api/logs} in pages: a full page carries a {@code Link: rel="next"} whose cursor starts the next page right
 * after its last row, so walking the pages gives exactly the unpaged answer, in order, rows with the same time
 * included; a bad limit or cursor is problem JSON; and the caller's area holds on every page, at each level.
 */
@QuarkusTest
class LogPagingTest {

    private static final String COMMUNE = "Xã Phố Bảng";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static boolean seeded;

    @Inject
    LogFixture fixture;

    @Inject
    AreaService areas;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        fixture.receiver("rx-pho-bang-a", "Loa Phố Bảng A", "Phố Trồ", COMMUNE);
        fixture.receiver("rx-pho-bang-b", "Loa Phố Bảng B", "Phố Cáo", COMMUNE);
        fixture.receiver("rx-pho-bang-c", "Loa Phố Bảng C", "Phố Cáo", COMMUNE);
        final long bulletin = fixture.bulletin("Lịch tiêm phòng");
        final Instant start = Instant.parse("2026-08-01T23:00:00Z");
        for (int i = 0; i < 9; i++) {
            // three broadcasts at the same instant on one receiver, and several receivers at one instant: ties
            final Instant at = start.plusSeconds(3600L * (i / 3));
            fixture.broadcast(bulletin, at, "rx-pho-bang-a", DeliveryState.PLAYED);
            fixture.broadcast(bulletin, at, "rx-pho-bang-" + (i % 2 == 0 ? "b" : "c"), DeliveryState.FAILED);
        }
        final long village = areas.villageByNames(COMMUNE, "Phố Cáo").id;
        as("admin").body(Map.of("username", "pho-cao-official", "password", Api.DEMO_PASSWORD, "role", "official",
                "areaId", village)).post("/api/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        final long commune = areas.villageByNames(COMMUNE, "Phố Cáo").parentId;
        as("admin").body(Map.of("username", "pho-bang-official", "password", Api.DEMO_PASSWORD, "role", "official",
                "areaId", commune)).post("/api/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    @Test
    void walkingThePages_givesTheWholeAnswerOnce_inOrder() {
        final String user = Api.provinceUser("official");
        final List<String> whole = keys(as(user).queryParam("commune", COMMUNE).queryParam("limit", "10000")
                .get("/api/logs").then().statusCode(200).extract().response());
        assertEquals(18, whole.size());
        final List<String> walked = new ArrayList<>();
        int pages = 0;
        Response page = as(user).queryParam("commune", COMMUNE).queryParam("limit", "4").get("/api/logs");
        while (true) {
            page.then().statusCode(200);
            pages++;
            walked.addAll(keys(page));
            final String link = page.getHeader("Link");
            if (link == null) {
                break;
            }
            final Matcher m = NEXT.matcher(link);
            assertTrue(m.matches(), link);
            assertTrue(m.group(1).contains("commune=") && m.group(1).contains("limit=4"), link);
            page = as(user).urlEncodingEnabled(false).get(m.group(1));
        }
        assertEquals(whole, walked, "the pages, end to end, are the unpaged answer");
        assertEquals(whole.size(), new HashSet<>(walked).size(), "no row twice");
        // 18 rows by 4: four full pages, the fifth has 2 and no Link
        assertEquals(5, pages);
    }

    @Test
    void json_pagesByDefault_filesDoNot() {
        final Response r = as(Api.provinceUser("official")).queryParam("commune", COMMUNE).get("/api/logs");
        r.then().statusCode(200);
        assertNull(r.getHeader("Link"), "18 rows fit in one default page");
        assertEquals(18, keys(r).size());
    }

    @Test
    void badLimitOrCursor_problemJson() {
        for (String limit : List.of("0", "10001", "-3", "many", "1.5")) {
            as("admin").queryParam("limit", limit).get("/api/logs").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/invalid-limit"));
        }
        final String notOurs = java.util.Base64.getUrlEncoder().encodeToString("x|y|z".getBytes());
        for (String after : List.of("%%%", "bm90IGEgY3Vyc29y", notOurs,
                java.util.Base64.getUrlEncoder().encodeToString("2026-08-01T23:00:00Z|RX/../x|1".getBytes()))) {
            as("admin").queryParam("after", after).get("/api/logs").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/invalid-cursor"));
        }
    }

    @Test
    void areaScope_atEachLevel_onEveryPage() {
        // a village official sees its village's two receivers only (rx-pho-bang-b and -c stand in Phố Cáo)
        final List<String> village = keys(as("pho-cao-official").queryParam("limit", "10000").get("/api/logs")
                .then().statusCode(200).extract().response());
        assertEquals(9, village.size());
        assertTrue(village.stream().noneMatch(k -> k.contains("rx-pho-bang-a")), village.toString());
        // a commune official sees the commune's three; the demo staff, in another commune, none of them
        assertEquals(18, keys(as("pho-bang-official").queryParam("limit", "10000").get("/api/logs").then()
                .statusCode(200).extract().response()).size());
        assertTrue(keys(as("staff").queryParam("commune", COMMUNE).get("/api/logs").then().statusCode(200)
                .extract().response()).isEmpty());
        // and on a later page too
        final Response first = as("pho-cao-official").queryParam("limit", "5").get("/api/logs");
        final Matcher m = NEXT.matcher(first.getHeader("Link"));
        assertTrue(m.matches());
        final List<String> second = keys(as("pho-cao-official").urlEncodingEnabled(false).get(m.group(1)).then().statusCode(200).extract()
                .response());
        assertEquals(village.subList(5, 9), second);
    }

    private static List<String> keys(final Response r) {
        final List<Map<String, Object>> rows = r.jsonPath().getList("$");
        return rows.stream().map(row -> row.get("scheduledAt") + " " + row.get("receiverId") + " "
                + row.get("broadcastId")).toList();
    }
}
