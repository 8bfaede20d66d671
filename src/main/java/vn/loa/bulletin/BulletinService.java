package vn.loa.bulletin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import io.quarkus.panache.common.Sort;
import java.util.List;
import vn.loa.audio.AudioProducer;
import vn.loa.audio.AudioRequest;
import vn.loa.audio.SpeechSettings;
import vn.loa.audio.StoredAudio;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.area.AreaService;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.NotFoundException;

/** Writing, submitting and deciding on bulletins. */
@ApplicationScoped
public class BulletinService {

    @Inject
    AudioProducer audio;

    @Inject
    Clock clock;

    @Inject
    vn.loa.audit.AuditTrail audit;

    @Inject
    AreaGuard guard;

    @Inject
    AreaService areas;

    @Transactional
    public Bulletin create(final String author, final BulletinRequest r) {
        final Bulletin b = Bulletin.draft(author, r.title().strip(), r.text().strip(), r.language(), r.priority(),
                clock.instant());
        b.areaId = area(author, r.areaId() != null ? r.areaId() : guard.areaOf(author).orElseThrow(() ->
                new InvalidInputException("area-required", "give areaId: the area this bulletin is for")));
        b.persist();
        audit.record(author, "bulletin.created", "bulletin", String.valueOf(b.id), vn.loa.audit.AuditTrail.json(
                "title", b.title, "text", b.text, "language", b.language, "priority", b.priority));
        return b;
    }

    @Transactional
    public Bulletin edit(final long id, final String by, final BulletinRequest r) {
        final Bulletin b = get(id, by);
        final Long areaId = r.areaId() != null ? area(by, r.areaId()) : b.areaId;
        b.edit(by, r.title().strip(), r.text().strip(), r.language(), r.priority(), clock.instant());
        b.areaId = areaId;
        audit.record(by, "bulletin.edited", "bulletin", String.valueOf(id), vn.loa.audit.AuditTrail.json(
                "title", b.title, "text", b.text, "language", b.language, "priority", b.priority));
        return b;
    }

    @Transactional
    public Bulletin revise(final long id, final String by) {
        final Bulletin copy = get(id, by).revise(by, clock.instant());
        copy.persist();
        audit.record(by, "bulletin.revised", "bulletin", String.valueOf(copy.id),
                vn.loa.audit.AuditTrail.json("revisionOf", id));
        return copy;
    }

    @Transactional
    public Bulletin submit(final long id, final String by) {
        final Bulletin b = get(id, by);
        b.submit(by, clock.instant());
        audit.record(by, "bulletin.submitted", "bulletin", String.valueOf(id), null);
        return b;
    }

    /**
     * Approves a submitted bulletin. The rules are checked first, then the audio is produced outside any
     * transaction (speech takes a while), then the decision is recorded; if someone else decided meanwhile, the
     * optimistic lock on the bulletin refuses the second decision.
     */
    public Bulletin approve(final long id, final String approver) {
        final Bulletin snapshot = QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = get(id, approver);
            b.checkDecidable(approver);
            return b;
        });
        final Instant now = clock.instant();
        final StoredAudio stored = audio.produce(new AudioRequest(snapshot.text, snapshot.language, snapshot.title,
                snapshot.id, approver, now, SpeechSettings.DEFAULT, repeats(snapshot.priority)));
        return QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = get(id);
            if (b.version != snapshot.version) {
                // rejected, edited and resubmitted while we were speaking: this audio is of a text nobody approved
                throw new ConflictException("bulletin-changed",
                        "bulletin " + id + " changed during approval; look at it again");
            }
            b.approve(approver, stored, now);
            audit.record(approver, "bulletin.approved", "bulletin", String.valueOf(id),
                    vn.loa.audit.AuditTrail.json("version", snapshot.version, "audioSha256", b.audioSha256));
            return b;
        });
    }

    /**
     * Speaks the bulletin as it stands, without deciding anything, so the author and the approver can listen
     * before approval. The audio is stored like any other (content-addressed, so asking twice costs nothing).
     */
    public StoredAudio preview(final long id, final String by, final boolean approver) {
        final Bulletin b = QuarkusTransaction.requiringNew().call(() -> get(id, by));
        if (!approver && !b.author.equals(by)) {
            throw new ForbiddenActionException("not-author", "only the author or an approver can preview bulletin " + id);
        }
        return audio.produce(new AudioRequest(b.text, b.language, b.title, b.id, "preview:" + by,
                b.updatedAt, SpeechSettings.DEFAULT, repeats(b.priority)));
    }

    /** Villages hear a bulletin twice, an emergency three times. */
    private static int repeats(final Priority priority) {
        return priority == Priority.EMERGENCY ? AudioRequest.EMERGENCY_REPEATS : AudioRequest.DEFAULT_REPEATS;
    }

    @Transactional
    public Bulletin reject(final long id, final String approver, final String reason) {
        final Bulletin b = get(id, approver);
        b.reject(approver, reason.strip(), clock.instant());
        audit.record(approver, "bulletin.rejected", "bulletin", String.valueOf(id),
                vn.loa.audit.AuditTrail.json("reason", b.rejectionReason));
        return b;
    }

    /** Any bulletin, whatever the caller's area: for internal use; requests use {@link #get(long, String)}. */
    public Bulletin get(final long id) {
        final Bulletin b = Bulletin.findById(id);
        if (b == null) {
            throw new NotFoundException("bulletin", id);
        }
        return b;
    }

    /** A bulletin the user may see: outside their area it does not exist for them (404, never 403). */
    public Bulletin get(final long id, final String username) {
        final Bulletin b = get(id);
        if (!guard.scope(username).contains(b.areaId)) {
            throw new NotFoundException("bulletin", id);
        }
        return b;
    }

    /** The newest {@code limit} bulletins in the user's area, all or in one state. */
    public List<Bulletin> list(final BulletinState state, final int limit, final String username) {
        final AreaScope scope = guard.scope(username);
        if (scope.everywhere()) {
            return list(state, limit);
        }
        if (scope.areaIds().isEmpty()) {
            return List.of();
        }
        return (state == null ? Bulletin.find("areaId in ?1", Sort.descending("id"), scope.areaIds())
                : Bulletin.find("state = ?1 and areaId in ?2", Sort.descending("id"), state, scope.areaIds()))
                .page(0, limit).list();
    }

    /** The newest {@code limit} bulletins, all or in one state, everywhere: callers go through the scoped one. */
    private static List<Bulletin> list(final BulletinState state, final int limit) {
        return (state == null ? Bulletin.findAll(Sort.descending("id"))
                : Bulletin.find("state", Sort.descending("id"), state)).page(0, limit).list();
    }

    /** The area a bulletin is written for: open, and within the author's. */
    private Long area(final String author, final long areaId) {
        try {
            areas.open(areaId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("unknown-area", "area " + areaId + " does not exist");
        }
        guard.requireWithin(author, areaId);
        return areaId;
    }
}
