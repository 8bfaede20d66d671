package vn.loa.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.bulletin.Priority;
import vn.loa.error.ConflictException;
import vn.loa.error.ForbiddenActionException;

/** The template's state rules and the four-eyes rule, without a database. */
class EmergencyTemplateStateTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private static final TemplateContent CONTENT = new TemplateContent("Lũ", "Lũ lúc {gio}.",
            List.of(Blank.of("gio", "Giờ", BlankKind.TIME, null, null, null)), "vi", null, null, Priority.EMERGENCY);

    private static EmergencyTemplate submitted() {
        final EmergencyTemplate t = EmergencyTemplate.draft("staff", 1L, NOW);
        t.edit("staff", CONTENT, NOW);
        t.id = 7L;
        t.submit("staff", NOW);
        return t;
    }

    @Test
    void approve_byAuthor_forbidden() {
        final ForbiddenActionException e = assertThrows(ForbiddenActionException.class,
                () -> submitted().approve("staff", 1L, NOW));
        assertEquals("approver-is-author", e.code());
    }

    @Test
    void approve_byAnother_approvedWithItsApproval() {
        final EmergencyTemplate t = submitted();
        t.approve("approver", 42L, NOW);
        assertEquals(TemplateState.APPROVED, t.state);
        assertEquals(42L, t.approvalId);
        assertEquals("approver", t.decidedBy);
    }

    @Test
    void edit_approved_backToDraftWithoutApproval() {
        final EmergencyTemplate t = submitted();
        t.approve("approver", 42L, NOW);
        t.edit("staff", CONTENT, NOW);
        assertEquals(TemplateState.DRAFT, t.state);
        assertNull(t.approvalId);
        assertNull(t.decidedBy);
    }

    @Test
    void edit_byAnotherOrWhileSubmitted_refused() {
        final EmergencyTemplate t = submitted();
        assertEquals("not-author", assertThrows(ForbiddenActionException.class,
                () -> t.edit("other", CONTENT, NOW)).code());
        assertEquals("template-not-editable", assertThrows(ConflictException.class,
                () -> t.edit("staff", CONTENT, NOW)).code());
    }

    @Test
    void archive_isFinal() {
        final EmergencyTemplate t = submitted();
        t.approve("approver", 42L, NOW);
        t.archive(NOW);
        assertNull(t.approvalId);
        assertThrows(ConflictException.class, () -> t.archive(NOW));
        assertThrows(ConflictException.class, () -> t.edit("staff", CONTENT, NOW));
        assertThrows(ConflictException.class, () -> t.submit("staff", NOW));
    }

    @Test
    void submit_twice_refused() {
        assertThrows(ConflictException.class, () -> submitted().submit("staff", NOW));
    }
}
