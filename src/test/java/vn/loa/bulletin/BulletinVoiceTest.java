package vn.loa.bulletin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Voice and rate chosen per bulletin, through the API: written, checked against the language, shown, copied into a
 * revision, audited, and heard: the approved MP3's tag carries them and the rate changes how long it lasts.
 */
@QuarkusTest
class BulletinVoiceTest {

    private static final String VI_TEXT = "Thông báo của xã: sáng thứ hai tuần sau, thôn Má họp dân lúc 8 giờ tại nhà "
            + "văn hóa để bàn việc sửa đường vào bản. Đề nghị mỗi hộ cử một người đến dự.";

    private static Map<String, Object> body(final String language, final String voice, final Integer rateWpm) {
        final Map<String, Object> b = new HashMap<>();
        b.put("title", "Họp dân thôn Má");
        b.put("text", VI_TEXT);
        b.put("language", language);
        b.put("priority", "routine");
        if (voice != null) {
            b.put("voice", voice);
        }
        if (rateWpm != null) {
            b.put("rateWpm", rateWpm);
        }
        return b;
    }

    private static long create(final Map<String, Object> body) {
        return as("staff").body(body).post("/api/bulletins").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static JsonPath approve(final long id) {
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        return as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200)
                .body("state", equalTo("APPROVED")).extract().jsonPath();
    }

    private static void requireEspeak() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/espeak-ng")), "espeak-ng is not installed");
    }

    /** The user-text frame as BulletinTag writes it: UTF-8 encoding byte, description, zero, value. */
    private static boolean tagged(final byte[] mp3, final String description, final String value) {
        final String frame = "\u0003" + description + "\u0000" + value;
        return new String(mp3, StandardCharsets.ISO_8859_1)
                .contains(new String(frame.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void create_voiceAndRate_shownAndAudited() {
        final long id = create(body("vi", "vi-vn-x-central", 130));
        as("official").get("/api/bulletins/" + id).then().statusCode(200)
                .body("voice", equalTo("vi-vn-x-central"), "rateWpm", equalTo(130));
        final String detail = as("official").queryParam("subject", "bulletin:" + id)
                .queryParam("action", "bulletin.created").get("/api/audit").then().statusCode(200)
                .extract().path("entries[0].detail");
        assertTrue(detail.contains("\"voice\":\"vi-vn-x-central\"") && detail.contains("\"rateWpm\":130"), detail);
    }

    @Test
    void create_withoutVoiceOrRate_defaultsAndFieldsAbsent() {
        final long id = create(body("vi", null, null));
        as("staff").get("/api/bulletins/" + id).then().statusCode(200)
                .body("voice", nullValue(), "rateWpm", nullValue(), "title", equalTo("Họp dân thôn Má"));
    }

    @Test
    void approve_southernVoiceAt120And180_tagsCarryThemAndSlowerLastsLonger() {
        requireEspeak();
        final JsonPath slow = approve(create(body("vi", "vi-vn-x-south", 120)));
        final JsonPath fast = approve(create(body("vi", "vi-vn-x-south", 180)));
        final byte[] slowMp3 = RestAssured.get(slow.getString("audio.url")).then().statusCode(200).extract()
                .asByteArray();
        assertTrue(tagged(slowMp3, "LOA_VOICE", "vi-vn-x-south"), "voice in the tag");
        assertTrue(tagged(slowMp3, "LOA_RATE_WPM", "120"), "rate in the tag");
        final byte[] fastMp3 = RestAssured.get(fast.getString("audio.url")).then().statusCode(200).extract()
                .asByteArray();
        assertTrue(tagged(fastMp3, "LOA_RATE_WPM", "180"), "rate in the tag");
        final long slowMs = slow.getLong("audio.durationMs");
        final long fastMs = fast.getLong("audio.durationMs");
        // the speech is played twice; 120 wpm is half again as slow as 180, chime and pauses aside
        assertTrue(slowMs > fastMs * 1.2, slowMs + " ms at 120 wpm vs " + fastMs + " ms at 180 wpm");
    }

    @Test
    void approve_noVoice_taggedWithTheLanguagesDefault() {
        requireEspeak();
        final JsonPath approved = approve(create(body("vi", null, null)));
        final byte[] mp3 = RestAssured.get(approved.getString("audio.url")).then().statusCode(200).extract()
                .asByteArray();
        assertTrue(tagged(mp3, "LOA_VOICE", "vi"), "the northern default");
        assertTrue(tagged(mp3, "LOA_RATE_WPM", "150"), "the default rate");
    }

    @Test
    void preview_speaksWithTheBulletinsVoice_differentVoiceDifferentFile() {
        requireEspeak();
        final long south = create(body("vi", "vi-vn-x-south", 150));
        final long central = create(body("vi", "vi-vn-x-central", 150));
        final String southSha = as("staff").post("/api/bulletins/" + south + "/preview").then().statusCode(200)
                .extract().path("sha256");
        final String centralSha = as("staff").post("/api/bulletins/" + central + "/preview").then().statusCode(200)
                .extract().path("sha256");
        assertNotEquals(southSha, centralSha);
        final byte[] mp3 = RestAssured.get("/api/audio/" + southSha + ".mp3").then().statusCode(200).extract()
                .asByteArray();
        assertTrue(tagged(mp3, "LOA_VOICE", "vi-vn-x-south"));
    }

    @Test
    void approve_recordedBulletinWithVoice_recordingPlaysAndTagHasNoVoiceOrRate() throws Exception {
        final long id = create(body("vi", "vi-vn-x-south", 120));
        as("staff").contentType("audio/wav").body(vn.loa.audio.RecordingFixtures.wav(16_000, 1, 1_500, -20))
                .put("/api/bulletins/" + id + "/recording").then().statusCode(200).body("kind", equalTo("recorded"),
                        "voice", equalTo("vi-vn-x-south"));
        final JsonPath approved = approve(id);
        final byte[] mp3 = RestAssured.get(approved.getString("audio.url")).then().statusCode(200).extract()
                .asByteArray();
        assertTrue(!tagged(mp3, "LOA_VOICE", "vi-vn-x-south") && !tagged(mp3, "LOA_RATE_WPM", "120"),
                "a recording is not spoken, so its tag names no voice or rate");
        // 1.5 s of recording played twice with chimes and a pause: nowhere near the length of the spoken text
        assertTrue(approved.getLong("audio.durationMs") < 10_000, approved.getString("audio.durationMs"));
    }

    @Test
    void edit_changesVoiceAndRate_andAudits() {
        final long id = create(body("vi", "vi-vn-x-south", 120));
        as("staff").body(body("vi", "vi", 200)).put("/api/bulletins/" + id).then().statusCode(200)
                .body("voice", equalTo("vi"), "rateWpm", equalTo(200));
        as("staff").body(body("vi", null, null)).put("/api/bulletins/" + id).then().statusCode(200)
                .body("voice", nullValue(), "rateWpm", nullValue());
        final List<String> details = as("official").queryParam("subject", "bulletin:" + id)
                .queryParam("action", "bulletin.edited").get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("entries.detail");
        assertTrue(details.stream().anyMatch(d -> d.contains("\"voice\":\"vi\"") && d.contains("\"rateWpm\":200")),
                details.toString());
    }

    @Test
    void revise_approvedBulletin_copiesVoiceAndRate() {
        final long id = create(body("en", "kevin16", 170));
        approve(id);
        as("staff").post("/api/bulletins/" + id + "/revisions").then().statusCode(201)
                .body("revisionOf", equalTo((int) id), "voice", equalTo("kevin16"), "rateWpm", equalTo(170),
                        "state", equalTo("DRAFT"));
    }

    @Test
    void create_vietnameseVoiceForEnglish_isVoiceNotSupportedListingVoices() {
        as("staff").body(body("en", "vi-vn-x-south", null)).post("/api/bulletins").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("voice-not-supported"), "detail", containsString("kevin16"));
        as("staff").body(body("vi", "kevin16", null)).post("/api/bulletins").then().statusCode(400)
                .body("type", containsString("voice-not-supported"),
                        "detail", containsString("vi, vi-vn-x-central, vi-vn-x-south"));
    }

    @Test
    void edit_toUnknownVoice_isRefusedAndBulletinUnchanged() {
        final long id = create(body("vi", "vi-vn-x-south", 120));
        as("staff").body(body("vi", "vi-vn-x-hue", 120)).put("/api/bulletins/" + id).then().statusCode(400)
                .body("type", containsString("voice-not-supported"));
        // the language changes but the voice does not fit it any more
        as("staff").body(body("en", "vi-vn-x-south", 120)).put("/api/bulletins/" + id).then().statusCode(400);
        as("staff").get("/api/bulletins/" + id).then().body("voice", equalTo("vi-vn-x-south"),
                "language", equalTo("vi"));
    }

    @Test
    void create_rateOutOfBounds_isProblem400NamingTheField() {
        for (final int rate : new int[] {79, 301}) {
            as("staff").body(body("vi", null, rate)).post("/api/bulletins").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("rateWpm"));
        }
    }

    @Test
    void create_rateNotANumber_isMalformedJson() {
        final Map<String, Object> b = body("vi", null, null);
        b.put("rateWpm", "fast");
        as("staff").body(b).post("/api/bulletins").then().statusCode(400)
                .body("type", containsString("malformed-json"));
    }

    @Test
    void voices_anyRole_listsLanguagesVoicesAndBounds() {
        for (final String user : List.of("staff", "approver", "official", "admin")) {
            as(user).get("/api/voices").then().statusCode(200)
                    .body("minRateWpm", equalTo(80), "maxRateWpm", equalTo(300), "defaultRateWpm", equalTo(150),
                            "languages.language", equalTo(List.of("vi", "en")),
                            "languages[0].voices", equalTo(List.of("vi", "vi-vn-x-central", "vi-vn-x-south")),
                            "languages[0].defaultVoice", equalTo("vi"),
                            "languages[1].voices", equalTo(List.of("kevin16")));
        }
        RestAssured.get("/api/voices").then().statusCode(401);
    }
}
