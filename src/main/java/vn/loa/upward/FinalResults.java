package vn.loa.upward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import vn.loa.area.AreaDirectory;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.Delivery;
import vn.loa.broadcast.DeliveryFinished;
import vn.loa.bulletin.Bulletin;
import vn.loa.receiver.Receiver;

/**
 * Queues each final result for the targets that asked for results in an area holding the receiver. Observes
 * {@link DeliveryFinished} synchronously, so the outbox row is written in the transaction that finished the
 * delivery: both are committed, or neither.
 */
@ApplicationScoped
public class FinalResults {

    @Inject
    Outbox outbox;

    @Inject
    WireMapping mapping;

    @Inject
    AreaDirectory directory;

    void onFinished(@Observes final DeliveryFinished finished) {
        final List<UpwardTarget> targets = UpwardTarget.list("enabled = true and results = true");
        if (targets.isEmpty()) {
            return;
        }
        final Delivery d = Delivery.findById(finished.deliveryId());
        final Receiver r = Receiver.findById(d.receiverId);
        FinalResult result = null;
        for (UpwardTarget t : targets) {
            if (!directory.within(r.areaId, t.areaId)) {
                continue;
            }
            if (result == null) {
                final Broadcast b = Broadcast.findById(d.broadcastId);
                final Bulletin u = Bulletin.findById(b.bulletinId);
                result = new FinalResult(1, d.id, b.id, u.id, u.title, r.id, r.commune, r.village, b.playAt,
                        finished.state().name(), d.startedAt, d.finishedAt, d.reportedAt, d.reportedLate, d.detail);
            }
            outbox.queueResult(t, "result: delivery " + d.id + " to " + r.id + " "
                    + finished.state().name().toLowerCase(Locale.ROOT), mapping.result(result));
        }
    }
}
