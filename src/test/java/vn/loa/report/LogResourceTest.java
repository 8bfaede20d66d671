package vn.loa.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

@QuarkusTest
class LogResourceTest {

    private static final OffsetDateTime PLAY_AT = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3).withNano(0);

    private static boolean scheduled;

    @BeforeEach
    void scheduleOnce() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        final long bulletin = Api.approvedBulletin("Harvest, with \"quotes\", and commas", "Maize harvest starts on Monday.");
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", PLAY_AT.toString(),
                "targets", Map.of("communes", List.of("Lũng Cú")))).post("/api/broadcasts").then().statusCode(201);
    }

    @Test
    void logs_filteredByVillageAndTime_json() {
        as("official").queryParam("from", PLAY_AT.minusMinutes(1).toString())
                .queryParam("to", PLAY_AT.plusMinutes(1).toString()).queryParam("village", "Thèn Ván")
                .get("/api/logs").then().statusCode(200)
                // other classes may have placed receivers of their own in Thèn Ván: the filter must keep to the village
                .body("village", everyItem(equalTo("Thèn Ván")), "receiverId", hasItem("rx-then-van-01"),
                        "bulletinTitle", hasItem("Harvest, with \"quotes\", and commas"),
                        "scheduledAt", hasItem(PLAY_AT.toInstant().toString()));
    }

    @Test
    void logs_csv_quotesTitleAndHasHeader() {
        as("official").queryParam("format", "csv").queryParam("receiver", "rx-ma-le-01")
                .queryParam("from", PLAY_AT.minusMinutes(1).toString()).get("/api/logs").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith(Csv.BOM + "Mã buổi phát,Mã bản tin,Bản tin,Mã loa,Loa,Xã,Thôn,"
                        + "\"Giờ phát dự kiến (giờ Việt Nam, UTC+07:00)\","),
                        containsString("\"Harvest, with \"\"quotes\"\", and commas\""), containsString("rx-ma-le-01"),
                        containsString(vn.loa.web.TimeFormat.exact(PLAY_AT.toInstant())),
                        containsString("+07:00"), not(containsString(PLAY_AT.toInstant().toString())));
    }

    @Test
    void logs_csvInEnglish_englishHeaderAndStateWords() {
        as("official").queryParam("format", "csv").queryParam("lang", "en").queryParam("receiver", "rx-ma-le-01")
                .queryParam("from", PLAY_AT.minusMinutes(1).toString()).get("/api/logs").then().statusCode(200)
                .body(startsWith(Csv.BOM + "Broadcast id,Bulletin id,Bulletin,Receiver id,Receiver,Commune,Village,"
                        + "\"Scheduled (Vietnam time, UTC+07:00)\","),
                        not(containsString(",queued,")), not(containsString(",QUEUED,")));
    }

    @Test
    void logs_badParameters_areProblem400() {
        as("official").queryParam("from", "last week").get("/api/logs").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-time"));
        as("official").queryParam("format", "xml").get("/api/logs").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-format"));
        as("official").queryParam("from", PLAY_AT.toString()).queryParam("to", PLAY_AT.minusDays(1).toString())
                .get("/api/logs").then().statusCode(400).body("type", equalTo("/problems/invalid-range"));
        as("official").queryParam("format", "xml").get("/api/logs").then().statusCode(400)
                .body("detail", containsString("xlsx"));
    }

    @Test
    void logs_withoutLogin_is401() {
        io.restassured.RestAssured.given().get("/api/logs").then().statusCode(401);
    }
}
