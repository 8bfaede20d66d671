package vn.loa.bulletin;

import static org.hamcrest.Matchers.equalTo;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.audio.RecordingFixtures;
import vn.loa.support.UiSession;

/** The compose page's recorder uploads its WAV to {@code /ui/bulletins/{id}/recording} with the session cookie. */
@QuarkusTest
class RecordingPagesTest {

    private static long draft() {
        return as("staff").body(Map.of("title", "Họp bản Tùng Bá", "text", "Tóm tắt: họp bản lúc 8 giờ sáng.",
                "language", "hmn", "priority", "routine")).post("/api/bulletins").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void upload_withThePagesCsrfToken_makesItARecordedBulletin() {
        final long id = draft();
        final UiSession staff = UiSession.login("staff");
        final String token = staff.csrfFrom("/ui/bulletins/" + id + "/edit");
        staff.request().header("X-CSRF-TOKEN", token).contentType("audio/wav")
                .body(RecordingFixtures.wav(16_000, 1, 2_000, -20)).put("/ui/bulletins/" + id + "/recording")
                .then().statusCode(200).body("kind", equalTo("recorded"), "recording.format", equalTo("wav"));
    }

    @Test
    void upload_withoutOrWithAWrongCsrfToken_isRefusedAndNothingChanges() {
        final long id = draft();
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui/bulletins/" + id + "/edit");
        final byte[] wav = RecordingFixtures.wav(16_000, 1, 2_000, -20);
        staff.request().contentType("audio/wav").body(wav).put("/ui/bulletins/" + id + "/recording")
                .then().statusCode(400);
        staff.request().header("X-CSRF-TOKEN", "forged-token-forged-token-forged").contentType("audio/wav")
                .body(wav).put("/ui/bulletins/" + id + "/recording").then().statusCode(400);
        as("staff").get("/api/bulletins/" + id).then().statusCode(200).body("kind", equalTo("text"));
    }

    @Test
    void upload_byAnApprover_isForbidden() {
        final long id = draft();
        final UiSession approver = UiSession.login("approver");
        final String token = approver.csrfFrom("/ui");
        approver.request().header("X-CSRF-TOKEN", token).contentType("audio/wav")
                .body(RecordingFixtures.wav(16_000, 1, 2_000, -20)).put("/ui/bulletins/" + id + "/recording")
                .then().statusCode(403);
    }
}
