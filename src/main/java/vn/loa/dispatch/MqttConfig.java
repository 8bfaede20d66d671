package vn.loa.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The controller's MQTT side: the broker it talks to, and the embedded broker it may run itself. */
@ConfigMapping(prefix = "loa.mqtt")
public interface MqttConfig {

    /** External broker host; ignored while the embedded broker is enabled (then 127.0.0.1). */
    @WithDefault("127.0.0.1")
    String host();

    /** External broker port; ignored while the embedded broker is enabled. */
    @WithDefault("1883")
    int port();

    Optional<String> username();

    Optional<String> password();

    /** TLS to the external broker, with the JVM's default trust store. */
    @WithDefault("false")
    boolean tls();

    /** Client id of this controller. Its session is persistent, so each controller instance needs its own. */
    @WithDefault("loa-controller")
    String clientId();

    /** Keep-alive interval, seconds. */
    @WithDefault("30")
    int keepAlive();

    /**
     * Most receiver messages applied in one database transaction. Acks and status reports that arrive together are
     * taken in batches (one commit for many instead of one each); 1 handles every message on its own.
     */
    @WithDefault("250")
    int inboundBatch();

    /**
     * Receiver messages the controller holds, taken from the broker but not yet applied. When it is full the client
     * stops reading from the broker (TCP flow control), so the broker keeps the rest; nothing is dropped.
     */
    @WithDefault("5000")
    int inboundQueue();

    Embedded embedded();

    /** The in-process HiveMQ CE broker for the one-machine default. */
    interface Embedded {

        @WithDefault("true")
        boolean enabled();

        /** TCP port on 127.0.0.1; 0 picks a free port (tests). 1884 by default, to leave 1883 to a system broker. */
        @WithDefault("1884")
        int port();

        /** The controller's own password on the embedded broker; random at each start when not set. */
        Optional<String> controllerPassword();

        /** Messages queued per offline client before the broker drops (it drops silently: see PROTOCOL.md). */
        @WithDefault("10000")
        long maxQueueSize();
    }
}
