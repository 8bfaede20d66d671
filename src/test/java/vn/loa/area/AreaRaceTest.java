package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Registrations by commune and village names racing each other: the unique key on (parent, normalised name) and the
 * insert-then-read-the-winner in {@link AreaService#villageByNames} leave one commune and one village, whatever the
 * case or Unicode form each request spelled them in.
 */
@QuarkusTest
class AreaRaceTest {

    private static final int THREADS = 8;

    @Test
    void register_eightAtOnceIntoNewCommuneAndVillageByName_createsEachOnce() throws Exception {
        final String tag = Long.toString(System.nanoTime(), 36);
        final String commune = "Xã Đua " + tag;
        final String village = "Thôn Chạy " + tag;
        final CountDownLatch start = new CountDownLatch(1);
        final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        final List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                final String rx = "rx-race-" + tag + "-" + i;
                final String c = spelling(commune, i);
                final String v = spelling(village, i + 1);
                answers.add(pool.submit(() -> {
                    start.await();
                    return as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "commune", c, "village", v))
                            .post("/api/receivers").then().extract().statusCode();
                }));
            }
            start.countDown();
            for (final Future<Integer> answer : answers) {
                assertEquals(201, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        final List<Map<String, Object>> areas = as("admin").get("/api/areas").then().statusCode(200)
                .extract().jsonPath().getList("$");
        final List<Map<String, Object>> communes = areas.stream()
                .filter(a -> AreaKey.of((String) a.get("name")).equals(AreaKey.of(commune))).toList();
        assertEquals(1, communes.size(), communes.toString());
        final Number communeId = (Number) communes.get(0).get("id");
        final List<Map<String, Object>> villages = areas.stream()
                .filter(a -> communeId.equals(a.get("parentId"))).toList();
        assertEquals(1, villages.size(), villages.toString());
        final Number villageId = (Number) villages.get(0).get("id");
        for (int i = 0; i < THREADS; i++) {
            assertEquals(villageId.longValue(), as("admin").get("/api/receivers/rx-race-" + tag + "-" + i).then()
                    .statusCode(200).extract().jsonPath().getLong("areaId"));
        }
    }

    /** The same name as different requests may type it: as is, capitals, lower case, decomposed (NFD). */
    private static String spelling(final String name, final int i) {
        return switch (i % 4) {
            case 0 -> name;
            case 1 -> name.toUpperCase(Locale.ROOT);
            case 2 -> name.toLowerCase(Locale.ROOT);
            default -> Normalizer.normalize(name, Normalizer.Form.NFD);
        };
    }
}
