package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Mp3DecoderTest {

    private static final long TEN_MINUTES_MS = 600_000;

    private static byte[] mp3(final long durationMs) {
        return Mp3Encoder.encode(TestAudio.tone(durationMs, Mp3Encoder.SAMPLE_RATE));
    }

    @Test
    void decode_encodedTone_givesTheToneBack() {
        final Pcm pcm = Mp3Decoder.decode(mp3(2_000), TEN_MINUTES_MS);
        assertEquals(Mp3Encoder.SAMPLE_RATE, pcm.sampleRate());
        assertEquals(2_000, pcm.durationMs(), 150, "LAME adds its delay and padding, nothing more");
        final short[] s = pcm.samples();
        final int middle = s.length / 2;
        assertTrue(TestAudio.power(s, middle, middle + 1600, 440, 16_000)
                > 100 * TestAudio.power(s, middle, middle + 1600, 1000, 16_000), "440 Hz dominates");
    }

    @Test
    void decode_taggedMp3_skipsTheTag() {
        final byte[] tagged = BulletinTag.of(TestAudio.request("x", "vi"), "vie").prependTo(mp3(1_000));
        assertEquals(1_000, Mp3Decoder.decode(tagged, TEN_MINUTES_MS).durationMs(), 150);
    }

    @Test
    void decode_cutMidFrame_isMalformed() {
        final byte[] whole = mp3(2_000);
        final byte[] cut = Arrays.copyOf(whole, whole.length - 20);
        final RecordingException e = assertThrows(RecordingException.class,
                () -> Mp3Decoder.decode(cut, TEN_MINUTES_MS));
        assertEquals("recording-malformed", e.code());
    }

    @Test
    void decode_onlyAnId3Tag_isMalformed() {
        final byte[] tagOnly = BulletinTag.of(TestAudio.request("x", "vi"), "vie").prependTo(new byte[0]);
        final RecordingException e = assertThrows(RecordingException.class,
                () -> Mp3Decoder.decode(tagOnly, TEN_MINUTES_MS));
        assertEquals("recording-malformed", e.code());
    }

    @Test
    void decode_longerThanTheLimit_isTooLong() {
        final RecordingException e = assertThrows(RecordingException.class,
                () -> Mp3Decoder.decode(mp3(5_000), 2_000));
        assertEquals("recording-too-long", e.code(), e.getMessage());
    }

    @Test
    void decode_frameSyncFollowedByGarbage_isRefused() {
        final byte[] junk = new byte[4_000];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = (byte) 0xff;
        junk[1] = (byte) 0xfb;
        final RecordingException e = assertThrows(RecordingException.class,
                () -> Mp3Decoder.decode(junk, TEN_MINUTES_MS));
        assertTrue(e.code().startsWith("recording-"), e.code());
    }

    /** A 44.1 kHz stereo MPEG-1 MP3 at 128 kbit/s, as phones and laptops make: left 440 Hz, right silent. */
    private static byte[] stereoMp3At44kHz(final long durationMs) {
        final int rate = 44_100;
        final int frames = (int) (durationMs * rate / 1000);
        final byte[] pcm = new byte[frames * 4];
        for (int i = 0; i < frames; i++) {
            final short left = (short) (16_000 * Math.sin(2 * Math.PI * 440 * i / rate));
            pcm[4 * i] = (byte) left;
            pcm[4 * i + 1] = (byte) (left >> 8);
        }
        final de.sciss.jump3r.lowlevel.LameEncoder lame = new de.sciss.jump3r.lowlevel.LameEncoder(
                new javax.sound.sampled.AudioFormat(rate, 16, 2, true, false),
                new javax.sound.sampled.AudioFormat(de.sciss.jump3r.lowlevel.LameEncoder.MPEG1L3, rate,
                        javax.sound.sampled.AudioSystem.NOT_SPECIFIED, 2, javax.sound.sampled.AudioSystem.NOT_SPECIFIED,
                        javax.sound.sampled.AudioSystem.NOT_SPECIFIED, false, java.util.Map.of(
                                de.sciss.jump3r.lowlevel.LameEncoder.P_BITRATE, 128,
                                de.sciss.jump3r.lowlevel.LameEncoder.P_CHMODE, "stereo",
                                de.sciss.jump3r.lowlevel.LameEncoder.P_VBR, Boolean.FALSE)));
        try {
            final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            final byte[] buffer = new byte[pcm.length * 5 / 4 + 7200];
            out.write(buffer, 0, lame.encodeBuffer(pcm, 0, pcm.length, buffer));
            out.write(buffer, 0, lame.encodeFinish(buffer));
            return out.toByteArray();
        } finally {
            lame.close();
        }
    }

    @Test
    void decode_stereo44kHzMpeg1_mixedDownToMonoAtItsRate() {
        final Pcm pcm = Mp3Decoder.decode(stereoMp3At44kHz(1_000), TEN_MINUTES_MS);
        assertEquals(44_100, pcm.sampleRate());
        assertEquals(1_000, pcm.durationMs(), 100);
        final short[] s = pcm.samples();
        final int middle = s.length / 2;
        int peak = 0;
        for (int i = middle; i < middle + 4_410; i++) {
            peak = Math.max(peak, Math.abs(s[i]));
        }
        assertEquals(8_000, peak, 1_000, "left at 16000 and a silent right average to half");
    }
}
