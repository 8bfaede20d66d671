package vn.loa.agent.command;

import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.Ack;

/**
 * Where acks go. v1: straight to MQTT (QoS 1, queued by the client while disconnected). The hardened revision puts
 * a persistent outbox behind this interface.
 */
public interface AckOutbox {

    void send(@NotNull Ack ack);
}
