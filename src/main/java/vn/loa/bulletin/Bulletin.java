package vn.loa.bulletin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.loa.audio.Recording;
import vn.loa.audio.StoredAudio;
import vn.loa.error.ConflictException;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.InvalidInputException;

/**
 * An announcement written by commune staff. The state rules (and the four-eyes rule: the approver is never the
 * author) live here, so no caller can bypass them.
 *
 * <p>A bulletin is either text, which Loa speaks (en, vi), or recorded: an uploaded recording in any language (ISO
 * 639 code such as {@code hmn}, or a name such as "Dao Đỏ"). A recorded bulletin keeps its text as a required
 * Vietnamese summary or transcript, so the approver knows what the recording says. Changing the recording follows
 * the same rules as changing the text.
 */
@Entity
public class Bulletin extends PanacheEntityBase {

    /** Longest title, in characters. */
    public static final int MAX_TITLE = 200;
    /** Longest text, in characters: about six minutes of speech, longer than any village announcement needs. */
    public static final int MAX_TEXT = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = MAX_TITLE)
    public String title;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    public String text;

    @Column(nullable = false, length = 35)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BulletinState state;

    @Column(nullable = false, length = 64)
    public String author;

    /** The area this bulletin was written for (its author's by default); null only for rows older than areas. */
    @Column(name = "area_id")
    public Long areaId;

    @Column(name = "revision_of")
    public Long revisionOf;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejection_reason", length = 1000)
    public String rejectionReason;

    @Column(name = "audio_sha256", length = 64)
    public String audioSha256;

    @Column(name = "audio_bytes")
    public Long audioBytes;

    @Column(name = "audio_duration_ms")
    public Long audioDurationMs;

    /** SHA-256 of the uploaded original in the recording store; set means a recorded bulletin. */
    @Column(name = "recording_sha256", length = 64)
    public String recordingSha256;

    /** {@code wav} or {@code mp3}, as recognised from the bytes. */
    @Column(name = "recording_format", length = 8)
    public String recordingFormat;

    /** The uploader's file name, sanitized: a label, never a path. */
    @Column(name = "recording_name", length = 100)
    public String recordingName;

    @Column(name = "recording_bytes")
    public Long recordingBytes;

    @Column(name = "recording_duration_ms")
    public Long recordingDurationMs;

    /** The speech voice of a text bulletin ({@code vi-vn-x-south}); null: the language's default. */
    @Column(length = 40)
    public String voice;

    /** The speaking rate of a text bulletin, in words per minute; null: the default rate. */
    @Column(name = "rate_wpm")
    public Integer rateWpm;

    /** The emergency template this bulletin was sent from ({@code vn.loa.template}); null for a written one. */
    @Column(name = "template_id")
    public Long templateId;

    /** The template approval that approved this bulletin; set with {@link #templateId}. */
    @Column(name = "template_approval_id")
    public Long templateApprovalId;

    /**
     * The CAP alert this bulletin came from, "sender · identifier" as the alert gives them ({@code vn.loa.cap}); null
     * for a bulletin written in Loa.
     */
    @Column(name = "cap_origin", length = 300)
    public String capOrigin;

    /** Longest source link, in characters. */
    public static final int MAX_SOURCE_URL = 1000;

    /**
     * The http(s) link of the e-portal article this bulletin was drafted from ({@code vn.loa.portal}); null for a
     * bulletin written in Loa. A revision keeps it.
     */
    @Column(name = "source_url", length = MAX_SOURCE_URL)
    public String sourceUrl;

    /**
     * Whether the bulletin goes on its commune's public page and podcast ({@code vn.loa.publication}) once played
     * there: null follows its kind ({@link #shownInPublic()}), true or false is the staff's own choice.
     */
    @Column(name = "public_page")
    public Boolean publicChoice;

    @Version
    public int version;

    static Bulletin draft(final String author, final String title, final String text, final String language,
            final Priority priority, final Instant now) {
        final Bulletin b = new Bulletin();
        b.author = author;
        b.title = title;
        b.text = text;
        b.language = language;
        b.priority = priority;
        b.state = BulletinState.DRAFT;
        b.createdAt = now;
        b.updatedAt = now;
        return b;
    }

    void edit(final String by, final String newTitle, final String newText, final String newLanguage,
            final Priority newPriority, final Instant now) {
        checkEditable(by);
        title = newTitle;
        text = newText;
        language = newLanguage;
        priority = newPriority;
        reopen(now);
    }

    /**
     * How the text is spoken; checked against the language by the caller ({@code SpeechVoices.check}). A recorded
     * bulletin keeps them (they apply again if the recording is removed) but plays its recording.
     *
     * @param newVoice   null: the language's default voice
     * @param newRateWpm null: the default rate
     */
    void speakWith(final String newVoice, final Integer newRateWpm) {
        voice = newVoice;
        rateWpm = newRateWpm;
    }

    /** The rate the text is spoken at, in words per minute: its own, or the default. */
    public int speakingRateWpm() {
        return rateWpm == null ? vn.loa.audio.SpeechSettings.DEFAULT_RATE_WPM : rateWpm;
    }

    /** Whether the announcement is an uploaded recording rather than text to be spoken. */
    public boolean recorded() {
        return recordingSha256 != null;
    }

    /**
     * Whether the bulletin is public: the staff's choice, or by default a text bulletin is (it is read out to the
     * whole commune anyway) and a recording is not (it carries someone's voice).
     */
    public boolean shownInPublic() {
        return publicChoice != null ? publicChoice : !recorded();
    }

    /**
     * Sets the public choice (null: the kind's default). The author may change it until approval: the approver
     * approves what the public will see, so an approved bulletin keeps its choice.
     */
    void choosePublic(final String by, final Boolean choice, final Instant now) {
        requireAuthor(by, "change the public choice of");
        if (state == BulletinState.APPROVED) {
            throw new ConflictException("bulletin-public-fixed", "bulletin " + id + " is approved, so whether it "
                    + "is public can no longer change; POST /api/bulletins/" + id + "/revisions makes a new draft");
        }
        publicChoice = choice;
        updatedAt = now;
    }

    /** Checks that {@code by} may change this bulletin now (text or recording alike); throws otherwise. */
    void checkEditable(final String by) {
        requireAuthor(by, "edit");
        if (state == BulletinState.APPROVED) {
            throw new ConflictException("bulletin-immutable", "bulletin " + id
                    + " is approved and cannot be changed; POST /api/bulletins/" + id + "/revisions makes a new draft");
        }
        if (!state.editable()) {
            throw new ConflictException("bulletin-not-editable", "bulletin " + id + " is " + state
                    + " and waits for a decision; it can be edited once rejected");
        }
    }

    /** Makes this a recorded bulletin, under the same rules as a text edit. */
    void attachRecording(final String by, final Recording recording, final Instant now) {
        checkEditable(by);
        setRecording(recording.sha256(), recording.format().wire(), recording.name(), recording.bytes(),
                recording.durationMs());
        reopen(now);
    }

    /** Makes this a text bulletin again, under the same rules as a text edit. */
    void detachRecording(final String by, final Instant now) {
        checkEditable(by);
        if (!recorded()) {
            throw new ConflictException("bulletin-not-recorded", "bulletin " + id + " has no recording to remove");
        }
        setRecording(null, null, null, null, null);
        reopen(now);
    }

    private void setRecording(final String sha256, final String format, final String name, final Long bytes,
            final Long durationMs) {
        recordingSha256 = sha256;
        recordingFormat = format;
        recordingName = name;
        recordingBytes = bytes;
        recordingDurationMs = durationMs;
    }

    /** After a change: a draft again, and a rejection no longer applies. */
    private void reopen(final Instant now) {
        state = BulletinState.DRAFT;
        rejectionReason = null;
        decidedBy = null;
        decidedAt = null;
        updatedAt = now;
    }

    void submit(final String by, final Instant now) {
        requireAuthor(by, "submit");
        if (!recorded() && !Languages.isCode(language)) {
            throw new InvalidInputException("language-needs-recording", "'" + language + "' is not a language "
                    + "code, so Loa cannot speak bulletin " + id + "; upload a recording (PUT /api/bulletins/" + id
                    + "/recording) or write the text in en or vi");
        }
        move(BulletinState.SUBMITTED);
        submittedAt = now;
        updatedAt = now;
    }

    /** Checks that {@code approver} may decide on this bulletin now; throws otherwise. */
    void checkDecidable(final String approver) {
        if (author.equals(approver)) {
            throw new ForbiddenActionException("approver-is-author",
                    "bulletin " + id + " was written by " + approver + "; another person must decide on it");
        }
        if (!state.canMoveTo(BulletinState.APPROVED)) {
            throw new ConflictException("bulletin-not-submitted",
                    "bulletin " + id + " is " + state + "; only a SUBMITTED bulletin can be approved or rejected");
        }
    }

    void approve(final String approver, final StoredAudio audio, final Instant now) {
        checkDecidable(approver);
        approved(approver, audio, now);
    }

    /**
     * Approved by the approval of the template it was sent from: the four eyes looked at the template, and the fills
     * were checked against its patterns, so no second person decides on this copy.
     */
    void approveFromTemplate(final String templateApprover, final StoredAudio audio, final Instant now) {
        if (templateApprovalId == null || state != BulletinState.SUBMITTED) {
            throw new IllegalStateException("bulletin " + id + " was not sent from a template");
        }
        approved(templateApprover, audio, now);
    }

    /** The author of system test bulletins (issue 10 item 5): no user, so nobody can edit or submit one. */
    public static final String SYSTEM_TEST_AUTHOR = "system:test";

    /**
     * Approved by the administrator who switched a test schedule on: its text is fixed by Loa, not written by anyone,
     * so there is no author for a second person to check; the admin's decision is the approval.
     */
    void approveAsSystemTest(final String admin, final StoredAudio audio, final Instant now) {
        if (!SYSTEM_TEST_AUTHOR.equals(author) || state != BulletinState.SUBMITTED) {
            throw new IllegalStateException("bulletin " + id + " is not a system test bulletin");
        }
        approved(admin, audio, now);
    }

    private void approved(final String approver, final StoredAudio audio, final Instant now) {
        move(BulletinState.APPROVED);
        decidedBy = approver;
        decidedAt = now;
        audioSha256 = audio.sha256();
        audioBytes = audio.bytes();
        audioDurationMs = audio.durationMs();
        updatedAt = now;
    }

    void reject(final String approver, final String reason, final Instant now) {
        checkDecidable(approver);
        move(BulletinState.REJECTED);
        decidedBy = approver;
        decidedAt = now;
        rejectionReason = reason;
        updatedAt = now;
    }

    /** A new draft carrying this bulletin's content, for changing an approved (immutable) bulletin. */
    Bulletin revise(final String by, final Instant now) {
        final Bulletin copy = draft(by, title, text, language, priority, now);
        copy.revisionOf = id;
        copy.areaId = areaId;
        copy.setRecording(recordingSha256, recordingFormat, recordingName, recordingBytes, recordingDurationMs);
        copy.speakWith(voice, rateWpm);
        copy.publicChoice = publicChoice;
        copy.sourceUrl = sourceUrl;
        return copy;
    }

    private void requireAuthor(final String by, final String action) {
        if (!author.equals(by)) {
            throw new ForbiddenActionException("not-author",
                    "only the author (" + author + ") can " + action + " bulletin " + id);
        }
    }

    private void move(final BulletinState target) {
        if (!state.canMoveTo(target)) {
            throw new ConflictException("invalid-transition",
                    "bulletin " + id + " is " + state + " and cannot become " + target);
        }
        state = target;
    }
}
