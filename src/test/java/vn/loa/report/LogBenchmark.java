package vn.loa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.loa.area.AreaGuard;
import vn.loa.support.Api;

/**
 * Issue 12's goal, measured: {@code GET /api/logs} for one commune and a date range, by an official of the province
 * (whose area holds all 2,101 areas) with an API token, one request at a time, 5 unmeasured then 50 measured of
 * each kind, each for a random commune and window (fixed seeds). On the data {@link LogBenchData} generated, in one
 * run:
 * <ol>
 * <li>the SQL itself over JDBC, for the 30-day requests' filters: the caller's area as a list of every id below the
 * province (before) and as "below the province" (now, {@code LogQuery}); both must return the same rows, in order;
 * their plans (EXPLAIN ANALYZE) go to {@code target/log-benchmark-plans.txt};</li>
 * <li>over HTTP: 30 days as one whole answer ({@code limit=10000}, what the API answered before it paged), the same
 * 30 days' first page (the default), and 7 days as CSV (a file: not paged).</li>
 * </ol>
 * Logs p50/p95/max and the load average.
 * Not part of the normal run (the name does not end in Test, and without {@code bench.deliveries} it is skipped):
 * <pre>
 * mvn -B -o test -Dtest=LogBenchmark -Dbench.deliveries=10000000 -Dquarkus.test.profile=test,pg \
 *     -Dloa.test.pg-url=jdbc:postgresql://127.0.0.1:5432/test
 * mvn -B -o test -Dtest=LogBenchmark -Dbench.deliveries=1000000
 * </pre>
 */
@QuarkusTest
@WithTestResource(LogBenchData.class)
class LogBenchmark {

    private static final Logger LOG = Logger.getLogger(LogBenchmark.class);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 50);
    private static final int WARMUP = 5;

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Inject
    AreaGuard guard;

    /** One request: what it asks and, once made, what it got. */
    private record Request(String kind, String query) {
    }

    private record Timing(List<Double> ms, List<String> digests, long rows, long bytes) {
        double p(final double q) {
            final List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
        }
    }

    @Test
    void communeAndRange_jsonAndCsv_p50p95() throws Exception {
        assumeTrue(LogBenchData.enabled(), "benchmark: give -Dbench.deliveries=N");
        final long province = single("SELECT id FROM area WHERE parent_id IS NULL AND name = 'Tỉnh Bench'");
        Api.as("admin").body(Map.of("username", "bench-official", "password", Api.DEMO_PASSWORD, "role",
                "official", "areaId", province)).post("/api/users").then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        final String token = Api.as("bench-official").body(Map.of("name", "bench-" + System.nanoTime(), "days", 1))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("secret");
        final int scope = guard.scope("bench-official").areaIds().size();
        final List<Request> whole = requests("json", 30, WARMUP + REQUESTS, 12, "&limit=10000");
        final List<Request> paged = requests("json", 30, WARMUP + REQUESTS, 12, "");
        final List<Request> csv = requests("csv", 7, WARMUP + REQUESTS, 13, "&format=csv");
        final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        LOG.infof("BENCHMARK log: %d deliveries, %s, %d days from %s, official's scope %d areas, %d requests each",
                single("SELECT COUNT(*) FROM delivery"), LogBenchData.postgres() ? "PostgreSQL" : "H2",
                LogBenchData.days(), LogBenchData.firstDay(), scope, REQUESTS);
        execute("ANALYZE");
        final String ids = "r.area_id in (" + guard.scope("bench-official").areaIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
        final String root = "r.area_id in (select sv.id from area sv, area sc where sv.parent_id = sc.id"
                + " and sc.parent_id = " + province + ")";
        explain("scope as every id (before)", sql(ids, whole.get(WARMUP)));
        explain("scope below the province (now)", sql(root, whole.get(WARMUP)));
        final List<String> before = timeSql("SQL, scope as every id (before)", ids, whole);
        final List<String> now = timeSql("SQL, scope below the province (now)", root, whole);
        assertEquals(before, now, "both scopes find the same rows, in the same order");
        final Timing wholeMonth = measure("whole answer (limit=10000, as before)", client, token, whole);
        final Timing firstPage = measure("first page (default limit " + LogResource.PAGE + ")", client, token, paged);
        final Timing week = measure("CSV", client, token, csv);
        assertTrue(wholeMonth.rows() > firstPage.rows() && firstPage.rows() > 0 && week.rows() > 0,
                "the requests found rows, and the first page is part of the whole");
    }

    /** {@code n} requests of {@code days} days each for a random commune and window, always the same ones. */
    private static List<Request> requests(final String kind, final int days, final int n, final long seed,
            final String extra) {
        final Random random = new Random(seed);
        final int span = Math.max(1, LogBenchData.days() - days);
        final List<Request> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final LocalDate from = LogBenchData.firstDay().plusDays(random.nextInt(span));
            final String commune = String.format("Xã Bench %03d", random.nextInt(100));
            out.add(new Request(kind, "commune=" + URLEncoder.encode(commune, StandardCharsets.UTF_8) + "&from=" + from
                    + "&to=" + from.plusDays(days - 1) + extra));
        }
        return out;
    }

    private Timing measure(final String phase, final HttpClient client, final String token,
            final List<Request> requests) throws Exception {
        final double[] loadBefore = load();
        final List<Double> ms = new ArrayList<>();
        final List<String> digests = new ArrayList<>();
        long rows = 0;
        long bytes = 0;
        for (int i = 0; i < requests.size(); i++) {
            final HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                    + "/api/logs?" + requests.get(i).query())).header("Authorization", "Bearer " + token).GET().build();
            final long t = System.nanoTime();
            final HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            final double elapsed = (System.nanoTime() - t) / 1e6;
            assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
            if (i < WARMUP) {
                continue;
            }
            ms.add(elapsed);
            digests.add(sha256(r.body()));
            bytes += r.body().length;
            rows += "csv".equals(requests.get(i).kind()) ? lines(r.body()) - 1
                    : new String(r.body(), StandardCharsets.UTF_8).split("\"broadcastId\"", -1).length - 1;
        }
        final Timing t = new Timing(ms, digests, rows, bytes);
        final double[] loadAfter = load();
        LOG.infof("BENCHMARK log %s %s: n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms; %.0f rows and %.0f kB an answer "
                + "on average; load average %.2f before, %.2f after", phase, requests.get(0).kind(), ms.size(),
                t.p(0.50), t.p(0.95), Collections.max(ms), (double) rows / ms.size(), bytes / 1024.0 / ms.size(),
                loadBefore[0], loadAfter[0]);
        return t;
    }

    /** The SQL the log runs for {@code request} (the JPQL of {@link LogQuery#find}, written out), scoped by {@code scope}. */
    private String sql(final String scope, final Request request) {
        final Map<String, String> q = java.util.Arrays.stream(request.query().split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0],
                        p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return """
                select b.id, u.id, u.title, r.id, r.name, r.commune, r.village, b.play_at, d.started_at,
                    d.finished_at, d.state, d.detail, d.reported_at, d.reported_late,
                    (select c.bulletin_id from emergency c where c.correction_of = b.id),
                    (select e.correction_of from emergency e where e.broadcast_id = b.id)
                from delivery d, broadcast b, bulletin u, receiver r
                where d.broadcast_id = b.id and b.bulletin_id = u.id and d.receiver_id = r.id
                  and d.play_at >= TIMESTAMP WITH TIME ZONE '%2$s' and d.play_at < TIMESTAMP WITH TIME ZONE '%3$s'
                  and r.commune = '%4$s' and %1$s
                order by d.play_at desc, r.id, b.id
                offset 0 rows fetch first %5$d rows only""".formatted(scope,
                LogFilter.start("from", q.get("from")), LogFilter.end("to", q.get("to")), q.get("commune"),
                LogQuery.MAX_ROWS);
    }

    /**
     * Runs the log's SQL for each request over JDBC, reading every column as text; logs p50/p95 of the measured ones;
     * returns a digest of each measured answer (its rows in order, every column).
     */
    private List<String> timeSql(final String phase, final String scope, final List<Request> requests)
            throws SQLException {
        final List<Double> ms = new ArrayList<>();
        final List<String> digests = new ArrayList<>();
        long rows = 0;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < requests.size(); i++) {
                final long t = System.nanoTime();
                final StringBuilder answer = new StringBuilder();
                long n = 0;
                try (ResultSet r = s.executeQuery(sql(scope, requests.get(i)))) {
                    final int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int col = 1; col <= columns; col++) {
                            answer.append(r.getString(col)).append('|');
                        }
                        answer.append('\n');
                        n++;
                    }
                }
                if (i >= WARMUP) {
                    ms.add((System.nanoTime() - t) / 1e6);
                    digests.add(sha256(answer.toString().getBytes(StandardCharsets.UTF_8)));
                    rows += n;
                }
            }
        }
        final Timing t = new Timing(ms, digests, rows, 0);
        LOG.infof("BENCHMARK log %s over JDBC: n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms; %.0f rows on average; "
                + "load average %.2f", phase, ms.size(), t.p(0.50), t.p(0.95), Collections.max(ms),
                (double) t.rows() / ms.size(), load()[0]);
        return digests;
    }

    /** Logs the plan of {@code sql} and appends it to {@code target/log-benchmark-plans.txt}. */
    private void explain(final String phase, final String sql) throws SQLException, IOException {
        final StringBuilder plan = new StringBuilder();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery((LogBenchData.postgres() ? "EXPLAIN (ANALYZE, BUFFERS) "
                        : "EXPLAIN ANALYZE ") + sql)) {
            while (r.next()) {
                plan.append('\n').append(r.getString(1));
            }
        }
        // character classes, not repeated groups: a group repeated 2,101 times overflows the regex engine's stack
        final String text = plan.toString().replaceAll("\\([0-9, ]{100,}+\\)", "(…the official's areas…)")
                .replaceAll("\\{[0-9,]{100,}+\\}", "{…the official's areas…}");
        LOG.infof("BENCHMARK log plan, %s:%s", phase, text);
        Files.writeString(Path.of("target", "log-benchmark-plans.txt"), "== " + phase + text + "\n\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private void execute(final String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long single(final String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double[] load() {
        try {
            final String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private static long lines(final byte[] body) {
        long n = 0;
        for (byte b : body) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String sha256(final byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
