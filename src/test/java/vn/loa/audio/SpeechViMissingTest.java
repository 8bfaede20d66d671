package vn.loa.audio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** A controller whose espeak-ng is missing: Vietnamese fails clearly at approval, English works, readiness says why. */
@QuarkusTest
@TestProfile(SpeechViMissingTest.NoEspeak.class)
class SpeechViMissingTest {

    public static class NoEspeak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("loa.audio.espeak-path", "/nonexistent/bin/espeak-ng");
        }
    }

    @Test
    void readiness_espeakMissing_speechViDownWithInstallHint() {
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'speech-vi' }.status", equalTo("DOWN"),
                        "checks.find { it.name == 'speech-vi' }.data.install",
                        equalTo("sudo apt-get install espeak-ng"),
                        "checks.find { it.name == 'speech-vi' }.data.reason",
                        containsString("loa.audio.espeak-path=/nonexistent/bin/espeak-ng"));
    }

    @Test
    void approve_vietnameseWhileEspeakMissing_unavailableAndStaysSubmitted() {
        final long id = as("staff").body(Map.of("title", "Cảnh báo lũ quét", "text", "Bà con chú ý: lũ quét lúc 17h.",
                "language", "vi", "priority", "emergency")).post("/api/bulletins").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/speech-engine-missing"),
                        "detail", containsString("apt-get install espeak-ng"));
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("SUBMITTED"), "audio", equalTo(null));
    }

    @Test
    void approve_englishWhileEspeakMissing_stillProducesAudio() {
        final long id = Api.approvedBulletin("Flood warning", "Move cattle to high ground tonight.");
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("APPROVED"));
    }
}
