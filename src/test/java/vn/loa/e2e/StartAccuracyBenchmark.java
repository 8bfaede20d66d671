package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.signing.ControllerKeys;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;

/**
 * Issue 12's start accuracy and agent memory, with real agents: N receiver agents, each its own JVM at
 * {@code -Xmx32m} as on a device, registered by one bulk import, all sent one broadcast; each plays it by its own
 * clock (the same machine's here, so the clock offset is zero) and reports when it started. Logs p50/p99/max of
 * {@code |actual start − playAt|}, the agents' RSS (p50, max, sum) and the controller JVM's RSS (the test JVM, which
 * holds the controller, the embedded broker and the test itself) before and during the broadcast.
 * Not part of the normal run (the name does not end in Test; without {@code bench.agents} it is skipped):
 * <pre>
 * mvn -B -o test -Dtest=StartAccuracyBenchmark -Dbench.agents=200
 * </pre>
 */
@QuarkusTest
class StartAccuracyBenchmark {

    private static final Logger LOG = Logger.getLogger(StartAccuracyBenchmark.class);
    private static final int AGENTS = Integer.getInteger("bench.agents", 0);
    /** Agents started at once: a JVM start takes most of a core for a second. */
    private static final int STARTING = Integer.getInteger("bench.starting", 4);

    @Inject
    MqttGateway gateway;

    @Inject
    ControllerKeys keys;

    @TestHTTPResource("/")
    URL controller;

    private final List<AgentProcess> agents = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopAgents() {
        agents.forEach(AgentProcess::close);
    }

    @Test
    void manyAgents_startAccuracyAndMemory() throws Exception {
        assumeTrue(AGENTS > 0, "benchmark: give -Dbench.agents=N");
        final String run = Long.toString(System.currentTimeMillis(), 36);
        final StringBuilder csv = new StringBuilder("id,name,village,commune,lat,lon\n");
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            final String rx = "acc-" + run + "-" + i;
            ids.add(rx);
            csv.append(rx).append(",Loa ").append(rx).append(",Lô Lô Chải,Lũng Cú,,\n");
        }
        final String secrets = as("admin").contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/receivers/import").then().statusCode(200).extract().asString();
        final Map<String, String> secretOf = new HashMap<>();
        for (String line : secrets.split("\r?\n")) {
            final String[] f = line.replace("\uFEFF", "").split(",");
            if (f.length == 3 && ids.contains(f[0])) {
                secretOf.put(f[0], f[2]);
            }
        }
        assertEquals(AGENTS, secretOf.size(), "a secret for every imported receiver");
        final long controllerIdleKb = AgentProcess.rssKb(ProcessHandle.current().pid());
        final String url = controller.toString().replaceAll("/$", "");
        final String key = keys.current().publicKey();
        final Path work = Path.of("target", "e2e-accuracy");
        final long t0 = System.nanoTime();
        final ExecutorService starter = Executors.newFixedThreadPool(STARTING);
        final List<Future<?>> started = new ArrayList<>();
        for (String rx : ids) {
            started.add(starter.submit(() -> agents.add(AgentProcess.start(rx, gateway.brokerAddress(), url, key,
                    secretOf.get(rx), work))));
        }
        for (Future<?> f : started) {
            f.get();
        }
        starter.shutdown();
        LOG.infof("BENCHMARK accuracy: %d agents started in %.1f s", AGENTS, (System.nanoTime() - t0) / 1e9);

        final long bulletin = Api.approvedBulletin("Accuracy", "The village meeting starts at eight tonight.");
        // time for every agent to get its command and download the audio before playAt
        final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7))
                .plusSeconds(20 + AGENTS / 10).truncatedTo(ChronoUnit.SECONDS);
        final long broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", ids))).post("/api/broadcasts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        final long[] controllerPeakKb = {0};
        final List<Long> agentKb = new ArrayList<>();
        Awaitility.await("every agent played").atMost(Duration.ofSeconds(120 + AGENTS)).pollInterval(
                Duration.ofSeconds(2)).untilAsserted(() -> {
                    controllerPeakKb[0] = Math.max(controllerPeakKb[0],
                            AgentProcess.rssKb(ProcessHandle.current().pid()));
                    as("official").get("/api/broadcasts/" + broadcast + "?size=1").then()
                            .body("counts.PLAYED", equalTo(AGENTS));
                });
        synchronized (agents) {
            agents.forEach(a -> agentKb.add(a.rssKb()));
        }
        final List<Long> errors = new ArrayList<>();
        for (int page = 0; page * 500 < AGENTS; page++) {
            final JsonPath view = as("official").get("/api/broadcasts/" + broadcast + "?size=500&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            for (String s : view.<String>getList("deliveries.startedAt")) {
                errors.add(Math.abs(Duration.between(playAt.toInstant(), Instant.parse(s)).toMillis()));
            }
        }
        assertEquals(AGENTS, errors.size());
        Collections.sort(errors);
        Collections.sort(agentKb);
        LOG.infof("BENCHMARK accuracy: %d agents, |start - playAt| p50 %d ms, p99 %d ms, max %d ms; agent RSS p50 "
                + "%d MB, max %d MB, sum %d MB; controller (test JVM) RSS %d MB idle, %d MB peak during; load "
                + "average %s", AGENTS, pct(errors, 0.50), pct(errors, 0.99), errors.get(errors.size() - 1),
                pct(agentKb, 0.50) / 1024, agentKb.get(agentKb.size() - 1) / 1024,
                agentKb.stream().mapToLong(Long::longValue).sum() / 1024, controllerIdleKb / 1024,
                controllerPeakKb[0] / 1024, java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static long pct(final List<Long> sorted, final double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }
}
