package vn.loa.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.audio.Recording;
import vn.loa.audio.RecordingFormat;
import vn.loa.error.ConflictException;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.LoaException;

/** The recording rules of a bulletin, without a database. */
class BulletinRecordingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Recording RECORDING = new Recording("a".repeat(64), RecordingFormat.WAV, "hop.wav", 1234,
            2_000);

    private static Bulletin draft(final String language) {
        final Bulletin b = Bulletin.draft("hoa", "Họp thôn", "Tóm tắt tiếng Việt", language, Priority.ROUTINE, NOW);
        b.id = 7L;
        return b;
    }

    private static String code(final Runnable action) {
        return assertThrows(LoaException.class, action::run).code();
    }

    @Test
    void attachRecording_draftByAuthor_makesItRecorded() {
        final Bulletin b = draft("hmn");
        b.attachRecording("hoa", RECORDING, NOW);
        assertTrue(b.recorded());
        assertEquals("wav", b.recordingFormat);
        assertEquals(2_000L, b.recordingDurationMs);
    }

    @Test
    void attachRecording_byAnotherPerson_isForbidden() {
        assertThrows(ForbiddenActionException.class, () -> draft("hmn").attachRecording("lan", RECORDING, NOW));
    }

    @Test
    void attachRecording_submittedOrApproved_isRefusedLikeAnEdit() {
        final Bulletin b = draft("hmn");
        b.attachRecording("hoa", RECORDING, NOW);
        b.submit("hoa", NOW);
        assertEquals("bulletin-not-editable", code(() -> b.attachRecording("hoa", RECORDING, NOW)));
        assertEquals("bulletin-not-editable", code(() -> b.detachRecording("hoa", NOW)));
        b.state = BulletinState.APPROVED;
        assertEquals("bulletin-immutable", code(() -> b.attachRecording("hoa", RECORDING, NOW)));
    }

    @Test
    void attachRecording_rejected_reopensAsDraft() {
        final Bulletin b = draft("hmn");
        b.attachRecording("hoa", RECORDING, NOW);
        b.submit("hoa", NOW);
        b.reject("lan", "nói rõ hơn", NOW);
        b.attachRecording("hoa", RECORDING, NOW);
        assertEquals(BulletinState.DRAFT, b.state);
        assertNull(b.rejectionReason);
    }

    @Test
    void detachRecording_makesItTextAgain_andTwiceIsConflict() {
        final Bulletin b = draft("hmn");
        b.attachRecording("hoa", RECORDING, NOW);
        b.detachRecording("hoa", NOW);
        assertFalse(b.recorded());
        assertNull(b.recordingName);
        assertThrows(ConflictException.class, () -> b.detachRecording("hoa", NOW));
    }

    @Test
    void submit_textWithALanguageName_needsARecording() {
        assertEquals("language-needs-recording", assertThrows(InvalidInputException.class,
                () -> draft("Dao Đỏ").submit("hoa", NOW)).code());
    }

    @Test
    void submit_recordedWithALanguageName_isAccepted() {
        final Bulletin b = draft("Dao Đỏ");
        b.attachRecording("hoa", RECORDING, NOW);
        b.submit("hoa", NOW);
        assertEquals(BulletinState.SUBMITTED, b.state);
    }

    @Test
    void revise_recordedBulletin_copiesTheRecording() {
        final Bulletin b = draft("hmn");
        b.attachRecording("hoa", RECORDING, NOW);
        final Bulletin copy = b.revise("hoa", NOW);
        assertTrue(copy.recorded());
        assertEquals(b.recordingSha256, copy.recordingSha256);
        assertEquals("hop.wav", copy.recordingName);
    }
}
