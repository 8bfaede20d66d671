package vn.loa.control;

import java.util.concurrent.CompletionStage;

/** Sends a control command to its receiver (implemented by {@code dispatch}); completes on the broker's PUBACK. */
public interface ControlSender {

    CompletionStage<Void> send(OutgoingControl command);
}
