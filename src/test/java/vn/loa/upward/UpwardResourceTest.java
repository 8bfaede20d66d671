package vn.loa.upward;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;
import vn.loa.report.Csv;
import vn.loa.support.Api;

/**
 * {@code GET /api/upward-report}: one commune of its own with two villages, three settled deliveries on 20/11/2026
 * (Vietnam) and one outside the period, and a presence history that makes one receiver online 18 hours of 24.
 */
@QuarkusTest
class UpwardResourceTest {

    private static final String DAY = "20/11/2026";
    private static final Instant SEVEN = OffsetDateTime.parse("2026-11-20T07:00:00+07:00").toInstant();

    private static UpwardFixture.Commune commune;
    private static String official;
    private static String rxA;
    private static String rxB;

    @Inject
    UpwardFixture fixture;

    @BeforeEach
    void once() {
        if (commune != null) {
            return;
        }
        commune = fixture.commune("Báo Cáo");
        official = fixture.official(commune);
        rxA = "rx-up-a-" + commune.id();
        rxB = "rx-up-b-" + commune.id();
        fixture.receiver(rxA, "Thôn Trên", commune);
        fixture.receiver(rxB, "Thôn Dưới", commune);
        final long meeting = fixture.bulletin("Họp thôn, \"khẩn\"");
        final long formula = fixture.bulletin("=HYPERLINK(\"x\")");
        fixture.broadcast(meeting, SEVEN, rxA, DeliveryState.PLAYED);
        fixture.broadcast(formula, SEVEN.plusSeconds(3600), rxA, DeliveryState.FAILED);
        fixture.broadcast(meeting, SEVEN.plusSeconds(7200), rxB, DeliveryState.PLAYED);
        fixture.broadcast(meeting, SEVEN.plusSeconds(2 * 86_400), rxB, DeliveryState.PLAYED);
        // rxA: offline 06:00-12:00 (Vietnam) on the day, online before (inferred) and after
        fixture.presence(rxA, false, SEVEN.minusSeconds(3600));
        fixture.presence(rxA, true, SEVEN.plusSeconds(5 * 3600));
        fixture.online(rxA, true);
        // rxA also feeds an FM transmitter heard in Thôn Xa, which has no receiver (issue 16 item 5)
        final long far = as("admin").body(java.util.Map.of("parentId", commune.id(), "level", "village", "name",
                "Thôn Xa")).post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").body(java.util.Map.of("villages", List.of(java.util.Map.of("areaId", far, "medium", "FM"))))
                .put("/api/receivers/" + rxA + "/serves").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification day(final String user) {
        return as(user).queryParam("area", commune.id()).queryParam("from", DAY).queryParam("to", DAY);
    }

    @Test
    void report_json_validatesAgainstTheSchema() {
        final String body = day(official).get("/api/upward-report").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.REPORT, body));
        // the validator does refuse what the schema forbids
        assertFalse(SchemaCheck.errors(SchemaCheck.REPORT, body.replace("\"coverage\":", "\"coverage2\":")).isEmpty());
        assertFalse(SchemaCheck.errors(SchemaCheck.REPORT, body.replaceFirst("\"from\":\"[^\"]*\"",
                "\"from\":\"yesterday\"")).isEmpty());
    }

    @Test
    void report_json_holdsWhatTheProvinceNeeds() {
        day(official).get("/api/upward-report").then().statusCode(200)
                .body("version", equalTo(1), "area.id", equalTo((int) commune.id()), "area.level", equalTo("commune"),
                        "from", equalTo("2026-11-19T17:00:00Z"), "to", equalTo("2026-11-20T17:00:00Z"))
                .body("bulletins.title", containsInAnyOrder("Họp thôn, \"khẩn\"", "=HYPERLINK(\"x\")"),
                        "bulletins.kind", contains("text", "text"), "bulletins.author", contains("staff", "staff"),
                        "bulletins.approver", contains("approver", "approver"),
                        "bulletins.language", contains("vi", "vi"))
                .body("broadcasts", hasSize(3), "broadcasts[0].plannedAt", equalTo(SEVEN.toString()),
                        "broadcasts[0].receivers", equalTo(1), "broadcasts[0].villages", contains("Thôn Trên"))
                .body("results.state", contains("PLAYED", "FAILED", "PLAYED"),
                        "results.receiverId", contains(rxA, rxA, rxB),
                        "results[0].startedAt", equalTo(SEVEN.toString()), "results[0].reportedLate", equalTo(false))
                .body("receivers.id", contains(rxA, rxB),
                        "receivers[0].uptime.observedSeconds", equalTo(86_400),
                        "receivers[0].uptime.onlineSeconds", equalTo(18 * 3600),
                        "receivers[0].uptime.percent", equalTo(75.0f),
                        "receivers[1].uptime.percent", equalTo(0.0f), "receivers[1].online", equalTo(false))
                .body("coverage.village", contains("Thôn Dưới", "Thôn Trên"),
                        "coverage.percent", contains(100.0f, 50.0f), "coverage.played", contains(1, 1))
                .body("reached.village", contains("Thôn Xa"), "reached[0].receiverId", equalTo(rxA),
                        "reached[0].receiverVillage", equalTo("Thôn Trên"), "reached[0].medium", equalTo("FM"),
                        "reached[0].planned", equalTo(2), "reached[0].played", equalTo(1),
                        "reached[0].percent", equalTo(50.0f));
    }

    @Test
    void report_officialWithoutArea_isTheirOwnCommune() {
        as(official).queryParam("from", DAY).queryParam("to", DAY).get("/api/upward-report").then().statusCode(200)
                .body("area.id", equalTo((int) commune.id()), "results", hasSize(3));
    }

    @Test
    void report_csv_resultsByDefault_formulasDefused() {
        final String csv = day(official).queryParam("format", "csv").get("/api/upward-report").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".results.csv"))
                .extract().asString();
        final List<String> lines = csv.lines().toList();
        assertEquals(Csv.BOM + "broadcastId,bulletinId,receiverId,commune,village,plannedAt,state,startedAt,"
                + "finishedAt,reportedAt,reportedLate,detail", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).contains("," + rxA + ",") && lines.get(1).contains(",PLAYED,")
                && lines.get(1).contains("2026-11-20 07:00:00 +07:00"), lines.get(1));
        final String bulletins = day(official).queryParam("format", "csv").queryParam("table", "bulletins")
                .get("/api/upward-report").then().statusCode(200).extract().asString();
        assertTrue(bulletins.contains("\"Họp thôn, \"\"khẩn\"\"\""), bulletins);
        assertTrue(bulletins.contains("\"'=HYPERLINK(\"\"x\"\")\""), bulletins);
    }

    @Test
    void report_xlsx_hasASheetPerPart() throws IOException {
        final byte[] xlsx = day("admin").queryParam("format", "xlsx").get("/api/upward-report").then()
                .statusCode(200).contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            final List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(UpwardFiles.PARTS, sheets.stream().map(Sheet::getName).toList());
            final List<Row> reached = sheets.get(5).read();
            assertEquals("Thôn Xa", reached.get(1).getCell(1).getText());
            assertEquals("FM", reached.get(1).getCell(5).getText());
            final List<Row> coverage = sheets.get(4).read();
            assertEquals("percent", coverage.get(0).getCell(7).getText());
            assertEquals("Thôn Trên", coverage.get(2).getCell(1).getText());
            assertEquals(50.0, coverage.get(2).getCell(7).asNumber().doubleValue());
            final List<Row> receivers = sheets.get(3).read();
            assertEquals(rxA, receivers.get(1).getCell(0).getText());
            assertEquals(75.0, receivers.get(1).getCell(13).asNumber().doubleValue());
            final List<Row> results = sheets.get(2).read();
            assertEquals(4, results.size());
            assertEquals(SEVEN, results.get(1).getCell(5).asDate().atZone(vn.loa.report.LogFilter.ZONE).toInstant());
        }
    }

    @Test
    void report_badInput_isProblemJson() {
        problem(as(official).queryParam("from", "32/11/2026").queryParam("to", DAY), 400, "invalid-time");
        problem(as(official).queryParam("from", "2026-11-21").queryParam("to", "2026-11-20T00:00:00+07:00"), 400,
                "invalid-range");
        problem(as(official).queryParam("from", "01/10/2026").queryParam("to", "01/11/2026"), 400, "period-too-long");
        problem(as(official).queryParam("from", DAY), 400, "period-required");
        problem(day(official).queryParam("format", "pdf"), 400, "invalid-format");
        problem(day(official).queryParam("format", "csv").queryParam("table", "users"), 400, "invalid-table");
        problem(as(official).queryParam("area", "Lũng Cú"), 400, "invalid-area");
        problem(as("admin").queryParam("area", 987_654_321), 404, "not-found");
        problem(as("admin"), 400, "area-required");
    }

    @Test
    void report_outsideTheCallersArea_isNotFound() {
        // the demo official stands in Lũng Cú: this commune is not theirs, and its existence is not revealed
        problem(day("official"), 404, "not-found");
        final String other = fixture.official(fixture.commune("Khác"));
        problem(day(other), 404, "not-found");
    }

    @Test
    void report_wrongRoleOrNoLogin_isRefused() {
        day("staff").get("/api/upward-report").then().statusCode(403);
        day("approver").get("/api/upward-report").then().statusCode(403);
        given().queryParam("area", commune.id()).get("/api/upward-report").then().statusCode(401);
    }

    @Test
    void report_provinceOfficial_seesTheCommuneAmongOthers() {
        final String province = Api.provinceUser("official");
        final List<String> villages = day(province).get("/api/upward-report").then().statusCode(200).extract()
                .jsonPath().getList("coverage.village");
        assertEquals(List.of("Thôn Dưới", "Thôn Trên"), villages.stream().sorted().collect(Collectors.toList()));
        day(province).get("/api/upward-report").then().body(not(containsString("secret")));
    }

    private static void problem(final io.restassured.specification.RequestSpecification spec, final int status,
            final String type) {
        spec.get("/api/upward-report").then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type));
    }
}
