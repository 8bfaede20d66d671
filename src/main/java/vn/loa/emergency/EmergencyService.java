package vn.loa.emergency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.broadcast.BroadcastService;
import vn.loa.broadcast.DispatchConfig;
import vn.loa.broadcast.ImmediateBroadcasts;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinApproved;
import vn.loa.bulletin.BulletinRequest;
import vn.loa.bulletin.BulletinService;
import vn.loa.bulletin.BulletinState;
import vn.loa.bulletin.Priority;
import vn.loa.error.InvalidInputException;
import vn.loa.error.LoaException;
import vn.loa.error.NotFoundException;

/**
 * The emergency fast path: one request writes an EMERGENCY bulletin, submits it and keeps the send (targets, expiry,
 * sender); the approval alone then broadcasts it at once ({@link #onApproved}), so nobody takes a second step. The
 * four-eyes rule stays the bulletin's. Each emergency is its own broadcast: a second one is never merged into the
 * first, whatever is playing.
 */
@ApplicationScoped
public class EmergencyService {

    private static final Logger LOG = Logger.getLogger(EmergencyService.class);

    @Inject
    BulletinService bulletins;

    @Inject
    BroadcastService broadcasts;

    @Inject
    ImmediateBroadcasts immediate;

    @Inject
    DispatchConfig dispatch;

    @Inject
    AreaGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Writes and submits an emergency. Every rule is checked before anything is kept: the targets as a broadcast
     * checks them (400 unknown, 403 outside the sender's area), the text and language as a bulletin's, the recording
     * (the sender's own recorded bulletin), the expiry.
     */
    @Transactional
    public Emergency create(final String by, final EmergencyRequest r) {
        final Instant now = clock.instant();
        final Instant expiresAt = expiry(r, now);
        broadcasts.checkTargets(by, r.targets());
        if (r.recordingId() == null && vn.loa.audio.SpeechVoices.of(r.language().strip()).isEmpty()) {
            // refused now rather than at approval: an emergency must not wait for a speech that cannot be made
            throw new InvalidInputException("language-needs-recording", "Loa cannot speak '" + r.language()
                    + "'; write the emergency in vi or en, or send a recording (recordingId)");
        }
        final BulletinRequest content = new BulletinRequest(r.title(), r.text(), r.language(), Priority.EMERGENCY,
                null, r.voice(), null);
        final Bulletin b;
        if (r.recordingId() != null) {
            final Bulletin source = recording(r.recordingId(), by);
            b = bulletins.edit(bulletins.revise(source.id, by).id, by, content);
        } else {
            b = bulletins.create(by, content);
        }
        bulletins.submit(b.id, by);
        final Emergency e = new Emergency();
        e.bulletinId = b.id;
        e.targets = toJson(r.targets());
        e.expiresAt = expiresAt;
        e.sentBy = by;
        e.createdAt = now;
        e.persist();
        audit.record(by, "emergency.created", "emergency", String.valueOf(e.id), AuditTrail.json(
                "bulletinId", b.id, "targets", e.targets, "expiresAt", expiresAt, "recordingOf", r.recordingId()));
        return e;
    }

    /** The sender's own recorded bulletin, whose recording the emergency plays; 400 for anything else. */
    private Bulletin recording(final long id, final String by) {
        final Bulletin source;
        try {
            source = bulletins.get(id, by);
        } catch (NotFoundException e) {
            throw unknownRecording(id);
        }
        if (!source.recorded() || !source.author.equals(by)) {
            throw unknownRecording(id);
        }
        return source;
    }

    private static InvalidInputException unknownRecording(final long id) {
        return new InvalidInputException("unknown-recording", "recordingId " + id
                + " is not a bulletin of yours with a recording; upload one with PUT /api/bulletins/{id}/recording");
    }

    private Instant expiry(final EmergencyRequest r, final Instant now) {
        if (r.expiresAt() == null) {
            return null;
        }
        final Instant at = r.expiresAt().toInstant().truncatedTo(ChronoUnit.MILLIS);
        final Instant earliestPlay = now.plus(dispatch.immediateLead());
        if (!at.isAfter(earliestPlay)) {
            throw new InvalidInputException("expires-before-play", "expiresAt must be after "
                    + earliestPlay + ", when the emergency would play at the earliest");
        }
        if (at.isAfter(earliestPlay.plus(dispatch.maxValidity()))) {
            throw new InvalidInputException("expires-too-late",
                    "expiresAt must be within " + dispatch.maxValidity().toDays() + " days");
        }
        return at;
    }

    /**
     * An approved emergency goes out at once: its broadcast is made and recorded on the emergency in one
     * transaction, under a lock on the emergency, so a repeated event never sends it twice; the dispatcher is woken
     * once that has committed. Never throws: the approval has happened; a send that cannot be made is recorded as
     * the emergency's failure, audited and logged.
     */
    void onApproved(@Observes final BulletinApproved event) {
        try {
            final boolean sent = QuarkusTransaction.requiringNew().call(() -> send(event.bulletinId(), event.approver()));
            if (sent) {
                immediate.kick();
            }
        } catch (LoaException e) {
            LOG.warnf("emergency of bulletin %d approved by %s could not be sent: %s", event.bulletinId(),
                    event.approver(), e.getMessage());
            fail(event.bulletinId(), event.approver(), e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "emergency of bulletin %d approved by %s could not be sent", event.bulletinId(),
                    event.approver());
            fail(event.bulletinId(), event.approver(), e);
        }
    }

    /** @return whether a broadcast was made now */
    private boolean send(final long bulletinId, final String approver) {
        final Emergency e = Emergency.<Emergency>find("bulletinId", bulletinId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (e == null || e.broadcastId != null) {
            return false; // not an emergency, or already sent
        }
        final Broadcast b = immediate.plan(e.sentBy, bulletinId, targets(e.targets), e.expiresAt);
        e.broadcastId = b.id;
        e.sentAt = clock.instant();
        e.failure = null;
        audit.record(approver, "emergency.sent", "emergency", String.valueOf(e.id), AuditTrail.json(
                "bulletinId", bulletinId, "broadcastId", b.id, "sentBy", e.sentBy, "correctionOf", e.correctionOf));
        return true;
    }

    private void fail(final long bulletinId, final String approver, final RuntimeException cause) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                final Emergency e = Emergency.find("bulletinId", bulletinId).firstResult();
                if (e != null && e.broadcastId == null) {
                    final String why = String.valueOf(cause.getMessage());
                    e.failure = why.length() > 1000 ? why.substring(0, 1000) : why;
                    audit.record(approver, "emergency.failed", "emergency", String.valueOf(e.id),
                            AuditTrail.json("bulletinId", bulletinId, "failure", e.failure));
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "the failure of emergency bulletin %d could not be recorded", bulletinId);
        }
    }

    /** An emergency the user may see (its bulletin lies in their area); 404 otherwise. */
    @Transactional
    public Emergency get(final long id, final String by) {
        final Emergency e = Emergency.findById(id);
        if (e == null || !guard.scope(by).contains(bulletins.get(e.bulletinId).areaId)) {
            throw new NotFoundException("emergency", id);
        }
        return e;
    }

    /** The newest {@code limit} emergencies in the user's area. */
    @Transactional
    public List<Emergency> list(final String by, final int limit) {
        final AreaScope scope = guard.scope(by);
        if (scope.everywhere()) {
            return Emergency.findAll(Sort.descending("id")).page(0, limit).list();
        }
        if (scope.areaIds().isEmpty()) {
            return List.of();
        }
        return Emergency.find("bulletinId in (select b.id from Bulletin b where b.areaId in ?1)",
                Sort.descending("id"), scope.areaIds()).page(0, limit).list();
    }

    /** The emergency as the API and pages show it. */
    @Transactional
    public EmergencyView view(final Emergency e) {
        return EmergencyView.of(e, bulletins.get(e.bulletinId), e.broadcastId == null ? null
                : correctionOf(e.broadcastId).map(c -> c.id).orElse(null));
    }

    /** The correction of a broadcast, if one was made. */
    @Transactional
    public Optional<Emergency> correctionOf(final long broadcastId) {
        return Emergency.find("correctionOf", broadcastId).firstResultOptional();
    }

    /** The emergency a broadcast plays, if it is one. */
    @Transactional
    public Optional<Emergency> ofBroadcast(final long broadcastId) {
        return Emergency.find("broadcastId", broadcastId).firstResultOptional();
    }

    /**
     * How many emergencies wait for a decision in the approver's area (theirs and the two levels below it: areas
     * nest province, commune, village), everywhere for an administrator. One query, on every page an approver sees:
     * the user's row, the areas by primary key and parent, and the {@code (state, priority, area_id)} index, where
     * {@link AreaGuard#scope} would load the whole area tree first.
     */
    @Transactional
    public long waitingFor(final String approver) {
        return Bulletin.getEntityManager().createQuery("""
                select count(b) from Bulletin b, Area a, UserAccount u
                where u.username = :me and b.state = :submitted and b.priority = :emergency and a.id = b.areaId
                  and (u.role = 'admin' or a.id = u.areaId or a.parentId = u.areaId
                       or a.parentId in (select c.id from Area c where c.parentId = u.areaId))""", Long.class)
                .setParameter("me", approver).setParameter("submitted", BulletinState.SUBMITTED)
                .setParameter("emergency", Priority.EMERGENCY).getSingleResult();
    }

    BroadcastRequest.Targets targets(final String stored) {
        try {
            return json.readValue(stored, BroadcastRequest.Targets.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored targets are not JSON", e);
        }
    }

    String toJson(final BroadcastRequest.Targets targets) {
        try {
            return json.writeValueAsString(targets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("targets cannot be written as JSON", e);
        }
    }
}
