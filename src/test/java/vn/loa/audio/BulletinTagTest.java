package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.Mp3File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinTagTest {

    @TempDir
    Path dir;

    private ID3v2 writeAndRead(final AudioRequest request) throws Exception {
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.tone(500, 16_000));
        final Path file = dir.resolve("tagged.mp3");
        Files.write(file, BulletinTag.of(request, "eng").prependTo(mp3));
        final Mp3File read = new Mp3File(file);
        assertTrue(read.hasId3v2Tag());
        return read.getId3v2Tag();
    }

    @Test
    void prependTo_vietnameseTitle_roundTripsThroughMp3agic() throws Exception {
        final ID3v2 tag = writeAndRead(TestAudio.request("Hello.", "en"));
        assertEquals(TestAudio.VIETNAMESE_TITLE, tag.getTitle());
        assertEquals("4.0", tag.getVersion());
    }

    @Test
    void prependTo_bulletinFacts_roundTripAsUserTextFrames() throws Exception {
        final Instant approvedAt = Instant.parse("2025-09-12T08:45:30.123Z");
        final AudioRequest request = new AudioRequest("Hello.", "en", "Họp dân", 9_007_199_254L, "Trần Văn Đức",
                approvedAt);
        final Map<String, String> texts = BulletinTag.userTexts(writeAndRead(request));
        assertEquals("9007199254", texts.get(BulletinTag.BULLETIN_ID));
        assertEquals("Trần Văn Đức", texts.get(BulletinTag.APPROVER));
        assertEquals(approvedAt, Instant.parse(texts.get(BulletinTag.APPROVED_AT)));
        assertEquals(3, texts.size());
    }

    @Test
    void prependTo_language_writtenAsIso639Code() throws Exception {
        final ID3v2 tag = writeAndRead(TestAudio.request("Hello.", "en"));
        final byte[] data = tag.getFrameSets().get("TLAN").getFrames().get(0).getData();
        assertEquals("eng", new String(data, 1, data.length - 1, StandardCharsets.UTF_8));
    }

    @Test
    void prependTo_sameRequest_sameBytes() {
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.tone(200, 16_000));
        final AudioRequest request = TestAudio.request("Hello.", "en");
        assertArrayEquals(BulletinTag.of(request, "eng").prependTo(mp3),
                BulletinTag.of(request, "eng").prependTo(mp3));
    }

    @Test
    void prependTo_languageName_undPlusNameInUserTextRoundTrips() throws Exception {
        final AudioRequest request = TestAudio.request("Tóm tắt", "Dao Đỏ");
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.tone(500, 16_000));
        final Path file = dir.resolve("dao.mp3");
        Files.write(file, BulletinTag.of(request, Id3Language.code(request.language())).prependTo(mp3));
        final ID3v2 tag = new Mp3File(file).getId3v2Tag();
        assertEquals("und", BulletinTag.text(tag, BulletinTag.LANGUAGE_FRAME));
        assertEquals("Dao Đỏ", BulletinTag.userTexts(tag).get(BulletinTag.LANGUAGE));
        assertEquals(TestAudio.VIETNAMESE_TITLE, tag.getTitle());
        Mp3Verifier.verify(file, request, 500, MasteringSettings.DEFAULT_BITRATE_KBPS);
    }

    @Test
    void prependTo_languageCode_noLanguageNameFrame() throws Exception {
        final AudioRequest request = TestAudio.request("Tóm tắt", "hmn");
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.tone(500, 16_000));
        final Path file = dir.resolve("hmn.mp3");
        Files.write(file, BulletinTag.of(request, Id3Language.code(request.language())).prependTo(mp3));
        final ID3v2 tag = new Mp3File(file).getId3v2Tag();
        assertEquals("hmn", BulletinTag.text(tag, BulletinTag.LANGUAGE_FRAME));
        assertEquals(null, BulletinTag.userTexts(tag).get(BulletinTag.LANGUAGE));
        Mp3Verifier.verify(file, request, 500, MasteringSettings.DEFAULT_BITRATE_KBPS);
    }

    @Test
    void verify_languageTagMismatch_isReported() throws Exception {
        final AudioRequest request = TestAudio.request("Tóm tắt", "Dao Đỏ");
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.tone(500, 16_000));
        final Path file = dir.resolve("wrong.mp3");
        Files.write(file, BulletinTag.of(request, "hmn").prependTo(mp3));
        final vn.loa.error.UnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.loa.error.UnavailableException.class,
                () -> Mp3Verifier.verify(file, request, 500, MasteringSettings.DEFAULT_BITRATE_KBPS));
        assertTrue(e.getMessage().contains("language is hmn, expected und"), e.getMessage());
    }

    @Test
    void prependTo_speechSettings_voiceAndRateRoundTripAndVerify() throws Exception {
        final AudioRequest request = TestAudio.request("Xin chào.", "vi");
        final SpeechSettings spoken = SpeechSettings.of("vi-vn-x-south", 120);
        final Path file = dir.resolve("voice.mp3");
        Files.write(file, BulletinTag.of(request, "vie", spoken).prependTo(Mp3Encoder.encode(TestAudio.tone(500,
                16_000))));
        final Map<String, String> texts = BulletinTag.userTexts(new Mp3File(file).getId3v2Tag());
        assertEquals("vi-vn-x-south", texts.get(BulletinTag.VOICE));
        assertEquals("120", texts.get(BulletinTag.RATE_WPM));
        Mp3Verifier.verify(file, request, 500, MasteringSettings.DEFAULT_BITRATE_KBPS, spoken);
    }

    @Test
    void prependTo_noSpeechSettings_noVoiceOrRateFrames() throws Exception {
        final Map<String, String> texts = BulletinTag.userTexts(writeAndRead(TestAudio.request("Hello.", "en")));
        assertEquals(null, texts.get(BulletinTag.VOICE));
        assertEquals(null, texts.get(BulletinTag.RATE_WPM));
    }

    @Test
    void verify_voiceOrRateMismatch_isReported() throws Exception {
        final AudioRequest request = TestAudio.request("Xin chào.", "vi");
        final Path file = dir.resolve("central.mp3");
        Files.write(file, BulletinTag.of(request, "vie", SpeechSettings.of("vi-vn-x-central", 180))
                .prependTo(Mp3Encoder.encode(TestAudio.tone(500, 16_000))));
        final vn.loa.error.UnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.loa.error.UnavailableException.class, () -> Mp3Verifier.verify(file, request, 500,
                        MasteringSettings.DEFAULT_BITRATE_KBPS, SpeechSettings.of("vi-vn-x-south", 120)));
        assertTrue(e.getMessage().contains("voice is vi-vn-x-central, expected vi-vn-x-south"), e.getMessage());
        assertTrue(e.getMessage().contains("rate (words per minute) is 180, expected 120"), e.getMessage());
        final vn.loa.error.UnavailableException recorded = org.junit.jupiter.api.Assertions.assertThrows(
                vn.loa.error.UnavailableException.class,
                () -> Mp3Verifier.verify(file, request, 500, MasteringSettings.DEFAULT_BITRATE_KBPS));
        assertTrue(recorded.getMessage().contains("voice is vi-vn-x-central, expected null"), recorded.getMessage());
    }
}
