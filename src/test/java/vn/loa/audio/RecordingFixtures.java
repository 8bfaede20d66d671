package vn.loa.audio;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.Mp3File;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Uploads for the recording tests, made in the test (no binary fixtures), and an analysis of the broadcast MP3 Loa
 * makes from them. Public so the bulletin tests can use it; only this package touches the audio libraries.
 */
public final class RecordingFixtures {

    /** The tone every fixture carries, in hertz; the chime is 880 and 660 Hz. */
    public static final int TONE_HZ = 440;
    /** Silence before and after the tone in the fixtures, in milliseconds: mastering trims it. */
    public static final int SILENCE_MS = 300;

    private RecordingFixtures() {
    }

    /**
     * A 16-bit PCM WAV: silence, a 440 Hz tone whose amplitude wobbles at 3 Hz (so it is not a pure test tone), silence.
     *
     * @param rmsDbfs level of the tone
     */
    public static byte[] wav(final int sampleRate, final int channels, final long toneMs, final double rmsDbfs) {
        final short[] mono = toneWithSilence(sampleRate, toneMs, rmsDbfs);
        final ByteBuffer data = ByteBuffer.allocate(mono.length * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (final short s : mono) {
            for (int c = 0; c < channels; c++) {
                data.putShort(s);
            }
        }
        return wavFile(channels, sampleRate, 16, data.array());
    }

    /** A RIFF WAVE file around {@code data}, with correct sizes. */
    public static byte[] wavFile(final int channels, final int sampleRate, final int bits, final byte[] data) {
        final int blockAlign = channels * bits / 8;
        final ByteBuffer out = ByteBuffer.allocate(44 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data.length + (data.length & 1))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(sampleRate).putInt(sampleRate * blockAlign)
                .putShort((short) blockAlign).putShort((short) bits)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return out.array();
    }

    /** An MP3 (MPEG-2 layer III, 16 kHz mono, 32 kbit/s) of the same kind of tone, made by Loa's own encoder. */
    public static byte[] mp3(final long toneMs, final double rmsDbfs) {
        return Mp3Encoder.encode(new Pcm(toneWithSilence(Mp3Encoder.SAMPLE_RATE, toneMs, rmsDbfs),
                Mp3Encoder.SAMPLE_RATE));
    }

    private static short[] toneWithSilence(final int rate, final long toneMs, final double rmsDbfs) {
        final int silence = rate * SILENCE_MS / 1000;
        final int tone = (int) (toneMs * rate / 1000);
        final short[] out = new short[2 * silence + tone];
        final double peak = 32_768 * Math.pow(10, rmsDbfs / 20) * Math.sqrt(2);
        for (int i = 0; i < tone; i++) {
            final double wobble = 0.8 + 0.2 * Math.sin(2 * Math.PI * 3 * i / rate);
            out[silence + i] = (short) Math.round(peak * wobble * Math.sin(2 * Math.PI * TONE_HZ * i / rate));
        }
        return out;
    }

    /** What a broadcast MP3 contains, as the tests check it. */
    public record Broadcast(int sampleRate, long durationMs, boolean chimeFirst, boolean chimeLast, int messages,
            double messageRmsDbfs, String title, String language, Map<String, String> userTexts) {
    }

    /** Decodes a broadcast MP3 and finds the chime, the repeated message and its level. */
    public static Broadcast analyse(final byte[] mp3) throws Exception {
        final Pcm pcm = Mp3Decoder.decode(mp3, 3_600_000);
        final short[] s = pcm.samples();
        final int rate = pcm.sampleRate();
        final int window = rate / 10; // 100 ms
        final List<Boolean> tone = new ArrayList<>();
        for (int at = 0; at + window <= s.length; at += window) {
            final double p440 = TestAudio.power(s, at, at + window, TONE_HZ, rate);
            final double p880 = TestAudio.power(s, at, at + window, Chime.FIRST_HZ, rate);
            final double p660 = TestAudio.power(s, at, at + window, Chime.SECOND_HZ, rate);
            tone.add(p440 > 1e5 && p440 > 10 * (p880 + p660));
        }
        int messages = 0;
        int firstStart = -1;
        int firstEnd = -1;
        for (int w = 0; w < tone.size(); w++) {
            if (tone.get(w) && (w == 0 || !tone.get(w - 1))) {
                messages++;
                if (firstStart < 0) {
                    firstStart = w;
                }
            }
            if (!tone.get(w) && w > 0 && tone.get(w - 1) && firstEnd < 0) {
                firstEnd = w;
            }
        }
        double level = Double.NEGATIVE_INFINITY;
        if (firstStart >= 0 && firstEnd > firstStart + 2) {
            final short[] message = java.util.Arrays.copyOfRange(s, (firstStart + 1) * window, (firstEnd - 1) * window);
            level = LoudnessNormalizer.gatedRmsDbfs(new Pcm(message, rate));
        }
        final int chimeWindow = rate * Chime.TONE_MS / 1000 / 2;
        final int lead = rate / 10; // decoder delay and fade-in
        final boolean chimeFirst = TestAudio.power(s, lead, lead + chimeWindow, Chime.FIRST_HZ, rate)
                > 10 * TestAudio.power(s, lead, lead + chimeWindow, TONE_HZ, rate);
        final int secondToneStart = s.length - rate * Chime.TONE_MS / 1000 - lead;
        final boolean chimeLast = TestAudio.power(s, secondToneStart, secondToneStart + chimeWindow,
                Chime.SECOND_HZ, rate) > 10 * TestAudio.power(s, secondToneStart, secondToneStart + chimeWindow,
                        TONE_HZ, rate);
        final Path temp = Files.createTempFile("loa-test-", ".mp3");
        try {
            Files.write(temp, mp3);
            final ID3v2 tag = new Mp3File(temp).getId3v2Tag();
            return new Broadcast(rate, pcm.durationMs(), chimeFirst, chimeLast, messages, level, tag.getTitle(),
                    BulletinTag.text(tag, BulletinTag.LANGUAGE_FRAME), BulletinTag.userTexts(tag));
        } finally {
            Files.delete(temp);
        }
    }

    /** A real ZIP archive, from java.util.zip. */
    public static byte[] zip() throws Exception {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("announcement.txt"));
            zip.write("Thông báo: họp thôn lúc 8 giờ sáng mai.".repeat(50).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The 8-byte PNG signature and an IHDR chunk header: what a photo uploaded by mistake starts with. */
    public static byte[] png() {
        final byte[] png = new byte[2_000];
        final byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, png, 0, head.length);
        return png;
    }

    /** An ID3v2 tag and no audio at all. */
    public static byte[] id3Only() {
        return BulletinTag.of(TestAudio.request("x", "vi"), "vie").prependTo(new byte[0]);
    }
}
