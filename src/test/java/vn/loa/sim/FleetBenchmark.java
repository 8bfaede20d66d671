package vn.loa.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.broadcast.DeliveryState;
import vn.loa.broadcast.DispatchConfig;
import vn.loa.broadcast.ImmediateBroadcasts;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.Api;

/**
 * Issue 11's goal, measured: from the approval (which synthesises speech and encodes the MP3) to the first receiver's
 * {@code playing} ack at the controller, and to every one of N simulated receivers holding its verified command;
 * for an emergency played at once ({@link ImmediateBroadcasts}: playAt = now + {@code loa.dispatch.immediate-lead})
 * and for a routine bulletin scheduled through {@code POST /api/broadcasts} with the same lead. Also times the bulk
 * import of the fleet and, optionally, of a bigger file. Not part of the normal run (the name does not end in Test):
 * {@code mvn -B -q test -Dtest=FleetBenchmark -Dbench.receivers=1000 -Dbench.import=10000 -Dbench.rounds=2
 * -Dbench.download=true} (rounds: emergency then routine, each round; download: each receiver fetches and checks the
 * MP3, as real ones do, competing with the controller for the same two cores). Logs
 * {@code BENCHMARK fleet} lines; the figures go in BENCHMARKS.md.
 */
@QuarkusTest
class FleetBenchmark {

    private static final Logger LOG = Logger.getLogger(FleetBenchmark.class);
    /** About 15 s of speech; each path gets its own text so that neither reuses the other's audio. */
    private static final String TEXT = "Attention please. This is the %s announcement of the commune. The water level "
            + "of the river is rising. Families near the river bank must move children and old people to higher "
            + "ground now. Listen for the next announcement.";

    @Inject
    MqttGateway gateway;

    @Inject
    ImmediateBroadcasts immediate;

    @Inject
    DispatchConfig dispatch;

    /** One path's figures, milliseconds from the approve call. */
    private record Result(String path, long approveMs, long firstCommandMs, long allCommandsMs, long firstPlayingMs,
            long playAtMs) {
    }

    @Test
    void emergencyAndRoutine_approvalToPlaying_atFleetScale() {
        final int n = Integer.getInteger("bench.receivers", 1000);
        final int importRows = Integer.getInteger("bench.import", 0);
        final int rounds = Integer.getInteger("bench.rounds", 1);
        final boolean download = Boolean.parseBoolean(System.getProperty("bench.download", "true"));
        final FleetSetup setup = FleetSetup.commune("bench-" + Long.toHexString(System.nanoTime() & 0xfffff), n);
        LOG.infof("BENCHMARK fleet import of %d receivers: %d ms", n, setup.importMs);
        final String[] broker = gateway.brokerAddress().split(":");
        final Fleet.Options options = Fleet.Options.of(broker[0], Integer.parseInt(broker[1]),
                download ? "http://localhost:" + io.restassured.RestAssured.port : null, FleetSetup.controllerKey());
        final long connectStart = System.nanoTime();
        try (Fleet fleet = Fleet.start(options, setup.credentials)) {
            LOG.infof("BENCHMARK fleet %d receivers connected in %d ms", n, (System.nanoTime() - connectStart) / 1_000_000);
            final String staff = FleetSetup.staff();
            FleetSetup.approver();
            final List<Result> results = new java.util.ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                final Result emergency = run(fleet, n, "emergency", "round " + round + " emergency",
                        bulletin -> immediate.schedule(staff, bulletin, new BroadcastRequest.Targets(null, null, null,
                                List.of(setup.communeId)), null).id);
                awaitAllPlayed(fleet, n * (2 * round - 1));
                final Result routine = run(fleet, n, "routine", "round " + round + " routine",
                        bulletin -> setup.schedule(bulletin, dispatch.immediateLead()));
                awaitAllPlayed(fleet, n * 2 * round);
                results.add(emergency);
                results.add(routine);
            }
            LOG.infof("BENCHMARK fleet, %d receivers, lead %d ms, downloads %s, fleet %s", n,
                    dispatch.immediateLead().toMillis(), download, fleet.stats());
            LOG.info("BENCHMARK fleet | path | approve | → first command | → all commands | → first playing "
                    + "(controller) | playAt |");
            for (Result r : results) {
                LOG.infof("BENCHMARK fleet | %s | %d ms | %d ms | %d ms | %d ms | %d ms |", r.path(),
                        r.approveMs(), r.firstCommandMs(), r.allCommandsMs(), r.firstPlayingMs(), r.playAtMs());
            }
        }
        if (importRows > 0) {
            final FleetSetup big = FleetSetup.commune("bulk-" + Long.toHexString(System.nanoTime() & 0xfffff),
                    importRows);
            assertEquals(importRows, big.credentials.size());
            LOG.infof("BENCHMARK fleet import of %d receivers: %d ms", importRows, big.importMs);
        }
    }

    private Result run(final Fleet fleet, final int n, final String priority, final String word,
            final java.util.function.LongUnaryOperator broadcastOf) {
        final long bulletin = FleetSetup.submitted("Bench " + priority, String.format(TEXT, word),
                "emergency".equals(priority) ? "emergency" : "routine");
        final Instant start = Instant.now();
        FleetSetup.approve(bulletin);
        final Instant approved = Instant.now();
        final long broadcast = broadcastOf.applyAsLong(bulletin);
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> fleet.stats().broadcast(broadcast).commands() == n);
        final Instant firstPlaying = Awaitility.await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200)).until(() -> firstPlaying(broadcast), java.util.Objects::nonNull);
        final FleetStats.Broadcast seen = fleet.stats().broadcast(broadcast);
        final Instant playAt = QuarkusTransaction.requiringNew().call(() -> vn.loa.broadcast.Broadcast
                .<vn.loa.broadcast.Broadcast>findById(broadcast).playAt);
        return new Result(priority, ms(start, approved), ms(start, seen.firstCommand()), ms(start, seen.lastCommand()),
                ms(start, firstPlaying), ms(start, playAt));
    }

    /** Waits until the fleet has played {@code played} commands in all, so the next path starts on a quiet controller. */
    private static void awaitAllPlayed(final Fleet fleet, final int played) {
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> fleet.stats().acks().getOrDefault("played", 0) >= played);
    }

    /** When the controller recorded the first {@code playing} ack of the broadcast (its own clock). */
    private static Instant firstPlaying(final long broadcastId) {
        return QuarkusTransaction.requiringNew().call(() -> vn.loa.broadcast.DeliveryEvent.getEntityManager()
                .createQuery("select min(e.serverAt) from DeliveryEvent e, Delivery d where e.deliveryId = d.id "
                        + "and d.broadcastId = :b and e.state = :s", Instant.class)
                .setParameter("b", broadcastId).setParameter("s", DeliveryState.PLAYING).getSingleResult());
    }

    private static long ms(final Instant from, final Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
