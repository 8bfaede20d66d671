package vn.loa.broadcast;

import java.util.List;

/**
 * The kill switch as the broadcast page uses it: stop the receivers playing a broadcast now. {@code broadcast} owns
 * this port and the control feature implements it with the service behind {@code POST /api/stop}, whose rules
 * (area, audit, signing) apply unchanged; the dependency runs one way, as for {@link CancelSender}.
 */
public interface StopSender {

    /**
     * Queues and audits a signed stop to each receiver, in a transaction of its own, then sends them at once.
     *
     * @return how many stop commands were queued
     * @throws vn.loa.error.LoaException as {@code POST /api/stop}: outside-area, unknown-receiver, no-targets
     */
    int stop(String by, List<String> receiverIds);
}
