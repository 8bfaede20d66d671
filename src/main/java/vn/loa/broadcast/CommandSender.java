package vn.loa.broadcast;

import java.util.concurrent.CompletionStage;

/**
 * Sends a command to its receiver (implemented by {@code dispatch} over MQTT). The stage completes when the
 * transport has taken responsibility for the message (for MQTT QoS 1: the broker's PUBACK), which is not proof
 * of delivery: only the receiver's ack is.
 */
public interface CommandSender {

    CompletionStage<Void> send(OutgoingCommand command);
}
