package vn.loa.receiver;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** {@code POST /api/receivers/import}: all or nothing, line-numbered errors, the secrets answered once. */
@QuarkusTest
class ReceiverImportTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String HEADER = "id,name,village,commune,lat,lon\n";

    /** A commune of this test's own (so no other test's commune of the same name makes it ambiguous). */
    private String commune;
    private String prefix;

    @BeforeEach
    void commune() {
        final int n = COUNTER.incrementAndGet();
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        commune = "Xã Nhập " + n + "-" + System.nanoTime();
        as("admin").body(Map.of("parentId", province, "level", "commune", "name", commune)).post("/api/areas")
                .then().statusCode(201);
        prefix = "imp" + n + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
    }

    private ValidatableResponse post(final String csv) {
        return post(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse post(final byte[] csv) {
        return as("admin").contentType("text/csv").body(csv).post("/api/receivers/import").then();
    }

    private long receiverCount() {
        return as("admin").get("/api/receivers").then().statusCode(200).extract().jsonPath().getList("id").size();
    }

    private long areaCount() {
        return as("admin").get("/api/areas").then().statusCode(200).extract().asString().split("\"id\"").length;
    }

    /** Posts a bad file and checks it is refused with one error on {@code line} / {@code field}, nothing stored. */
    private void refused(final String csv, final int line, final String field, final String message) {
        final long receivers = receiverCount();
        final long areas = areaCount();
        final ValidatableResponse r = post(csv).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-import"), "errors[0].line", equalTo(line),
                        "errors[0].message", containsString(message));
        if (field == null) {
            r.body("errors[0].field", org.hamcrest.Matchers.nullValue());
        } else {
            r.body("errors[0].field", equalTo(field));
        }
        assertEquals(receivers, receiverCount(), "no receiver stored");
        assertEquals(areas, areaCount(), "no area stored");
    }

    @Test
    void import_goodFile_registersAllAndAnswersSecretsOnce() {
        final String csv = "\uFEFF" + HEADER
                + prefix + "-01,Loa chợ,Thôn Mới A," + commune + ",23.2637,105.3125\r\n"
                + prefix + "-02,\"Loa nhà văn hoá, thôn B\",Thôn Mới B," + commune + ",,\r\n"
                + "\n"
                + prefix + "-03,Loa 3,thôn mới a," + commune.toUpperCase(java.util.Locale.ROOT) + ",-1.5,+100\r\n";
        final io.restassured.response.Response answer = as("admin").contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/receivers/import");
        answer.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"loa-receiver-secrets-"))
                .header("Cache-Control", "no-store");
        final List<String> lines = answer.asString().lines().toList();
        assertEquals("id,username,secret", lines.get(0));
        assertEquals(4, lines.size());
        for (int i = 1; i <= 3; i++) {
            final String[] f = lines.get(i).split(",");
            assertEquals(prefix + "-0" + i, f[0]);
            assertEquals(f[0], f[1]);
            assertTrue(f[2].matches("[A-Za-z0-9_-]{43}"), f[2]);
        }
        as("admin").get("/api/receivers/" + prefix + "-02").then().statusCode(200)
                .body("name", equalTo("Loa nhà văn hoá, thôn B"), "village", equalTo("Thôn Mới B"),
                        "commune", equalTo(commune));
        // the same village in another case is the same village, and the commune is matched without case
        as("admin").get("/api/receivers/" + prefix + "-03").then().statusCode(200).body("village", equalTo("Thôn Mới A"));
        as("admin").get("/api/receivers/" + prefix + "-01").then().statusCode(200)
                .body("position.latitude", equalTo(23.2637f));
        as("admin").get("/api/audit?action=receiver.registered&size=500").then().statusCode(200)
                .body(containsString(prefix + "-01"));
    }

    @Test
    void import_missingField_isRefusedWithItsLine() {
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",,\n" + prefix + "-02,,Thôn X," + commune + ",,\n",
                3, "name", "missing");
    }

    @Test
    void import_missingId_isRefused() {
        refused(HEADER + ",Loa,Thôn X," + commune + ",,\n", 2, "id", "missing");
    }

    @Test
    void import_badId_isRefused() {
        refused(HEADER + "Rx/+/#,Loa,Thôn X," + commune + ",,\n", 2, "id", "a-z");
    }

    @Test
    void import_duplicateIdInFile_namesBothLines() {
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",,\n" + prefix + "-01,Loa 2,Thôn X," + commune
                + ",,\n", 3, "id", "also on line 2");
    }

    @Test
    void import_existingId_isRefused() {
        post(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",,\n").statusCode(200);
        refused(HEADER + prefix + "-02,Loa,Thôn Y," + commune + ",,\n" + prefix + "-01,Loa,Thôn Z," + commune + ",,\n",
                3, "id", "already registered");
        as("admin").get("/api/receivers/" + prefix + "-02").then().statusCode(404);
    }

    @Test
    void import_badCoordinates_areRefused() {
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",91,105\n", 2, "lat", "between -90 and 90");
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",23,181\n", 2, "lon", "between -180 and 180");
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",23;1,105\n", 2, "lat", "not a number");
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",23.1,\n", 2, "lon", "both");
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",NaN,105\n", 2, "lat", "not a number");
    }

    @Test
    void import_unknownCommune_isRefused_andCreatesNothing() {
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",,\n" + prefix + "-02,Loa,Thôn Y,Xã Không Có "
                + prefix + ",,\n", 3, "commune", "no commune named");
    }

    @Test
    void import_overLongField_isRefused() {
        refused(HEADER + prefix + "-01," + "L".repeat(121) + ",Thôn X," + commune + ",,\n", 2, "name",
                "at most 120");
    }

    @Test
    void import_wrongFieldCount_isRefused() {
        refused(HEADER + prefix + "-01,Loa,Thôn X," + commune + "\n", 2, null, "expected 6 fields");
    }

    @Test
    void import_wrongHeader_isRefused() {
        refused("id;name;village;commune;lat;lon\n" + prefix + "-01;Loa;Thôn X;" + commune + ";;\n", 1, null,
                "first line must be");
    }

    @Test
    void import_notCsv_isRefused() {
        refused(HEADER + prefix + "-01,\"Loa,Thôn X," + commune + ",,\n", 2, null, "not a CSV file");
        refused("\u0000\u0001PK binary", 1, null, "binary");
        final long before = receiverCount();
        post(new byte[] {'i', 'd', ',', (byte) 0xC3, 0x28, '\n'}).statusCode(400).body("errors[0].message",
                containsString("UTF-8"));
        assertEquals(before, receiverCount());
    }

    @Test
    void import_emptyOrHeaderOnly_isRefused() {
        refused("", 1, null, "empty");
        refused(HEADER, 2, null, "no receiver");
    }

    @Test
    void import_tooManyRows_isRefused() {
        final StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= ReceiverCsv.MAX_ROWS; i++) {
            csv.append(prefix).append("-").append(i).append(",Loa,Thôn X,").append(commune).append(",,\n");
        }
        refused(csv.toString(), ReceiverCsv.MAX_ROWS + 2, null, "at most 20000");
    }

    @Test
    void import_manyBadLines_listsEachOne() {
        post(HEADER + prefix + "-01,,Thôn X," + commune + ",,\n" + "x,Loa,Thôn X," + commune + ",,\n"
                + prefix + "-03,Loa,Thôn X," + commune + ",99,200\n").statusCode(400)
                .body("errorCount", equalTo(4), "errors.line", equalTo(List.of(2, 3, 4, 4)),
                        "errors.field", hasItem("id"));
    }

    @Test
    void import_notCsvContentType_is415() {
        as("admin").body(Map.of("id", "x")).post("/api/receivers/import").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void import_byNonAdmin_isForbidden_andAnonymous401() {
        for (String user : List.of("staff", "approver", "official")) {
            as(user).contentType("text/csv").body(HEADER + prefix + "-01,Loa,Thôn X," + commune + ",,\n")
                    .post("/api/receivers/import").then().statusCode(403);
        }
        io.restassured.RestAssured.given().contentType("text/csv").body(HEADER).post("/api/receivers/import").then()
                .statusCode(401);
        as("admin").get("/api/receivers/" + prefix + "-01").then().statusCode(404);
    }
}
