package vn.loa.receiver;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.TestMqtt;
import vn.loa.support.UiSession;

/** The fleet page: presence, health, flags, the last failure, the map, and escaping of what admins typed. */
@QuarkusTest
class FleetPagesTest {

    @jakarta.inject.Inject
    vn.loa.dispatch.MqttGateway gateway;

    private static boolean registered;

    @BeforeEach
    void registerOnce() {
        if (registered) {
            return;
        }
        registered = true;
        as("admin").body(Map.of("id", "rx-fleet-xss", "name", "<script>alert('fleet')</script>", "village",
                "Thôn \"Sảng\" & <i>", "commune", "Xã Sủng Trái", "latitude", 23.21, "longitude", 105.18))
                .post("/api/receivers").then().statusCode(201);
        as("admin").body(Map.of("id", "rx-fleet-nopos", "name", "Loa chưa định vị", "village", "Thôn Xa",
                "commune", "Xã Sủng Trái")).post("/api/receivers").then().statusCode(201);
    }

    @Test
    void page_everyRole_showsMapTableAndUnplaced() {
        for (String user : List.of("official", "admin", "staff", "approver")) {
            UiSession.login(vn.loa.support.Api.provinceUser(user)).get("/ui/fleet").then().statusCode(200)
                    .body(containsString("class=\"fleet-map\""), containsString("data-id=\"rx-fleet-xss\""),
                            containsString("id=\"unplaced\""), containsString("Loa chưa định vị"),
                            containsString("data-id=\"rx-fleet-nopos\""), containsString("Mất kết nối"),
                            containsString("<span class=\"flag\" data-flag=\"offline\">Mất kết nối</span>"));
        }
        RestAssured.given().redirects().follow(false).get("/ui/fleet").then().statusCode(302)
                .header("Location", endsWith("/ui/login"));
    }

    @Test
    void page_receiverNamesWithMarkup_areEscapedInTableAndMap() {
        UiSession.login(vn.loa.support.Api.provinceUser("official")).get("/ui/fleet").then().statusCode(200)
                .body(not(containsString("<script>alert")), not(containsString("<i>")),
                        containsString("&lt;script&gt;alert(&#39;fleet&#39;)&lt;/script&gt;"),
                        containsString("Thôn &quot;Sảng&quot; &amp; &lt;i&gt;"));
    }

    @Test
    void page_receiverWhoseDownloadFailed_showsItsReasonAndWhen() throws Exception {
        final String rx = "rx-fleet-fails";
        as("admin").body(Map.of("id", rx, "name", "Loa hỏng", "village", "Thôn Lỗi", "commune", "Lũng Cú"))
                .post("/api/receivers").then().statusCode(201);
        final String detail = "download-failed: GET http://127.0.0.1:9/api/audio/x.mp3: cannot connect "
                + "(Connection refused) after 3 attempts <b>";
        try (TestMqtt agent = TestMqtt.asReceiver(gateway.brokerAddress(), rx).subscribe("loa/v1/rx/" + rx + "/cmd")) {
            final long bulletin = vn.loa.support.Api.approvedBulletin("Fleet", "The meeting starts at eight.");
            as("staff").body(Map.of("bulletinId", bulletin, "playAt",
                    OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(2).toString(),
                    "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201);
            Awaitility.await().until(() -> !agent.received().isEmpty());
            final String commandId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(agent.received().get(0)).get("commandId").asText();
            agent.publish("loa/v1/rx/" + rx + "/ack", "{\"v\":1,\"commandId\":\"" + commandId + "\",\"receiverId\":\""
                    + rx + "\",\"state\":\"failed\",\"at\":\"2026-12-06T13:30:05+07:00\",\"detail\":\"" + detail + "\"}");
            Awaitility.await().untilAsserted(() -> UiSession.login(vn.loa.support.Api.provinceUser("official"))
                    .get("/ui/fleet").then().statusCode(200).body(containsString("Lỗi gần nhất"),
                            containsString("download-failed: GET http://127.0.0.1:9/api/audio/x.mp3: cannot connect "
                                    + "(Connection refused) after 3 attempts &lt;b&gt;"),
                            containsString("2026-12-06 13:30 +07:00")));
        }
        UiSession.login(vn.loa.support.Api.provinceUser("official")).get("/ui/fleet?lang=en").then().statusCode(200)
                .body(containsString("Last failure (Vietnam time)"));
    }

    @Test
    void page_english_speaksEnglish() {
        UiSession.login(vn.loa.support.Api.provinceUser("official")).get("/ui/fleet?lang=en").then().statusCode(200)
                .body(containsString("Receivers without a position"), containsString("Last seen (Vietnam time)"),
                        containsString("<title>Receiver map</title>"), containsString(">Online</text>"),
                        containsString(">Flagged</text>"), containsString(">Offline</text>"),
                        containsString("data-flag=\"offline\">Offline</span>"),
                        not(containsString("Trực tuyến")), not(containsString("Mất kết nối")),
                        not(containsString(">offline<")));
    }

    @Test
    void page_vietnamese_legendFlagsAndTimesInVietnamese() {
        UiSession.login(vn.loa.support.Api.provinceUser("official")).get("/ui/fleet?lang=vi").then().statusCode(200)
                .body(containsString("<title>Bản đồ loa</title>"), containsString(">Trực tuyến</text>"),
                        containsString(">Cần chú ý</text>"), containsString(">Mất kết nối</text>"),
                        containsString("data-flag=\"offline\">Mất kết nối</span>"),
                        not(containsString(">Online<")), not(containsString(">offline<")),
                        not(containsString("Receiver map")));
    }

    @Test
    void mapSvg_followsTheLanguage() {
        vn.loa.support.Api.as("official").queryParam("lang", "en").get("/api/fleet/map.svg").then().statusCode(200)
                .body(containsString("<title>Receiver map</title>"), containsString(">Flagged</text>"));
        vn.loa.support.Api.as("official").get("/api/fleet/map.svg").then().statusCode(200)
                .body(containsString("<title>Bản đồ loa</title>"), containsString(">Cần chú ý</text>"));
    }
}
