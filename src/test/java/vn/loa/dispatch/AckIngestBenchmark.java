package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.Delivery;
import vn.loa.sim.FleetSetup;

/**
 * How fast the controller stores receivers' acks, the broker left out: N deliveries, each acked {@code received},
 * {@code downloaded}, {@code playing}, {@code played} (4 N acks in the order a fleet sends them: every receiver's
 * {@code received}, then every {@code downloaded}...), handed to {@link ReceiverMessageHandler#handleBatch} in
 * batches of B, side by side for each B in one run (B = 1 is one transaction per ack, as before batching). Opt-in:
 * {@code mvn -B -q test -Dtest=AckIngestBenchmark -Dbench.receivers=2000 -Dbench.batches=1,50,250}; add
 * {@code -Dquarkus.test.profile=test,pg -Dloa.test.pg-url=jdbc:postgresql://127.0.0.1:5432/test} for PostgreSQL.
 * Logs {@code BENCHMARK ack-ingest} lines.
 */
@QuarkusTest
class AckIngestBenchmark {

    private static final Logger LOG = Logger.getLogger(AckIngestBenchmark.class);
    private static final String[] STATES = {"received", "downloaded", "playing", "played"};

    @Inject
    ReceiverMessageHandler handler;

    @Test
    void acks_inBatchesOfEachSize_acksPerSecond() {
        final int n = Integer.getInteger("bench.receivers", 2000);
        final List<Integer> batches = java.util.Arrays.stream(System.getProperty("bench.batches", "1,50,250")
                .split(",")).map(String::trim).map(Integer::valueOf).toList();
        final FleetSetup fleet = FleetSetup.commune("ack-" + Long.toHexString(System.nanoTime() & 0xfffff), n);
        final long bulletin = FleetSetup.submitted("Ack ingest", "The water level of the river is rising.", "routine");
        FleetSetup.approve(bulletin);
        final List<String> results = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the first round warms the JVM up; the second is reported
            results.clear();
            for (int i = 0; i < batches.size(); i++) {
                final int b = batches.get(i);
                final long broadcast = fleet.schedule(bulletin, Duration.ofHours(2).plusMinutes(round * 10L + i));
                Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                        .until(() -> FleetSetup.count(broadcast, "SENT") == n);
                final List<Inbound> acks = acks(broadcast);
                final long start = System.nanoTime();
                for (int from = 0; from < acks.size(); from += b) {
                    handler.handleBatch(acks.subList(from, Math.min(acks.size(), from + b)));
                }
                final long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
                assertEquals(n, FleetSetup.count(broadcast, "PLAYED"));
                results.add(String.format("| %d | %d | %d ms | %d acks/s |", b, acks.size(), ms,
                        acks.size() * 1000L / ms));
            }
        }
        LOG.infof("BENCHMARK ack-ingest, %d receivers, database %s", n, QuarkusTransaction.requiringNew()
                .call(() -> Delivery.getEntityManager().unwrap(org.hibernate.Session.class)
                        .doReturningWork(c -> c.getMetaData().getDatabaseProductName())));
        LOG.info("BENCHMARK ack-ingest | batch | acks | time | acks per second |");
        results.forEach(r -> LOG.info("BENCHMARK ack-ingest " + r));
    }

    /** Every delivery's four acks, state by state, each with its receiver's topic. */
    private static List<Inbound> acks(final long broadcast) {
        final List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Delivery.getEntityManager()
                .createQuery("select d.commandId, d.receiverId from Delivery d where d.broadcastId = :b order by d.id",
                        Object[].class).setParameter("b", broadcast).getResultList());
        final Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        final List<Inbound> acks = new ArrayList<>(rows.size() * STATES.length);
        for (int s = 0; s < STATES.length; s++) {
            for (Object[] r : rows) {
                acks.add(new Inbound("loa/v1/rx/" + r[1] + "/ack", ("{\"v\":1,\"commandId\":\"" + r[0]
                        + "\",\"receiverId\":\"" + r[1] + "\",\"state\":\"" + STATES[s] + "\",\"at\":\""
                        + at.plusMillis(s * 1000L) + "\",\"detail\":null}").getBytes(StandardCharsets.UTF_8), false));
            }
        }
        return acks;
    }
}
