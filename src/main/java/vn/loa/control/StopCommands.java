package vn.loa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.loa.broadcast.StopSender;

/** The control feature's side of {@link StopSender}: the same stop as {@code POST /api/stop}. */
@ApplicationScoped
public class StopCommands implements StopSender {

    @Inject
    ControlService service;

    @Inject
    ControlDispatcher dispatcher;

    @Override
    public int stop(final String by, final List<String> receiverIds) {
        final int queued = service.stop(by, receiverIds, false).size(); // commits before the kick sends it
        dispatcher.kick();
        return queued;
    }
}
