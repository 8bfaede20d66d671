package vn.loa.bulletin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import io.quarkus.panache.common.Sort;
import java.util.List;
import vn.loa.audio.AudioProducer;
import vn.loa.audio.AudioRequest;
import vn.loa.audio.Recording;
import vn.loa.audio.RecordingFormat;
import vn.loa.audio.Recordings;
import vn.loa.audio.SpeechSettings;
import vn.loa.audio.SpeechVoices;
import vn.loa.audio.StoredAudio;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.area.AreaService;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.NotFoundException;
import vn.loa.error.UnavailableException;

/** Writing, submitting and deciding on bulletins. */
@ApplicationScoped
public class BulletinService {

    /** Observers act on an approval after it is committed ({@link BulletinApproved}). */
    @Inject
    Event<BulletinApproved> approvals;

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

    @Inject
    Recordings recordings;

    @Transactional
    public Bulletin create(final String author, final BulletinRequest r) {
        final Bulletin b = Bulletin.draft(author, r.title().strip(), r.text().strip(),
                Languages.normalize(r.language()), r.priority(),
                clock.instant());
        speech(b, r);
        b.publicChoice = r.publicPage();
        b.areaId = area(author, r.areaId() != null ? r.areaId() : guard.areaOf(author).orElseThrow(() ->
                new InvalidInputException("area-required", "give areaId: the area this bulletin is for")));
        b.persist();
        audit.record(author, "bulletin.created", "bulletin", String.valueOf(b.id), vn.loa.audit.AuditTrail.json(
                "title", b.title, "text", b.text, "language", b.language, "priority", b.priority,
                "voice", b.voice, "rateWpm", b.rateWpm, "public", b.shownInPublic()));
        return b;
    }

    /**
     * A draft made from an e-portal article ({@code vn.loa.portal}): an ordinary draft of the author's, in their own
     * area, carrying the article's link; it then follows the normal four-eyes path.
     *
     * @param sourceUrl an http(s) link, checked by the caller
     */
    @Transactional
    public Bulletin createFromSource(final String author, final BulletinRequest r, final String sourceUrl) {
        final Bulletin b = create(author, r);
        b.sourceUrl = sourceUrl;
        audit.record(author, "bulletin.source-set", "bulletin", String.valueOf(b.id),
                vn.loa.audit.AuditTrail.json("sourceUrl", sourceUrl));
        return b;
    }

    @Transactional
    public Bulletin edit(final long id, final String by, final BulletinRequest r) {
        final Bulletin b = get(id, by);
        final Long areaId = r.areaId() != null ? area(by, r.areaId()) : b.areaId;
        b.edit(by, r.title().strip(), r.text().strip(), Languages.normalize(r.language()), r.priority(),
                clock.instant());
        speech(b, r);
        b.areaId = areaId;
        if (r.publicPage() != null) {
            b.publicChoice = r.publicPage();
        }
        audit.record(by, "bulletin.edited", "bulletin", String.valueOf(id), vn.loa.audit.AuditTrail.json(
                "title", b.title, "text", b.text, "language", b.language, "priority", b.priority,
                "voice", b.voice, "rateWpm", b.rateWpm, "public", b.shownInPublic()));
        return b;
    }

    /**
     * Whether the bulletin goes on its commune's public page once played there ({@code vn.loa.publication}); the
     * author's choice until approval, refused after it (409 {@code bulletin-public-fixed}). A SUBMITTED bulletin
     * stays submitted: the approver sees the choice and decides on it with the rest.
     *
     * @param choice null: the kind's default (text public, a recording not)
     */
    @Transactional
    public Bulletin choosePublic(final long id, final String by, final Boolean choice) {
        final Bulletin b = get(id, by);
        b.choosePublic(by, choice, clock.instant());
        audit.record(by, "bulletin.public-set", "bulletin", String.valueOf(id), vn.loa.audit.AuditTrail.json(
                "public", b.shownInPublic(), "choice", choice == null ? "default" : choice.toString()));
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
        return approve(id, approver, null);
    }

    /**
     * Approves a submitted bulletin by a standing policy rather than a person (a CAP alert from a trusted sender in
     * an area whose policy plays such alerts at once): {@code actor} names the policy ({@code policy:cap-immediate})
     * and the audit entry says so; the area check is the policy's business.
     */
    public Bulletin approveByPolicy(final long id, final String actor, final String policy) {
        return approve(id, actor, policy);
    }

    private Bulletin approve(final long id, final String approver, final String policy) {
        final Bulletin snapshot = QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = policy == null ? get(id, approver) : get(id);
            b.checkDecidable(approver);
            return b;
        });
        final Instant now = clock.instant();
        final StoredAudio stored = produce(snapshot, approver, now);
        final Bulletin approved = QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = get(id);
            if (b.version != snapshot.version) {
                // rejected, edited and resubmitted while we were speaking: this audio is of a text nobody approved
                throw new ConflictException("bulletin-changed",
                        "bulletin " + id + " changed during approval; look at it again");
            }
            b.approve(approver, stored, now);
            audit.record(approver, "bulletin.approved", "bulletin", String.valueOf(id),
                    policy == null ? vn.loa.audit.AuditTrail.json("version", snapshot.version, "audioSha256",
                            b.audioSha256) : vn.loa.audit.AuditTrail.json("version", snapshot.version, "audioSha256",
                            b.audioSha256, "approvedByPolicy", policy));
            return b;
        });
        approvals.fire(new BulletinApproved(id, approver));
        return approved;
    }

    /**
     * An emergency sent from a pre-approved template ({@code vn.loa.template}): the filled text becomes a bulletin of
     * the sender's, approved by the template's approval and spoken like any approval (outside a transaction). The
     * caller has checked the template, the fills and the sender's area. No {@link BulletinApproved} is fired: the
     * sender schedules the broadcast itself.
     *
     * @param areaId the area the bulletin is for, within the sender's
     */
    public Bulletin createFromTemplate(final String sender, final BulletinRequest r, final long areaId,
            final TemplateOrigin origin) {
        final Bulletin created = QuarkusTransaction.requiringNew().call(() -> {
            final Instant now = clock.instant();
            final Bulletin b = Bulletin.draft(sender, r.title().strip(), r.text().strip(),
                    Languages.normalize(r.language()), r.priority(), now);
            speech(b, r);
            b.areaId = areaId;
            b.templateId = origin.templateId();
            b.templateApprovalId = origin.approvalId();
            b.submit(sender, now);
            b.persist();
            audit.record(sender, "bulletin.created", "bulletin", String.valueOf(b.id), vn.loa.audit.AuditTrail.json(
                    "title", b.title, "text", b.text, "language", b.language, "priority", b.priority,
                    "voice", b.voice, "rateWpm", b.rateWpm, "templateId", b.templateId,
                    "templateApprovalId", b.templateApprovalId));
            return b;
        });
        final Instant now = clock.instant();
        final StoredAudio stored = produce(created, origin.approvedBy(), now);
        return QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = get(created.id);
            b.approveFromTemplate(origin.approvedBy(), stored, now);
            audit.record(sender, "bulletin.approved", "bulletin", String.valueOf(b.id), vn.loa.audit.AuditTrail.json(
                    "from", "sent from template #" + origin.templateId() + " approved by " + origin.approvedBy(),
                    "templateId", origin.templateId(), "templateApprovalId", origin.approvalId(),
                    "approvedBy", origin.approvedBy(), "audioSha256", b.audioSha256));
            return b;
        });
    }

    /**
     * A system TEST bulletin (issue 10 item 5): the fixed text of a test broadcast, authored by
     * {@link Bulletin#SYSTEM_TEST_AUTHOR}, routine, not public, spoken like any approval and approved by the
     * administrator who switches the test schedule on. Both steps are in the audit trail under the admin's name.
     */
    public Bulletin createSystemTest(final String admin, final String title, final String text, final String language,
            final long areaId) {
        final Bulletin created = QuarkusTransaction.requiringNew().call(() -> {
            final Instant now = clock.instant();
            final Bulletin b = Bulletin.draft(Bulletin.SYSTEM_TEST_AUTHOR, title, text, Languages.normalize(language),
                    Priority.ROUTINE, now);
            b.areaId = areaId;
            b.publicChoice = false;
            b.submit(Bulletin.SYSTEM_TEST_AUTHOR, now);
            b.persist();
            audit.record(admin, "bulletin.created", "bulletin", String.valueOf(b.id), vn.loa.audit.AuditTrail.json(
                    "title", b.title, "text", b.text, "language", b.language, "priority", b.priority,
                    "systemTest", true, "areaId", areaId));
            return b;
        });
        final Instant now = clock.instant();
        final StoredAudio stored = produce(created, admin, now);
        return QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = get(created.id);
            b.approveAsSystemTest(admin, stored, now);
            audit.record(admin, "bulletin.approved", "bulletin", String.valueOf(b.id), vn.loa.audit.AuditTrail.json(
                    "from", "the fixed test text, approved by enabling the test schedule", "systemTest", true,
                    "audioSha256", b.audioSha256));
            return b;
        });
    }

    /** Where a bulletin sent from a template comes from: the template, its approval in force, and its approver. */
    public record TemplateOrigin(long templateId, long approvalId, String approvedBy) {
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
        return produce(b, "preview:" + by, b.updatedAt);
    }

    /** The voice and rate asked for, checked against the (already normalized) language, set on the bulletin. */
    private static void speech(final Bulletin b, final BulletinRequest r) {
        final SpeechSettings checked = SpeechVoices.check(b.language, r.voice(), r.rateWpm());
        b.speakWith(checked.voice(), r.rateWpm());
    }

    /** Speaks a text bulletin with its voice and rate, or masters a recorded one from its upload (no speech). */
    private StoredAudio produce(final Bulletin b, final String approver, final Instant at) {
        final SpeechSettings speech = b.recorded() ? SpeechSettings.DEFAULT
                : new SpeechSettings(b.voice, b.speakingRateWpm());
        final AudioRequest request = new AudioRequest(b.text, b.language, b.title, b.id, approver, at,
                speech, repeats(b.priority));
        return b.recorded()
                ? audio.produceRecorded(request, b.recordingSha256, RecordingFormat.of(b.recordingFormat))
                : audio.produce(request);
    }

    /**
     * Attaches an uploaded recording, making this a recorded bulletin (or replacing its recording), under the same
     * rules as a text edit. The rules are checked before the body is read; the upload is then validated by decoding
     * it and stored only when accepted ({@link Recordings#accept}); the same REST and UI endpoints both call this.
     *
     * @param contentType the request's Content-Type: audio/wav, audio/x-wav, audio/wave or audio/mpeg
     * @param filename    the original file name, or null; a label only
     */
    public Bulletin attachRecording(final long id, final String by, final InputStream body, final String contentType,
            final String filename) {
        QuarkusTransaction.requiringNew().run(() -> get(id, by).checkEditable(by));
        final Recording recording = recordings.accept(body, contentType, filename);
        return QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = get(id, by);
            b.attachRecording(by, recording, clock.instant());
            audit.record(by, "bulletin.recording-attached", "bulletin", String.valueOf(id), vn.loa.audit.AuditTrail
                    .json("sha256", b.recordingSha256, "format", b.recordingFormat, "name", b.recordingName));
            return b;
        });
    }

    /** Removes the recording: a text bulletin again, under the same rules as a text edit. */
    @Transactional
    public Bulletin detachRecording(final long id, final String by) {
        final Bulletin b = get(id, by);
        b.detachRecording(by, clock.instant());
        audit.record(by, "bulletin.recording-removed", "bulletin", String.valueOf(id), null);
        return b;
    }

    /**
     * The uploaded original of a recorded bulletin, for listening: the author, and any approver, official or admin.
     *
     * @param privileged whether the caller is an approver, official or admin (staff hear only their own)
     */
    public RecordingFile recording(final long id, final String by, final boolean privileged) {
        final Bulletin b = QuarkusTransaction.requiringNew().call(() -> get(id, by));
        if (!privileged && !b.author.equals(by)) {
            throw new ForbiddenActionException("not-author", "only the author, approvers, officials and admins can "
                    + "listen to the recording of bulletin " + id);
        }
        if (!b.recorded()) {
            throw new NotFoundException("recording of bulletin", id);
        }
        final RecordingFormat format = RecordingFormat.of(b.recordingFormat);
        final Path file = recordings.original(b.recordingSha256, format).orElseThrow(() -> new UnavailableException(
                "recording-missing", "the recording of bulletin " + id + " is missing from the store", null));
        return new RecordingFile(file, format, b.recordingName);
    }

    /** A stored original and how to serve it. */
    public record RecordingFile(Path file, RecordingFormat format, String name) {
    }

    /**
     * How long the bulletin plays on the loudspeakers, for the pages: the real playing time of the MP3 when one
     * exists (the preview just made, {@code listenSha256}, or the approved audio), else an estimate from the text
     * (or the recording's length); empty for text in a language Loa does not speak.
     */
    public java.util.Optional<OnAir> onAir(final Bulletin b, final String listenSha256) {
        if (listenSha256 != null) {
            final java.util.Optional<Long> real = audio.storedDurationMs(listenSha256);
            if (real.isPresent()) {
                return java.util.Optional.of(new OnAir(real.get(), true, repeats(b.priority)));
            }
        }
        if (b.audioSha256 != null && b.audioDurationMs != null) {
            return java.util.Optional.of(new OnAir(b.audioDurationMs, true, repeats(b.priority)));
        }
        if (b.recorded()) {
            return java.util.Optional.of(new OnAir(audio.estimateRecordedOnAirMs(b.recordingDurationMs,
                    repeats(b.priority)), false, repeats(b.priority)));
        }
        return estimate(b.text, b.language, new SpeechSettings(b.voice, b.speakingRateWpm()), b.priority);
    }

    /**
     * The on-air time of a text as it is being written (the compose page asks while the author types): the text
     * spoken and laid out as its MP3 will be, or where that cannot be done now, an estimate from the text.
     */
    public java.util.Optional<OnAir> estimate(final String text, final String language, final SpeechSettings speech,
            final Priority priority) {
        final int repeats = repeats(priority);
        return audio.spokenOnAirMs(text, language, speech, repeats)
                .map(f -> new OnAir(f.ms(), false, f.spoken(), repeats));
    }

    /**
     * A bulletin's time on air.
     *
     * @param ms       milliseconds
     * @param measured the produced MP3's real playing time
     * @param spoken   the text spoken and laid out, not yet encoded: the MP3's time to within a frame (36 ms);
     *                 neither: an estimate from the text alone
     * @param repeats  how many times the message plays
     */
    public record OnAir(long ms, boolean measured, boolean spoken, int repeats) {

        public OnAir(final long ms, final boolean measured, final int repeats) {
            this(ms, measured, measured, repeats);
        }

        /** {@code 1:05}. */
        public String time() {
            return vn.loa.web.TimeFormat.duration(ms);
        }
    }

    /** Villages hear a bulletin twice, an emergency three times. */
    static int repeats(final Priority priority) {
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

    /**
     * Rejects a submitted bulletin by a standing rule rather than a person (a CAP alert its sender withdrew while it
     * waited for approval), in the caller's transaction; {@code actor} names the rule and the audit entry says so.
     */
    @Transactional
    public Bulletin rejectByPolicy(final long id, final String actor, final String reason) {
        final Bulletin b = get(id);
        b.reject(actor, reason, clock.instant());
        audit.record(actor, "bulletin.rejected", "bulletin", String.valueOf(id),
                vn.loa.audit.AuditTrail.json("reason", reason, "byPolicy", true));
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
