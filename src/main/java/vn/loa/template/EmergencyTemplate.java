package vn.loa.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import vn.loa.bulletin.Priority;
import vn.loa.error.ConflictException;
import vn.loa.error.ForbiddenActionException;

/**
 * A pre-approved emergency text with named blanks ({@link TemplateText}), each with a declared pattern
 * ({@link Blank}). The state rules and the four-eyes rule (the approver is never the author) live here. The content
 * (title, text, blanks, language, voice, priority) is set together by {@link #edit}; the area says where it may be
 * used.
 */
@Entity
@Table(name = "emergency_template")
public class EmergencyTemplate extends PanacheEntityBase {

    /** Longest text, in characters: the blanks' fills must still fit a bulletin (5000). */
    public static final int MAX_TEXT = 4000;
    /** Most blanks in one template: staff fill them in an emergency. */
    public static final int MAX_BLANKS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    public String text;

    /** The declared blanks, JSON ({@link Blanks}). */
    @Column(nullable = false, length = 8000)
    public String blanks;

    @Column(nullable = false, length = 35)
    public String language;

    @Column(length = 40)
    public String voice;

    @Column(name = "rate_wpm")
    public Integer rateWpm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Priority priority;

    /** Where it may be used: sent to targets in this area (by staff whose area covers them). */
    @Column(name = "area_id", nullable = false)
    public Long areaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TemplateState state;

    @Column(nullable = false, length = 64)
    public String author;

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

    /** The approval in force ({@link TemplateApproval}); null unless {@link TemplateState#APPROVED}. */
    @Column(name = "approval_id")
    public Long approvalId;

    @Version
    public int version;

    static EmergencyTemplate draft(final String author, final long areaId, final Instant now) {
        final EmergencyTemplate t = new EmergencyTemplate();
        t.author = author;
        t.areaId = areaId;
        t.state = TemplateState.DRAFT;
        t.createdAt = now;
        return t;
    }

    /** Sets the content (already checked by the service); an approved template needs approval again. */
    void edit(final String by, final TemplateContent c, final Instant now) {
        requireAuthor(by, "edit");
        if (id != null && !(state == TemplateState.DRAFT || state == TemplateState.REJECTED
                || state == TemplateState.APPROVED)) {
            throw new ConflictException("template-not-editable", "template " + id + " is " + state
                    + (state == TemplateState.SUBMITTED ? " and waits for a decision" : ""));
        }
        title = c.title();
        text = c.text();
        blanks = Blanks.write(c.blanks());
        language = c.language();
        voice = c.voice();
        rateWpm = c.rateWpm();
        priority = c.priority();
        state = TemplateState.DRAFT;
        approvalId = null;
        rejectionReason = null;
        decidedBy = null;
        decidedAt = null;
        updatedAt = now;
    }

    void submit(final String by, final Instant now) {
        requireAuthor(by, "submit");
        move(TemplateState.SUBMITTED);
        submittedAt = now;
        updatedAt = now;
    }

    void checkDecidable(final String approver) {
        if (author.equals(approver)) {
            throw new ForbiddenActionException("approver-is-author",
                    "template " + id + " was written by " + approver + "; another person must decide on it");
        }
        if (state != TemplateState.SUBMITTED) {
            throw new ConflictException("template-not-submitted",
                    "template " + id + " is " + state + "; only a SUBMITTED template can be approved or rejected");
        }
    }

    void approve(final String approver, final long approval, final Instant now) {
        checkDecidable(approver);
        move(TemplateState.APPROVED);
        decidedBy = approver;
        decidedAt = now;
        approvalId = approval;
        updatedAt = now;
    }

    void reject(final String approver, final String reason, final Instant now) {
        checkDecidable(approver);
        move(TemplateState.REJECTED);
        decidedBy = approver;
        decidedAt = now;
        rejectionReason = reason;
        updatedAt = now;
    }

    void archive(final Instant now) {
        move(TemplateState.ARCHIVED);
        approvalId = null;
        updatedAt = now;
    }

    List<Blank> blankList() {
        return Blanks.read(blanks);
    }

    private void requireAuthor(final String by, final String action) {
        if (!author.equals(by)) {
            throw new ForbiddenActionException("not-author",
                    "only the author (" + author + ") can " + action + " template " + id);
        }
    }

    private void move(final TemplateState target) {
        if (!state.canMoveTo(target)) {
            throw new ConflictException("invalid-transition",
                    "template " + id + " is " + state + " and cannot become " + target);
        }
        state = target;
    }
}
