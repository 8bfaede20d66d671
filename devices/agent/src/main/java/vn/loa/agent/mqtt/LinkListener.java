package vn.loa.agent.mqtt;

/** What {@link MqttLink} tells the agent about the connection; called on the MQTT client's threads, must not block. */
public interface LinkListener {

    /** A CONNACK arrived: the link is up (the online status is the listener's to publish). */
    void connected();

    /**
     * The command topic is subscribed after a connect.
     *
     * @param first true after the first connect of this run
     */
    void subscribed(boolean first);

    /** The link went down (or was closed); the client reconnects by itself unless closed. */
    void disconnected();
}
