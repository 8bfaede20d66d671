package vn.loa.agent.command;

import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.Ack;

/** Where acks go: the durable outbox of the {@code outbox} feature (PROTOCOL.md section 8); a list in tests. */
public interface AckOutbox {

    void send(@NotNull Ack ack);
}
