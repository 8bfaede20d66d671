package vn.loa.programme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.area.AreaService;
import vn.loa.broadcast.DeliveryState;
import vn.loa.report.LogFixture;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * The week view {@code /ui/programme} (issue 10 item 6): a past occurrence shows its items with what the log says
 * they did (played on 1 of 2 receivers, one missed), on the receivers the user may see; a bad filter is a message in
 * the page; another commune's slots are not shown to a commune's staff.
 */
@QuarkusTest
class WeekPagesTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String COMMUNE = "Xã Tuần Lễ";
    private static long slot;
    private static long bulletin;
    private static long village;
    private static LocalDate yesterday;

    @Inject
    LogFixture fixture;

    @Inject
    AreaService areas;

    @BeforeEach
    void pastOccurrenceOnce() {
        if (slot != 0) {
            return;
        }
        fixture.receiver("rx-tuan-le-a", "Loa Tuần Lễ A", "Bản Tuần", COMMUNE);
        fixture.receiver("rx-tuan-le-b", "Loa Tuần Lễ B", "Bản Tuần", COMMUNE);
        village = areas.villageByNames(COMMUNE, "Bản Tuần").id;
        bulletin = fixture.bulletin("Lịch tiêm phòng trâu bò");
        yesterday = LocalDate.now(HCM).minusDays(1);
        final Instant at = yesterday.atTime(LocalTime.of(5, 30)).atZone(HCM).toInstant();
        // what the planner would have made yesterday: the slot, its item, the item's broadcast and its deliveries
        final long broadcast = fixture.broadcast(bulletin, at, "rx-tuan-le-a", DeliveryState.PLAYED);
        fixture.delivery(broadcast, "rx-tuan-le-b", at, DeliveryState.TIMED_OUT);
        slot = QuarkusTransaction.requiringNew().call(() -> {
            final Slot s = new Slot();
            s.areaId = village;
            s.name = "Bản tin sớm";
            s.firstStart = at;
            s.rrule = "FREQ=DAILY;COUNT=3";
            s.lengthSeconds = 600;
            s.pauseSeconds = 2;
            s.createdBy = "staff";
            s.createdAt = at.minusSeconds(86_400);
            s.persist();
            final SlotItem i = new SlotItem();
            i.slotId = s.id;
            i.occurrenceAt = at;
            i.index = 0;
            i.bulletinId = bulletin;
            i.broadcastId = broadcast;
            i.playAt = at;
            i.durationMs = 30_000;
            i.addedBy = "staff";
            i.addedAt = at.minusSeconds(3600);
            i.persist();
            return s.id;
        });
    }

    @Test
    void pastOccurrence_showsItsItemsAndWhatPlayed() {
        final UiSession official = UiSession.login(Api.provinceUser("official"));
        official.get("/ui/programme?area=" + village + "&week=" + yesterday.format(DAY)).then().statusCode(200)
                .body(containsString("data-slot=\"" + slot + "\""), containsString("Bản tin sớm"),
                        containsString("Lịch tiêm phòng trâu bò"), containsString("đã phát 1/2 loa"),
                        containsString("1 loa không phát"), containsString("href=\"/ui/broadcasts/"),
                        containsString(yesterday.format(DAY)));
        // and in English
        official.get("/ui/programme?lang=en&area=" + village + "&week=" + yesterday.format(DAY)).then()
                .statusCode(200)
                .body(containsString("played on 1 of 2 receivers"), containsString("Week from"));
    }

    @Test
    void otherCommunesStaff_doNotSeeIt_andTheirOwnAreaOnlyByLink() {
        UiSession.login("staff").get("/ui/programme?week=" + yesterday.format(DAY)).then().statusCode(200)
                .body(not(containsString("Bản tin sớm")));
        UiSession.login("staff").get("/ui/programme?area=" + village).then().statusCode(403);
    }

    @Test
    void badFilter_isAMessageInThePage() {
        final UiSession official = UiSession.login(Api.provinceUser("official"));
        for (String q : new String[] {"area=abc", "week=31/02/2026", "week=yesterday"}) {
            official.get("/ui/programme?" + q).then().statusCode(400).body(containsString("role=\"alert\""),
                    containsString("dd/mm/yyyy"));
        }
    }

    @Test
    void weekLinks_moveByAWeek() {
        final LocalDate monday = yesterday.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        UiSession.login(Api.provinceUser("official")).get("/ui/programme?week=" + yesterday.format(DAY)).then()
                .statusCode(200).body(containsString("week=" + monday.minusWeeks(1).format(DAY)),
                        containsString("week=" + monday.plusWeeks(1).format(DAY)));
    }
}
