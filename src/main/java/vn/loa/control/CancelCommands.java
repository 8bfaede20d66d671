package vn.loa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.loa.broadcast.CancelSender;

/** The control feature's side of {@link CancelSender}: cancel commands go out like the other control commands. */
@ApplicationScoped
public class CancelCommands implements CancelSender {

    @Inject
    ControlService service;

    @Inject
    ControlDispatcher dispatcher;

    @Override
    public String queue(final String by, final String receiverId, final String targetCommandId,
            final Instant expiresAt) {
        return service.cancel(by, receiverId, targetCommandId, expiresAt).commandId;
    }

    @Override
    public void sendSoon() {
        dispatcher.kick();
    }
}
