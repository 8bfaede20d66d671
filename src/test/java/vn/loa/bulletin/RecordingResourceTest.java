package vn.loa.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.audio.RecordingFixtures;
import vn.loa.support.Api;

/**
 * Recorded announcements through the API: upload, refusals (each storing nothing), listening, approval into a
 * broadcast MP3 with chime, repeats and the target loudness. The test profile limits uploads to 2 MiB and 30 s.
 */
@QuarkusTest
class RecordingResourceTest {

    private static final String SUMMARY = "Thông báo họp thôn bằng tiếng H'Mông: họp lúc 8 giờ sáng thứ Hai tại nhà văn hoá.";
    private static final Path DATA = Path.of("target/test-data");
    private static final double TARGET_DBFS = -20; // LoudnessNormalizer.TARGET_DBFS

    private static boolean otherStaffCreated;

    @BeforeEach
    void otherStaffMember() {
        if (otherStaffCreated) {
            return;
        }
        otherStaffCreated = true;
        as("admin").body(Map.of("username", "rec-staff", "password", "rec-staff-password-1", "role", "staff",
                "areaId", vn.loa.support.Api.demoAreaId()))
                .post("/api/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    private static long draft(final String language, final String priority) {
        return as("staff").body(Map.of("title", "Họp thôn Lũng Cú", "text", SUMMARY, "language", language,
                "priority", priority)).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static RequestSpecification upload(final String user, final String contentType, final byte[] body) {
        final String password = "rec-staff".equals(user) ? "rec-staff-password-1" : Api.DEMO_PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType(contentType).body(body);
    }

    private static ValidatableResponse put(final long id, final String contentType, final byte[] body) {
        return upload("staff", contentType, body).put("/api/bulletins/" + id + "/recording").then();
    }

    /** Every file under the test data directory's two stores, so a refusal can be shown to leave nothing behind. */
    private static List<String> storedFiles() throws Exception {
        final List<String> files = new java.util.ArrayList<>();
        for (final String store : List.of("recordings", "audio")) {
            final Path root = DATA.resolve(store);
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).map(Path::toString).forEach(files::add);
                }
            }
        }
        return files.stream().sorted().toList();
    }

    private static void assertRefused(final byte[] body, final String contentType, final int status,
            final String problem) throws Exception {
        final long id = draft("hmn", "routine");
        final List<String> before = storedFiles();
        put(id, contentType, body).statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("/problems/" + problem), "detail", org.hamcrest.Matchers.notNullValue());
        assertEquals(before, storedFiles(), "a refused upload stores nothing");
        as("staff").get("/api/bulletins/" + id).then().body("kind", equalTo("text"), "recording", equalTo(null));
    }

    private static byte[] audioFile(final String url) {
        return given().get(url).then().statusCode(200).contentType("audio/mpeg").extract().asByteArray();
    }

    @Test
    void upload_wavMono22kHz_approvedIntoBroadcastWithChimeTwoRepeatsTargetLoudnessAndHmnTag() throws Exception {
        final long id = draft("hmn", "routine");
        final byte[] wav = RecordingFixtures.wav(22_050, 1, 2_000, -32);
        upload("staff", "audio/wav", wav).queryParam("filename", "hop-thon.wav")
                .put("/api/bulletins/" + id + "/recording").then().statusCode(200)
                .body("kind", equalTo("recorded"), "state", equalTo("DRAFT"), "recording.name", equalTo("hop-thon.wav"),
                        "recording.format", equalTo("wav"), "recording.bytes", equalTo(wav.length),
                        "recording.durationMs", equalTo(2_600), "text", equalTo(SUMMARY));
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        final String url = as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200)
                .body("state", equalTo("APPROVED"), "audio.sha256", matchesPattern("[0-9a-f]{64}"))
                .extract().path("audio.url");

        final RecordingFixtures.Broadcast broadcast = RecordingFixtures.analyse(audioFile(url));
        assertEquals(16_000, broadcast.sampleRate());
        assertTrue(broadcast.chimeFirst(), "chime before the first repeat");
        assertTrue(broadcast.chimeLast(), "chime after the last repeat");
        assertEquals(2, broadcast.messages(), "a routine bulletin is heard twice");
        assertEquals(TARGET_DBFS, broadcast.messageRmsDbfs(), 1.0, "loudness normalised");
        // chime 1.2 s + 2 × (2.0 s tone + 2 × 0.1 s trim margin) + 1.5 s pause + chime 1.2 s; each chime and play
        // starts with a 36 ms gap (the pause holds one) and each of the 5 parts ends on a whole 36 ms frame
        final long minMs = 8_300 + 3 * 36;
        assertTrue(broadcast.durationMs() >= minMs - 20 && broadcast.durationMs() <= minMs + 5 * 36 + 20,
                broadcast.durationMs() + " ms");
        assertEquals("hmn", broadcast.language());
        assertEquals("Họp thôn Lũng Cú", broadcast.title());
        assertEquals(Long.toString(id), broadcast.userTexts().get("LOA_BULLETIN_ID"));
        assertEquals("approver", broadcast.userTexts().get("LOA_APPROVER"));
    }

    @Test
    void upload_wavStereo44kHzEmergencyInDaoDo_threeRepeatsAndLanguageNameInTag() throws Exception {
        final long id = draft("Dao Đỏ", "emergency");
        put(id, "audio/x-wav", RecordingFixtures.wav(44_100, 2, 1_500, -12)).statusCode(200)
                .body("kind", equalTo("recorded"), "language", equalTo("Dao Đỏ"), "recording.name",
                        equalTo("recording.wav"));
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        final String url = as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200)
                .extract().path("audio.url");
        final RecordingFixtures.Broadcast broadcast = RecordingFixtures.analyse(audioFile(url));
        assertEquals(3, broadcast.messages(), "an emergency is heard three times");
        assertEquals(TARGET_DBFS, broadcast.messageRmsDbfs(), 1.0);
        assertEquals("und", broadcast.language());
        assertEquals("Dao Đỏ", broadcast.userTexts().get("LOA_LANGUAGE"));
    }

    @Test
    void upload_mp3_approvedAndPreviewIsContentAddressed() throws Exception {
        final long id = draft("tyz", "important");
        put(id, "audio/mpeg", RecordingFixtures.mp3(1_500, -26)).statusCode(200)
                .body("recording.format", equalTo("mp3"), "recording.name", equalTo("recording.mp3"));
        final String first = as("staff").post("/api/bulletins/" + id + "/preview").then().statusCode(200)
                .extract().path("sha256");
        final String second = as("staff").post("/api/bulletins/" + id + "/preview").then().statusCode(200)
                .extract().path("sha256");
        assertEquals(first, second, "the same recording and settings give the same file");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        final String url = as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200)
                .extract().path("audio.url");
        final RecordingFixtures.Broadcast broadcast = RecordingFixtures.analyse(audioFile(url));
        assertEquals(2, broadcast.messages());
        assertEquals(TARGET_DBFS, broadcast.messageRmsDbfs(), 1.0);
        assertEquals("tyz", broadcast.language());
    }

    @Test
    void upload_contentTypeDisagreesWithBytes_theBytesDecide() {
        final long id = draft("nut", "routine");
        put(id, "audio/mpeg", RecordingFixtures.wav(16_000, 1, 1_000, -20)).statusCode(200)
                .body("recording.format", equalTo("wav"), "recording.name", equalTo("recording.wav"));
    }

    @Test
    void listen_authorApproverOfficialAdminHearTheOriginal_otherStaffDoNot() {
        final long id = draft("ium", "routine");
        final byte[] wav = RecordingFixtures.wav(16_000, 1, 1_000, -20);
        upload("staff", "audio/wav", wav).queryParam("filename", "Thông báo Iu Mien.wav")
                .put("/api/bulletins/" + id + "/recording").then().statusCode(200);
        for (final String user : List.of("staff", "approver", "official", "admin")) {
            final byte[] heard = as(user).get("/api/bulletins/" + id + "/recording").then().statusCode(200)
                    .contentType("audio/wav").header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", containsString("filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o"))
                    .extract().asByteArray();
            assertArrayEquals(wav, heard, user + " hears the original");
        }
        upload("rec-staff", "audio/wav", new byte[0]).get("/api/bulletins/" + id + "/recording").then()
                .statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/not-author"));
        given().get("/api/bulletins/" + id + "/recording").then().statusCode(401);
    }

    @Test
    void delete_makesItTextAgain_andListeningThenFinds404() {
        final long id = draft("vi", "routine");
        put(id, "audio/wav", RecordingFixtures.wav(16_000, 1, 1_000, -20)).statusCode(200);
        as("staff").delete("/api/bulletins/" + id + "/recording").then().statusCode(200)
                .body("kind", equalTo("text"), "recording", equalTo(null));
        as("staff").get("/api/bulletins/" + id + "/recording").then().statusCode(404)
                .contentType("application/problem+json");
        as("staff").delete("/api/bulletins/" + id + "/recording").then().statusCode(409)
                .body("type", equalTo("/problems/bulletin-not-recorded"));
    }

    @Test
    void submit_textBulletinWithALanguageName_needsARecording() {
        final long id = draft("Dao Đỏ", "routine");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/language-needs-recording"));
    }

    @Test
    void create_languageWithControlCharacters_isRefused() {
        as("staff").body(Map.of("title", "t", "text", "x", "language", "Dao\u0007Đỏ", "priority", "routine"))
                .post("/api/bulletins").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("language"));
    }

    @Test
    void upload_pathTraversalName_isStoredAsALabelOnly() throws Exception {
        final long id = draft("hmn", "routine");
        upload("staff", "audio/wav", RecordingFixtures.wav(16_000, 1, 1_000, -20))
                .queryParam("filename", "../../etc/passwd.wav").put("/api/bulletins/" + id + "/recording").then()
                .statusCode(200).body("recording.name", equalTo("passwd.wav"));
        upload("staff", "audio/wav", RecordingFixtures.wav(16_000, 1, 1_100, -20))
                .queryParam("filename", "..\\..\\\u0000..").put("/api/bulletins/" + id + "/recording").then()
                .statusCode(200).body("recording.name", equalTo("recording.wav"));
        assertTrue(storedFiles().stream().noneMatch(f -> f.contains("passwd")), "the name never names a file");
        assertTrue(storedFiles().stream().allMatch(f -> f.matches(".*/[0-9a-f]{2}/[0-9a-f]{64}\\.(wav|mp3)")),
                "every stored file is named by its content: " + storedFiles());
    }

    @Test
    void upload_textFile_isNotAudio() throws Exception {
        assertRefused("Thông báo: họp thôn lúc 8 giờ.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "audio/wav", 400, "recording-not-audio");
    }

    @Test
    void upload_pngBytes_isNotAudio() throws Exception {
        assertRefused(RecordingFixtures.png(), "audio/mpeg", 400, "recording-not-audio");
    }

    @Test
    void upload_zipRenamedMp3_isNotAudio() throws Exception {
        assertRefused(RecordingFixtures.zip(), "audio/mpeg", 400, "recording-not-audio");
    }

    @Test
    void upload_mp3CutMidFrame_isMalformed() throws Exception {
        final byte[] mp3 = RecordingFixtures.mp3(2_000, -20);
        assertRefused(Arrays.copyOf(mp3, mp3.length - 50), "audio/mpeg", 400, "recording-malformed");
    }

    @Test
    void upload_onlyAnId3Tag_isMalformed() throws Exception {
        assertRefused(RecordingFixtures.id3Only(), "audio/mpeg", 400, "recording-malformed");
    }

    @Test
    void upload_wavHeaderClaimingMoreDataThanSent_isMalformed() throws Exception {
        final byte[] wav = RecordingFixtures.wav(16_000, 1, 1_000, -20);
        final byte[] cut = Arrays.copyOf(wav, wav.length - 1_000);
        // fix the RIFF size so only the data chunk's size lies
        java.nio.ByteBuffer.wrap(cut).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, cut.length - 8);
        assertRefused(cut, "audio/wav", 400, "recording-malformed");
    }

    @Test
    void upload_wavDataNotWholeSamples_isMalformed() throws Exception {
        // fmt says 16-bit, the data chunk holds 3 bytes: one and a half samples
        assertRefused(RecordingFixtures.wavFile(1, 16_000, 16, new byte[] {1, 2, 3}), "audio/wav", 400,
                "recording-malformed");
    }

    @Test
    void upload_empty_isRefused() throws Exception {
        assertRefused(new byte[0], "audio/wav", 400, "recording-empty");
    }

    @Test
    void upload_overTheSizeLimit_isRefused() throws Exception {
        final byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(RecordingFixtures.wav(16_000, 1, 1_000, -20), 0, big, 0, 44);
        assertRefused(big, "audio/wav", 400, "recording-too-large");
    }

    @Test
    void upload_overTheDurationLimit_isRefused() throws Exception {
        // 31 s of 8 kHz mono: under 2 MiB but over the test profile's 30 s
        assertRefused(RecordingFixtures.wav(8_000, 1, 31_000, -20), "audio/wav", 400, "recording-too-long");
    }

    @Test
    void upload_shorterThanHalfASecond_isRefused() throws Exception {
        final byte[] wav = RecordingFixtures.wavFile(1, 16_000, 16, new byte[2 * 4_000]);
        assertRefused(wav, "audio/wav", 400, "recording-too-short");
    }

    @Test
    void upload_silence_isRefused() throws Exception {
        assertRefused(RecordingFixtures.wavFile(1, 16_000, 16, new byte[2 * 16_000]), "audio/wav", 400,
                "recording-silent");
    }

    @Test
    void upload_notAnAudioContentType_is415() throws Exception {
        assertRefused(RecordingFixtures.wav(16_000, 1, 1_000, -20), "text/plain", 415, "recording-type-not-accepted");
    }

    @Test
    void upload_wrongRoleNotAuthorOrWrongState_isRefusedAndStoresNothing() throws Exception {
        final long id = draft("hmn", "routine");
        final byte[] wav = RecordingFixtures.wav(16_000, 1, 1_234, -20);
        final List<String> before = storedFiles();
        upload("approver", "audio/wav", wav).put("/api/bulletins/" + id + "/recording").then().statusCode(403)
                .contentType("application/problem+json");
        upload("rec-staff", "audio/wav", wav).put("/api/bulletins/" + id + "/recording").then().statusCode(403)
                .body("type", equalTo("/problems/not-author"));
        given().contentType("audio/wav").body(wav).put("/api/bulletins/" + id + "/recording").then().statusCode(401);
        upload("staff", "audio/wav", wav).put("/api/bulletins/987654/recording").then().statusCode(404);
        assertEquals(before, storedFiles());

        put(id, "audio/wav", RecordingFixtures.wav(16_000, 1, 1_000, -20)).statusCode(200);
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        final List<String> submitted = storedFiles();
        put(id, "audio/wav", wav).statusCode(409).body("type", equalTo("/problems/bulletin-not-editable"));
        as("staff").delete("/api/bulletins/" + id + "/recording").then().statusCode(409);
        assertEquals(submitted, storedFiles(), "editing the recording after submission is refused");

        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        final List<String> approved = storedFiles();
        put(id, "audio/wav", wav).statusCode(409).body("type", equalTo("/problems/bulletin-immutable"));
        assertEquals(approved, storedFiles());
        as("staff").post("/api/bulletins/" + id + "/revisions").then().statusCode(201)
                .body("kind", equalTo("recorded"), "state", equalTo("DRAFT"));
    }

    @Test
    void upload_afterRejection_reopensTheDraft() {
        final long id = draft("hmn", "routine");
        put(id, "audio/wav", RecordingFixtures.wav(16_000, 1, 1_000, -20)).statusCode(200);
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").body(Map.of("reason", "nói chậm hơn")).post("/api/bulletins/" + id + "/reject").then()
                .statusCode(200);
        put(id, "audio/wav", RecordingFixtures.wav(16_000, 1, 1_300, -20)).statusCode(200)
                .body("state", equalTo("DRAFT"), "rejectionReason", equalTo(null), "recording.durationMs",
                        equalTo(1_900));
    }

    @Test
    void approvedRecording_isScheduledAndSentThroughTheExistingDispatch() {
        final long id = draft("hmn", "important");
        put(id, "audio/wav", RecordingFixtures.wav(16_000, 1, 1_000, -24)).statusCode(200);
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        final long broadcast = as("staff").body(Map.of("bulletinId", id,
                "playAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).plusHours(1).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        org.awaitility.Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + broadcast)
                .then().body("deliveries[0].state", equalTo("SENT")));
    }
}
