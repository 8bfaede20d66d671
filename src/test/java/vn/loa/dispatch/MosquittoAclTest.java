package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.loa.support.TestMqtt;

/**
 * A real Mosquitto, started by the test on a free loopback port with the password file and ACL the controller
 * generates. Needs the {@code mosquitto} binary (CI installs it); skipped where it is missing.
 */
@QuarkusTest
class MosquittoAclTest {

    private static final String RX = "rx-lo-lo-chai-01";
    private static final String OTHER = "rx-then-van-01";
    private static final String ADMIN_USER = "loa-ctl";
    private static final String ADMIN_PASSWORD = "controller-password-for-the-acl-test";

    private static Process mosquitto;
    private static String address;
    private static String rxSecret;

    @Inject
    MosquittoFiles files;

    @BeforeAll
    static void binary() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mosquitto")), "mosquitto not installed");
    }

    @AfterAll
    static void stop() {
        if (mosquitto != null) {
            mosquitto.destroy();
        }
    }

    private void start() throws Exception {
        if (mosquitto != null) {
            return;
        }
        rxSecret = as("admin").post("/api/receivers/" + RX + "/secret").then().extract().path("brokerSecret");
        final Path dir = Files.createDirectories(Path.of("target", "mosquitto-acl-test"));
        Files.writeString(dir.resolve("passwd"), files.passwords(Optional.of(ADMIN_USER), Optional.of(ADMIN_PASSWORD)));
        Files.writeString(dir.resolve("acl"), ("user " + ADMIN_USER + "\ntopic readwrite loa/v1/#\n\n")
                + files.acl());
        final int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n", "listener " + port + " 127.0.0.1",
                "allow_anonymous false", "persistence false",
                "password_file " + dir.resolve("passwd").toAbsolutePath(),
                "acl_file " + dir.resolve("acl").toAbsolutePath(), ""));
        mosquitto = new ProcessBuilder(List.of("/usr/sbin/mosquitto", "-c",
                dir.resolve("mosquitto.conf").toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        address = "127.0.0.1:" + port;
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void receiver_withValidCredentials_readsOnlyItsOwnCommands() throws Exception {
        start();
        try (TestMqtt controller = TestMqtt.connect(address, "ctl-" + System.nanoTime(), ADMIN_USER, ADMIN_PASSWORD);
                TestMqtt rx = TestMqtt.connect(address, "loa-rx-" + RX, RX, rxSecret)) {
            rx.trySubscribe("loa/v1/rx/" + OTHER + "/cmd");
            rx.trySubscribe("loa/v1/rx/" + RX + "/cmd");
            controller.publish("loa/v1/rx/" + OTHER + "/cmd", "{\"for\":\"other\"}");
            controller.publish("loa/v1/rx/" + RX + "/cmd", "{\"for\":\"me\"}");
            Awaitility.await().until(() -> rx.received().contains("{\"for\":\"me\"}"));
            assertFalse(rx.received().contains("{\"for\":\"other\"}"));
        }
    }

    @Test
    void receiver_withValidCredentials_cannotPublishAnotherReceiversAcks() throws Exception {
        start();
        try (TestMqtt controller = TestMqtt.connect(address, "ctl-" + System.nanoTime(), ADMIN_USER, ADMIN_PASSWORD)
                .subscribe("loa/v1/rx/+/ack");
                TestMqtt rx = TestMqtt.connect(address, "loa-rx-" + RX, RX, rxSecret)) {
            rx.publish("loa/v1/rx/" + OTHER + "/ack", "{\"forged\":true}");
            rx.publish("loa/v1/rx/" + RX + "/ack", "{\"own\":true}");
            Awaitility.await().until(() -> controller.received().contains("{\"own\":true}"));
            assertFalse(controller.received().contains("{\"forged\":true}"));
        }
    }

    @Test
    void connect_wrongSecretOrAnonymous_isRefused() throws Exception {
        start();
        assertTrue(refused(() -> TestMqtt.connect(address, "loa-rx-" + RX, RX, rxSecret + "x").close()));
        assertTrue(refused(() -> TestMqtt.connect(address, "anon", null, null).close()));
    }

    private static boolean refused(final Runnable connect) {
        try {
            connect.run();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }
}
