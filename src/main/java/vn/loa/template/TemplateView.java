package vn.loa.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.loa.bulletin.Priority;

/** A template as the API shows it; {@code approvalId} is the approval in force (an approved template only). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateView(long id, String title, String text, List<Blank> blanks, String language, String voice,
        Integer rateWpm, Priority priority, Long areaId, TemplateState state, String author, Instant createdAt,
        Instant updatedAt, Instant submittedAt, String decidedBy, Instant decidedAt, String rejectionReason,
        Long approvalId) {

    static TemplateView of(final EmergencyTemplate t) {
        return new TemplateView(t.id, t.title, t.text, t.blankList(), t.language, t.voice, t.rateWpm, t.priority,
                t.areaId, t.state, t.author, t.createdAt, t.updatedAt, t.submittedAt, t.decidedBy, t.decidedAt,
                t.rejectionReason, t.approvalId);
    }
}
