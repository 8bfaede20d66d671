package vn.loa.bulletin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BulletinStateTest {

    @Test
    void canMoveTo_followsDraftSubmittedDecision() {
        assertTrue(BulletinState.DRAFT.canMoveTo(BulletinState.SUBMITTED));
        assertTrue(BulletinState.SUBMITTED.canMoveTo(BulletinState.APPROVED));
        assertTrue(BulletinState.SUBMITTED.canMoveTo(BulletinState.REJECTED));
        assertTrue(BulletinState.REJECTED.canMoveTo(BulletinState.DRAFT));
    }

    @Test
    void canMoveTo_approved_isFinal() {
        for (BulletinState s : BulletinState.values()) {
            assertFalse(BulletinState.APPROVED.canMoveTo(s), "APPROVED -> " + s);
        }
    }

    @Test
    void canMoveTo_skippingApproval_isRefused() {
        assertFalse(BulletinState.DRAFT.canMoveTo(BulletinState.APPROVED));
        assertFalse(BulletinState.DRAFT.canMoveTo(BulletinState.REJECTED));
        assertFalse(BulletinState.REJECTED.canMoveTo(BulletinState.APPROVED));
    }

    @Test
    void editable_onlyDraftAndRejected() {
        assertTrue(BulletinState.DRAFT.editable());
        assertTrue(BulletinState.REJECTED.editable());
        assertFalse(BulletinState.SUBMITTED.editable());
        assertFalse(BulletinState.APPROVED.editable());
    }
}
