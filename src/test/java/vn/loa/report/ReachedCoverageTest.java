package vn.loa.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.area.AreaService;
import vn.loa.broadcast.DeliveryState;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * Coverage counts a village served by FM or wire as reached when its receiver played, and names that receiver
 * (issue 16 item 5); the commune's own totals do not count a delivery twice.
 */
@QuarkusTest
class ReachedCoverageTest {

    private static final String COMMUNE = "Xã Thượng Sơn";
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
        fixture.receiver("rx-thuong-son-fm", "Loa Thượng Sơn", "Bản Thượng", COMMUNE);
        fixture.receiver("rx-thuong-son-b", "Loa Nà Thác", "Nà Thác", COMMUNE);
        final long hidden = areas.villageByNames(COMMUNE, "Bản Khuổi Ít").id;
        final long other = areas.villageByNames("Xã Hồng Quang", "Nà Chang").id;
        as("admin").body(Map.of("villages", List.of(Map.of("areaId", hidden, "medium", "FM"),
                Map.of("areaId", other, "medium", "WIRE")))).put("/api/receivers/rx-thuong-son-fm/serves").then()
                .statusCode(200);
        final long bulletin = fixture.bulletin("Phòng chống lũ quét");
        fixture.broadcast(bulletin, at("2026-09-10T06:00:00+07:00"), "rx-thuong-son-fm", DeliveryState.PLAYED);
        fixture.broadcast(bulletin, at("2026-09-11T06:00:00+07:00"), "rx-thuong-son-fm", DeliveryState.FAILED);
        fixture.broadcast(bulletin, at("2026-09-12T06:00:00+07:00"), "rx-thuong-son-fm", DeliveryState.PLAYED);
        fixture.broadcast(bulletin, at("2026-09-12T06:00:00+07:00"), "rx-thuong-son-b", DeliveryState.PLAYED);
    }

    private static java.time.Instant at(final String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    @Test
    void servedVillages_reachedThroughTheirReceiver() {
        as(Api.provinceUser("official")).queryParam("from", "2026-09-10").queryParam("to", "2026-09-12")
                .queryParam("commune", COMMUNE).get("/api/logs/coverage").then().statusCode(200)
                // the villages with receivers, and the commune total, are as before: 4 deliveries, 3 played
                .body("villages.village", contains("Bản Thượng", "Nà Thác"),
                        "communes[0].planned", equalTo(4), "communes[0].played", equalTo(3),
                        "reached", hasSize(2),
                        // by commune, then village
                        "reached.village", contains("Nà Chang", "Bản Khuổi Ít"),
                        "reached.commune", contains("Xã Hồng Quang", COMMUNE),
                        "reached.receiverId", contains("rx-thuong-son-fm", "rx-thuong-son-fm"),
                        "reached.receiverVillage", contains("Bản Thượng", "Bản Thượng"),
                        "reached.medium", contains("WIRE", "FM"),
                        "reached[1].planned", equalTo(3), "reached[1].played", equalTo(2),
                        "reached[1].missed", equalTo(1), "reached[1].percent", equalTo(66.7f));
    }

    @Test
    void rangeWithoutThatReceiversPlays_reachesNothing() {
        as(Api.provinceUser("official")).queryParam("from", "2026-09-12").queryParam("to", "2026-09-12")
                .queryParam("receiver", "rx-thuong-son-b").get("/api/logs/coverage").then().statusCode(200)
                .body("villages", hasSize(1), "reached", empty());
    }

    @Test
    void logPage_showsTheReachedVillagesAndTheReceiver() {
        UiSession.login(Api.provinceUser("official"))
                .get("/ui/log?from=10/09/2026&to=12/09/2026&commune=" + COMMUNE).then().statusCode(200)
                .body(containsString("id=\"reached\""), containsString("Bản Khuổi Ít"),
                        containsString("data-receiver=\"rx-thuong-son-fm\""), containsString("đường dây"));
    }
}
