package vn.loa.dispatch;

import com.hivemq.embedded.EmbeddedHiveMQ;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.loa.receiver.ReceiverSecrets;
import vn.loa.receiver.ReceiverService;

/**
 * The in-process HiveMQ CE broker of the one-machine default: bound to 127.0.0.1 only, in-memory, usage
 * statistics off. Started before the controller's own MQTT client connects. Production uses an external broker
 * ({@code loa.mqtt.embedded.enabled=false}).
 */
@ApplicationScoped
public class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class);

    @Inject
    MqttConfig config;

    @ConfigProperty(name = "loa.data-dir")
    Path dataDir;

    @Inject
    ReceiverService receivers;

    private EmbeddedHiveMQ hivemq;
    private int port;
    /** The controller's own password on this broker: made at each start unless configured, never logged. */
    private String controllerPassword;

    void start(@Observes @Priority(10) final StartupEvent ignored) {
        if (!config.embedded().enabled()) {
            return;
        }
        port = config.embedded().port() == 0 ? freePort() : config.embedded().port();
        final Path root = dataDir.resolve("broker").toAbsolutePath();
        try {
            final Path conf = Files.createDirectories(root.resolve("conf"));
            Files.createDirectories(root.resolve("data"));
            Files.createDirectories(root.resolve("extensions"));
            Files.writeString(conf.resolve("config.xml"), configXml(port, config.embedded().maxQueueSize()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker under " + root, e);
        }
        controllerPassword = config.embedded().controllerPassword().orElseGet(ReceiverSecrets::newSecret);
        final BrokerAuth auth = new BrokerAuth(config.clientId(), controllerPassword, receivers::secretSha256);
        hivemq = EmbeddedHiveMQ.builder()
                .withEmbeddedExtension(auth.extension())
                .withConfigurationFolder(root.resolve("conf"))
                .withDataFolder(root.resolve("data"))
                .withExtensionsFolder(root.resolve("extensions"))
                .withoutLoggingBootstrap()
                .build();
        hivemq.start().join();
        LOG.infof("embedded MQTT broker listening on 127.0.0.1:%d", port);
    }

    void stop(@Observes @Priority(100) final ShutdownEvent ignored) {
        if (hivemq != null) {
            try {
                hivemq.stop().join();
                hivemq.close();
            } catch (Exception e) {
                LOG.warnf("embedded broker did not stop cleanly: %s", e.toString());
            }
            hivemq = null;
        }
    }

    public boolean running() {
        return hivemq != null;
    }

    /** The controller's password on the embedded broker (its user name is {@code loa.mqtt.client-id}). */
    String controllerPassword() {
        return controllerPassword;
    }

    /** The port the embedded broker listens on; meaningful only while {@link #running()}. */
    public int port() {
        return port;
    }

    static String configXml(final int port, final long maxQueueSize) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>127.0.0.1</bind-address>
                        </tcp-listener>
                    </listeners>
                    <mqtt>
                        <queued-messages>
                            <max-queue-size>%d</max-queue-size>
                        </queued-messages>
                    </mqtt>
                    <persistence>
                        <mode>in-memory</mode>
                    </persistence>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, maxQueueSize);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded broker", e);
        }
    }
}
