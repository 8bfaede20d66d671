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
import java.time.Instant;
import java.util.List;
import vn.loa.bulletin.Priority;

/**
 * One approval of a template, with the content that was approved. A send renders this content (never the template's
 * current row), and the bulletins it makes point here, so "approved by whom, what exactly" stays answerable after
 * the template changes. Written once, never updated.
 */
@Entity
@Table(name = "template_approval")
public class TemplateApproval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "template_id", nullable = false)
    public Long templateId;

    @Column(name = "approved_by", nullable = false, length = 64)
    public String approvedBy;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "body", nullable = false, length = EmergencyTemplate.MAX_TEXT)
    public String text;

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

    static TemplateApproval of(final EmergencyTemplate t, final String approver, final Instant now) {
        final TemplateApproval a = new TemplateApproval();
        a.templateId = t.id;
        a.approvedBy = approver;
        a.approvedAt = now;
        a.title = t.title;
        a.text = t.text;
        a.blanks = t.blanks;
        a.language = t.language;
        a.voice = t.voice;
        a.rateWpm = t.rateWpm;
        a.priority = t.priority;
        return a;
    }

    List<Blank> blankList() {
        return Blanks.read(blanks);
    }
}
