package vn.loa.emergency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.BroadcastService;
import vn.loa.broadcast.BroadcastView;
import vn.loa.broadcast.DeliveryRows;
import vn.loa.broadcast.StopSender;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinService;
import vn.loa.bulletin.Priority;
import vn.loa.error.ConflictException;
import vn.loa.error.LoaException;

/**
 * "Đính chính": one action against a wrongly sent emergency. In one transaction it withdraws the broadcast
 * ({@link BroadcastCancellation}: what has not played is canceled, each receiver that may have it gets a signed
 * cancel) and writes and submits a correction emergency to the same targets, linked to it ({@code correction_of}),
 * which plays on approval like any emergency (four eyes kept). After the commit the receivers still playing it get
 * the signed stop of {@code POST /api/stop} as well. Both are audited; the log shows the broadcast as corrected.
 */
@ApplicationScoped
public class Corrections {

    private static final Logger LOG = Logger.getLogger(Corrections.class);

    /** What a correction says before its text, and its default title's prefix. */
    static final String PREFIX = "Đính chính: ";

    @Inject
    EmergencyService emergencies;

    @Inject
    BroadcastService broadcasts;

    @Inject
    BulletinService bulletins;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    DeliveryRows rows;

    @Inject
    StopSender stops;

    @Inject
    AuditTrail audit;

    /** The result: the correction emergency and how many stops went out. */
    public record Outcome(Emergency correction, int stopped, boolean canceled) {
    }

    /** Corrects the broadcast an emergency was sent as; 409 {@code emergency-not-sent} when it was not sent. */
    public Outcome correctEmergency(final long emergencyId, final String by, final CorrectionRequest r) {
        final Emergency e = emergencies.get(emergencyId, by);
        if (e.broadcastId == null) {
            throw new ConflictException("emergency-not-sent", "emergency " + emergencyId
                    + " has not been broadcast; nothing plays that a correction could stop");
        }
        return correct(e.broadcastId, by, r);
    }

    /**
     * Corrects an emergency broadcast.
     *
     * @throws vn.loa.error.NotFoundException the caller may not see it
     * @throws ConflictException              {@code not-emergency}, {@code already-corrected}
     * @throws vn.loa.error.ForbiddenActionException it also plays outside the caller's area
     */
    public Outcome correct(final long broadcastId, final String by, final CorrectionRequest r) {
        final List<String> playing = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                rows.playingNow(broadcastId, by).stream().map(BroadcastView.Row::receiverId).toList());
        final Outcome outcome = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                correctAndQueue(broadcastId, by, r));
        if (outcome.canceled()) {
            cancellation.sendSoon();
        }
        int stopped = 0;
        if (!playing.isEmpty()) {
            try {
                stopped = stops.stop(by, playing);
            } catch (LoaException e) {
                // the cancel already withdraws the play; the stop is the belt to its braces
                LOG.warnf("correction of broadcast %d: stop refused: %s", broadcastId, e.getMessage());
            }
        }
        return new Outcome(outcome.correction(), stopped, outcome.canceled());
    }

    private Outcome correctAndQueue(final long broadcastId, final String by, final CorrectionRequest r) {
        final Broadcast b = broadcasts.get(broadcastId, by);
        final Bulletin wrong = bulletins.get(b.bulletinId);
        if (wrong.priority != Priority.EMERGENCY) {
            throw new ConflictException("not-emergency", "broadcast " + broadcastId
                    + " is not an emergency; withdraw it with POST /api/broadcasts/" + broadcastId + "/cancel");
        }
        emergencies.correctionOf(broadcastId).ifPresent(c -> {
            throw new ConflictException("already-corrected", "broadcast " + broadcastId
                    + " was already corrected by emergency " + c.id);
        });
        final boolean cancel = b.canceledAt == null && cancellation.hasOpenDeliveries(broadcastId);
        if (cancel) {
            cancellation.cancel(broadcastId, by, PREFIX + firstLine(r.text()));
        }
        final String title = r.title() == null || r.title().isBlank() ? defaultTitle(wrong.title) : r.title();
        final String language = r.language() != null ? r.language() : wrong.language;
        final Emergency correction = emergencies.create(by, new EmergencyRequest(title, r.text(), null, language,
                null, emergencies.targets(b.targets), null));
        correction.correctionOf = broadcastId;
        audit.record(by, "broadcast.corrected", "broadcast", String.valueOf(broadcastId), AuditTrail.json(
                "correctionEmergencyId", correction.id, "correctionBulletinId", correction.bulletinId,
                "canceled", cancel));
        return new Outcome(correction, 0, cancel);
    }

    /** "Đính chính: " and the title, within a bulletin's title limit. */
    static String defaultTitle(final String title) {
        final String t = PREFIX + title;
        return t.length() > Bulletin.MAX_TITLE ? t.substring(0, Bulletin.MAX_TITLE) : t;
    }

    private static String firstLine(final String text) {
        final String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
