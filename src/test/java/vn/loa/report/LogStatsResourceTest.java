package vn.loa.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;

/** Coverage, plays per day, the new filters and the exports, on settled deliveries of three past days. */
@QuarkusTest
class LogStatsResourceTest {

    private static final String COMMUNE = "Xã Sà Phìn";
    private static boolean seeded;
    private static long harvest;
    private static long formula;

    @Inject
    LogFixture fixture;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        fixture.receiver("rx-sa-phin-a", "Loa thôn Sà Phìn A", "Sà Phìn A", COMMUNE);
        fixture.receiver("rx-sa-phin-b", "Loa thôn Chúng Pả", "Chúng Pả", COMMUNE);
        harvest = fixture.bulletin("Thu hoạch ngô");
        formula = fixture.bulletin("=HYPERLINK(\"http://x\")");
        // 1 October, 08:00 in Vietnam
        fixture.broadcast(harvest, at("2026-10-01T08:00:00+07:00"), "rx-sa-phin-a", DeliveryState.PLAYED);
        fixture.broadcast(harvest, at("2026-10-01T08:00:00+07:00"), "rx-sa-phin-b", DeliveryState.TIMED_OUT);
        // 00:30 on 2 October in Vietnam is still 1 October in UTC: it belongs to the 2nd
        fixture.broadcast(formula, at("2026-10-02T00:30:00+07:00"), "rx-sa-phin-a", DeliveryState.PLAYED);
        fixture.broadcast(formula, at("2026-10-02T00:30:00+07:00"), "rx-sa-phin-b", DeliveryState.CANCELED);
        fixture.broadcast(harvest, at("2026-10-03T17:00:00+07:00"), "rx-sa-phin-a", DeliveryState.FAILED);
        fixture.broadcast(harvest, at("2026-10-03T17:00:00+07:00"), "rx-sa-phin-b", DeliveryState.PLAYED);
    }

    private static java.time.Instant at(final String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    @Test
    void coverage_perVillageAndCommune_playedAmongSettled() {
        as(vn.loa.support.Api.provinceUser("official")).queryParam("from", "2026-10-01").queryParam("to", "2026-10-03").queryParam("commune", COMMUNE)
                .get("/api/logs/coverage").then().statusCode(200)
                .body("villages.village", contains("Chúng Pả", "Sà Phìn A"),
                        "villages[0].played", equalTo(1), "villages[0].missed", equalTo(1),
                        "villages[0].canceled", equalTo(1), "villages[0].planned", equalTo(3),
                        "villages[0].percent", equalTo(50.0f),
                        "villages[1].percent", equalTo(66.7f),
                        "communes", hasSize(1), "communes[0].commune", equalTo(COMMUNE),
                        "communes[0].village", nullValue(), "communes[0].percent", equalTo(60.0f));
    }

    @Test
    void coverage_rangeLeavesDaysOut() {
        as(vn.loa.support.Api.provinceUser("staff")).queryParam("from", "2026-10-02").queryParam("to", "2026-10-02").queryParam("commune", COMMUNE)
                .get("/api/logs/coverage").then().statusCode(200)
                .body("villages.village", contains("Chúng Pả", "Sà Phìn A"),
                        "villages[0].percent", nullValue(), "villages[1].percent", equalTo(100.0f));
    }

    @Test
    void daily_everyVietnamDayOfTheRange() {
        as(vn.loa.support.Api.provinceUser("approver")).queryParam("from", "2026-09-30").queryParam("to", "2026-10-03").queryParam("commune", COMMUNE)
                .get("/api/logs/daily").then().statusCode(200)
                .body("day", contains("2026-09-30", "2026-10-01", "2026-10-02", "2026-10-03"),
                        "played", contains(0, 1, 1, 1), "failed", contains(0, 1, 0, 1));
    }

    @Test
    void logs_byStatesAndBulletin() {
        as(vn.loa.support.Api.provinceUser("official")).queryParam("commune", COMMUNE).queryParam("state", "played").get("/api/logs").then()
                .statusCode(200).body("state", hasSize(3), "state", everyItem(equalTo("PLAYED")));
        as(vn.loa.support.Api.provinceUser("official")).queryParam("commune", COMMUNE).queryParam("state", "played,timed_out")
                .queryParam("state", "canceled").get("/api/logs").then().statusCode(200).body("state", hasSize(5));
        as(vn.loa.support.Api.provinceUser("official")).queryParam("bulletin", formula).get("/api/logs").then().statusCode(200)
                .body("bulletinId", everyItem(equalTo((int) formula)), "receiverId",
                        contains("rx-sa-phin-a", "rx-sa-phin-b"));
        as(vn.loa.support.Api.provinceUser("official")).queryParam("commune", COMMUNE).queryParam("from", "2026-10-03").queryParam("to", "2026-10-03")
                .get("/api/logs").then().statusCode(200).body("bulletinId", everyItem(equalTo((int) harvest)),
                        "bulletinId", hasSize(2));
    }

    @Test
    void logs_csv_bomDatedFilenameAndDefusedFormula() {
        final Response r = as(vn.loa.support.Api.provinceUser("official")).queryParam("format", "csv").queryParam("commune", COMMUNE)
                .get("/api/logs");
        r.then().statusCode(200).header("Content-Disposition",
                matchesPattern("attachment; filename=\"loa-log-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        final byte[] body = r.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        final String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Mã buổi phát,Mã bản tin,Bản tin,"), text);
        assertTrue(text.contains(",Đã phát,") || text.contains(",Lỗi,"), text);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), text);
        assertTrue(text.contains("Loa thôn Chúng Pả"), text);
    }

    @Test
    void logs_xlsx_readsBackWithVietnameseAndDates() throws IOException {
        final Response r = as(vn.loa.support.Api.provinceUser("official")).queryParam("format", "xlsx").queryParam("commune", COMMUNE)
                .queryParam("state", "played").get("/api/logs");
        r.then().statusCode(200).contentType(Xlsx.CONTENT_TYPE).header("Content-Disposition",
                matchesPattern("attachment; filename=\"loa-log-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""));
        final List<Row> rows = XlsxTest.read(r.asByteArray());
        assertEquals(4, rows.size());
        assertEquals("Bản tin", rows.get(0).getCell(2).asString());
        assertEquals("Giờ phát dự kiến (giờ Việt Nam, UTC+07:00)", rows.get(0).getCell(7).asString());
        assertEquals("Đã phát", rows.get(1).getCell(10).asString());
        // newest first: 3 October 17:00 in Vietnam
        assertEquals("Thu hoạch ngô", rows.get(1).getCell(2).asString());
        assertEquals("Loa thôn Chúng Pả", rows.get(1).getCell(4).asString());
        assertEquals(LocalDateTime.of(2026, 10, 3, 17, 0), rows.get(1).getCell(7).asDate());
    }

    @Test
    void badParameters_areProblem400() {
        as(vn.loa.support.Api.provinceUser("official")).queryParam("state", "lost").get("/api/logs").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-state"));
        as(vn.loa.support.Api.provinceUser("official")).queryParam("bulletin", "abc").get("/api/logs").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-bulletin"));
        as(vn.loa.support.Api.provinceUser("official")).queryParam("from", "yesterday").get("/api/logs/coverage").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-time"));
        as(vn.loa.support.Api.provinceUser("official")).queryParam("from", "2024-01-01").queryParam("to", "2026-01-01").get("/api/logs/daily").then()
                .statusCode(400).body("type", equalTo("/problems/range-too-long"));
        as(vn.loa.support.Api.provinceUser("official")).queryParam("from", "2026-10-03").queryParam("to", "2026-10-01").get("/api/logs/daily").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-range"));
    }

    @Test
    void roles_everyRoleReads_anonymousDoesNot() {
        for (String user : List.of("official", "admin", "staff", "approver")) {
            // without a range: the last 14 days, today (in Vietnam) included
            as(user).get("/api/logs/daily").then().statusCode(200).body("day", hasSize(LogStatsQuery.DEFAULT_DAYS),
                    "day[13]", equalTo(java.time.LocalDate.now(LogFilter.ZONE).toString()));
        }
        RestAssured.given().get("/api/logs/coverage").then().statusCode(401);
        RestAssured.given().get("/api/logs/daily").then().statusCode(401);
    }
}
