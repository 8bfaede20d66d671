package vn.loa.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;

/** The simulator against the real controller and embedded broker: a small fleet plays a broadcast through. */
@QuarkusTest
class FleetTest {

    private static final int N = 20;

    @Inject
    MqttGateway gateway;

    private Fleet.Options options(final String publicKey) {
        final String[] broker = gateway.brokerAddress().split(":");
        return Fleet.Options.of(broker[0], Integer.parseInt(broker[1]),
                "http://localhost:" + io.restassured.RestAssured.port, publicKey).withDelays(20, 20, 50);
    }

    @Test
    void fleet_broadcast_everyReceiverPlaysItAndTheControllerSeesPlayed() {
        final FleetSetup setup = FleetSetup.commune("sim-ok-" + Long.toHexString(System.nanoTime() & 0xfffff), N);
        assertEquals(N, setup.credentials.size());
        try (Fleet fleet = Fleet.start(options(FleetSetup.controllerKey()), setup.credentials)) {
            final long bulletin = FleetSetup.submitted("Sim", "The water will be cut tomorrow morning.", "important");
            FleetSetup.approve(bulletin);
            final long broadcast = setup.schedule(bulletin, Duration.ofSeconds(3));
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> FleetSetup.count(broadcast, "PLAYED") == N);
            final FleetStats.Broadcast seen = fleet.stats().broadcast(broadcast);
            assertEquals(N, seen.commands());
            assertEquals(N, seen.playing());
            final Map<String, Integer> acks = fleet.stats().acks();
            for (String state : new String[] {"received", "downloaded", "playing", "played"}) {
                assertEquals(N, acks.get(state), state + " in " + acks);
            }
            assertTrue(fleet.stats().downloadedBytes() > 0, "each receiver downloaded the audio");
            assertEquals(Map.of(), fleet.stats().refused());
        }
    }

    @Test
    void fleet_withAnotherKey_refusesEveryCommandAsBadSignature() {
        final FleetSetup setup = FleetSetup.commune("sim-key-" + Long.toHexString(System.nanoTime() & 0xfffff), 3);
        final String otherKey = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="; // PROTOCOL.md's TEST key
        try (Fleet fleet = Fleet.start(options(otherKey), setup.credentials)) {
            final long bulletin = FleetSetup.submitted("Sim key", "The market opens at six.", "routine");
            FleetSetup.approve(bulletin);
            final long broadcast = setup.schedule(bulletin, Duration.ofSeconds(3));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> fleet.stats().refused().getOrDefault("unknown-key", 0) == 3);
            assertEquals(0, fleet.stats().broadcast(broadcast).commands());
            assertEquals(0, FleetSetup.count(broadcast, "PLAYING") + FleetSetup.count(broadcast, "PLAYED"));
        }
    }
}
