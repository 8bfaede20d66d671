package vn.loa.token;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/**
 * Requests per second for {@code GET /api/broadcasts/{id}} with HTTP basic (a bcrypt check per request) and with an
 * API token (one SHA-256 and one indexed query), in one run, same client, same threads. Not part of the normal run
 * (the name does not end in Test): {@code mvn -B -q test -Dtest=TokenBenchmark} (optional
 * {@code -Dbench.seconds=10 -Dbench.threads=4}). Logs one {@code BENCHMARK tokens} line per mechanism; no timed
 * assertion. The figures go in BENCHMARKS.md.
 */
@QuarkusTest
class TokenBenchmark {

    private static final Logger LOG = Logger.getLogger(TokenBenchmark.class);

    @TestHTTPResource("/")
    URL base;

    private record Result(long requests, long failures, double seconds, List<Long> micros) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMs(final double p) {
            final List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size())) / 1000.0;
        }
    }

    @Test
    void basicAgainstBearer_onOneBroadcast() throws Exception {
        final int seconds = Integer.getInteger("bench.seconds", 10);
        final int threads = Integer.getInteger("bench.threads", 4);
        final long bulletin = Api.approvedBulletin("Benchmark", "Meeting at the commune hall at eight.");
        final long id = as("staff").body(Map.of("bulletinId", bulletin, "playAt",
                OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        final String secret = as("official").body(Map.of("name", "bench-" + System.nanoTime(), "days", 1))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("secret");
        final URI uri = URI.create(base.toString().replaceAll("/$", "") + "/api/broadcasts/" + id);
        final String basic = "Basic " + Base64.getEncoder().encodeToString(("official:" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        final String bearer = "Bearer " + secret;
        final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        run(client, uri, basic, threads, 2); // warm-up of both paths
        run(client, uri, bearer, threads, 2);
        final Result b = run(client, uri, basic, threads, seconds);
        final Result t = run(client, uri, bearer, threads, seconds);
        for (Object[] row : new Object[][] {{"basic", b}, {"bearer", t}}) {
            final Result r = (Result) row[1];
            LOG.infof("BENCHMARK tokens %s: %d requests in %.1f s = %.1f req/s, median %.1f ms, p99 %.1f ms, "
                    + "%d failed (%d threads)", row[0], r.requests(), r.seconds(), r.perSecond(),
                    r.percentileMs(0.5), r.percentileMs(0.99), r.failures(), threads);
        }
        LOG.infof("BENCHMARK tokens: bearer / basic = %.1f x", t.perSecond() / b.perSecond());
        assertTrue(b.failures() == 0 && t.failures() == 0, "every request answered 200");
    }

    private static Result run(final HttpClient client, final URI uri, final String authorization, final int threads,
            final int seconds) throws Exception {
        final HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .header("Accept", "application/json").GET().build();
        final AtomicLong failures = new AtomicLong();
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        final ExecutorService pool = Executors.newFixedThreadPool(threads);
        final long start = System.nanoTime();
        final List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    final long t0 = System.nanoTime();
                    try {
                        final HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        failures.incrementAndGet();
                    }
                    micros.add((System.nanoTime() - t0) / 1000);
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        final double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(micros.size(), failures.get(), elapsed, micros);
    }
}
