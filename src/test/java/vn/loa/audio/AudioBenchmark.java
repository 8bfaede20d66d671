package vn.loa.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The whole audio path for a one-minute English and a one-minute Vietnamese bulletin, beside the shell pipeline
 * {@code espeak-ng -w … && lame …} on the same text, in one run. For each: speech (and, for Loa, normalisation,
 * trimming, loudness, chime and two repeats), MP3 encoding, ID3 tagging, read-back verification and storage.
 * "× RT" is the spoken bulletin's length divided by the wall time (the median of the measured runs). Rerun with the
 * command in BENCHMARKS.md; arguments: [warm-up runs] [measured runs].
 */
public final class AudioBenchmark {

    /** About 190 words: one minute of kevin16 at its default speaking rate. */
    static final String ENGLISH = "Attention please. This is an urgent announcement from the People's Committee "
            + "of the commune. Heavy rain has fallen on the upper river since last night, and the water level at "
            + "Ma village bridge has risen by one point two metres in six hours. A flash flood warning is now in "
            + "force for Ma village, Na Hang hamlet and the fields along the river. Families living near the river "
            + "bank must move children, old people and livestock to higher ground before five o'clock this "
            + "afternoon. Do not cross the river or the spillway on foot, by motorbike or by boat. Fishermen must "
            + "bring their boats ashore now. The primary school will close at noon, and parents should collect "
            + "their children from the school gate. Emergency shelter, drinking water and rice are ready at the "
            + "commune cultural house. If you need help to move, call the commune police or the village head. "
            + "Village heads must report the number of households moved to the commune office by telephone every "
            + "two hours, and must not let anyone return home until the warning is lifted. "
            + "Keep your radio on and listen for the next announcement at six o'clock this evening. "
            + "Thank you for your attention.";

    /** About one minute of espeak-ng's Vietnamese voice at 150 words a minute, with numbers to normalise. */
    static final String VIETNAMESE = "Thông báo khẩn của UBND xã. Từ đêm qua mưa lớn kéo dài trên thượng nguồn sông "
            + "Lô, mực nước tại cầu thôn Mỏ Sài đã lên thêm 1,2 m trong 6 giờ. Ban chỉ huy phòng chống thiên tai xã "
            + "cảnh báo nguy cơ lũ quét và sạt lở đất tại thôn Mỏ Sài, bản Tùng Bá và các khu ruộng ven sông. Các hộ "
            + "gia đình sống gần bờ sông và chân đồi phải đưa người già, trẻ em và gia súc lên chỗ cao trước 17h "
            + "chiều nay. Trường tiểu học cho học sinh nghỉ từ 11h trưa, phụ huynh đón con tại cổng "
            + "trường. Trưởng thôn báo cáo số hộ "
            + "đã di dời về UBND xã 2 giờ một lần qua SĐT 0912 345 678. Lịch tiêm chủng ngày 06/12/2026 lúc 7h30 "
            + "tại trạm y tế xã được hoãn lại. Đề nghị bà con mở loa và nghe thông báo tiếp theo vào lúc 18:00 tối "
            + "nay. Xin cảm ơn bà con đã chú ý lắng nghe.";

    private static final Instant APPROVED_AT = Instant.parse("2025-09-12T08:45:30Z");
    private static final int BITRATE = MasteringSettings.DEFAULT_BITRATE_KBPS;

    private AudioBenchmark() {
    }

    public static void main(final String[] args) throws Exception {
        final int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        final int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        final Path dir = Files.createTempDirectory("loa-audio-bench");
        final FreeTtsEngine freeTts = new FreeTtsEngine(1);
        try {
            System.out.printf(Locale.ROOT, "Java %s, %d cores, %d warm-up and %d measured runs, MP3 %d kbit/s%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), warmUps, runs,
                    BITRATE);
            final AudioStore store = new AudioStore(dir.resolve("store"));
            final boolean espeak = onPath("espeak-ng");
            final boolean lame = onPath("lame");
            final List<String> summary = new ArrayList<>();
            summary.add(bench("English", "en", ENGLISH, freeTts, store, warmUps, runs));
            if (espeak) {
                final SpeechEngine vi = new EspeakEngine(EspeakBinary.onSystemPath("espeak-ng"), Duration.ofSeconds(60));
                summary.add(bench("Vietnamese", "vi", VIETNAMESE, vi, store, warmUps, runs));
            } else {
                summary.add("Vietnamese: skipped, espeak-ng is not installed (apt-get install espeak-ng)");
            }
            if (espeak && lame) {
                summary.add(shell("English", "en", ENGLISH, dir, warmUps, runs));
                summary.add(shell("Vietnamese", "vi", VIETNAMESE, dir, warmUps, runs));
            } else {
                summary.add("shell pipeline: skipped, it needs espeak-ng and lame (apt-get install espeak-ng lame)");
            }
            System.out.println();
            System.out.println("Summary (median of the measured runs):");
            summary.forEach(line -> System.out.println("  " + line));
        } finally {
            freeTts.close();
            deleteRecursively(dir);
        }
    }

    /** Loa's path, stage by stage as {@link AudioProducer#produce} runs it. */
    private static String bench(final String name, final String language, final String text,
            final SpeechEngine engine, final AudioStore store, final int warmUps, final int runs) {
        System.out.printf(Locale.ROOT, "%nLoa, %s (%d characters)%n", name, text.length());
        System.out.printf(Locale.ROOT, "%-8s %9s %11s %11s %10s %11s %10s %8s%n", "run", "speech s",
                "programme s", "speak+mst ms", "encode ms", "tag+vfy ms", "total ms", "x RT");
        final long[] total = new long[runs];
        final long[][] stages = new long[3][runs];
        double speechSeconds = 0;
        for (int i = 0; i < warmUps + runs; i++) {
            final AudioRequest request = new AudioRequest(text, language, "Cảnh báo lũ quét – thôn Mỏ Sài", 1000 + i,
                    "Nguyễn Thị Hoa", APPROVED_AT);
            final long t0 = System.nanoTime();
            final Pcm spoken = engine.synthesize(text, request.speech());
            final PlayoutLayout programme = AudioProducer.master(spoken, request.repeats(), MasteringSettings.DEFAULT);
            final long t1 = System.nanoTime();
            final byte[] mp3 = Mp3Encoder.encode(programme, BITRATE);
            final long t2 = System.nanoTime();
            final byte[] file = BulletinTag.of(request, Locale.forLanguageTag(language).getISO3Language())
                    .prependTo(mp3);
            try (AudioStore.Staged staged = store.stage(file)) {
                Mp3Verifier.verify(staged.path(), request, programme.durationMs(), BITRATE);
                staged.commit();
            }
            final long t3 = System.nanoTime();
            speechSeconds = spoken.samples().length / (double) spoken.sampleRate();
            final boolean warmUp = i < warmUps;
            System.out.printf(Locale.ROOT, "%-8s %9.1f %11.1f %11.1f %10.1f %11.1f %10.1f %8.1f%n",
                    warmUp ? "warm-up" : "run " + (i - warmUps + 1), speechSeconds, programme.durationMs() / 1000.0,
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0), speechSeconds * 1e9 / (t3 - t0));
            if (!warmUp) {
                final int r = i - warmUps;
                stages[0][r] = t1 - t0;
                stages[1][r] = t2 - t1;
                stages[2][r] = t3 - t2;
                total[r] = t3 - t0;
            }
        }
        final double median = median(total);
        return String.format(Locale.ROOT, "Loa %-10s %5.1f s of speech: %7.1f ms = %6.1f x RT (speech+mastering "
                + "%.1f ms, encode %.1f ms, tag+verify+store %.1f ms)", name, speechSeconds, ms(median),
                speechSeconds * 1e9 / median, ms(median(stages[0])), ms(median(stages[1])), ms(median(stages[2])));
    }

    /** {@code espeak-ng -v <voice> -w speech.wav -f text.txt && lame --quiet -m m -b 32 --resample 16 …}. */
    private static String shell(final String name, final String voice, final String text, final Path dir,
            final int warmUps, final int runs) throws IOException, InterruptedException {
        final Path input = Files.writeString(dir.resolve(voice + ".txt"), text, StandardCharsets.UTF_8);
        final Path wav = dir.resolve(voice + ".wav");
        final Path mp3 = dir.resolve(voice + ".mp3");
        final String pipeline = "espeak-ng -v " + voice + " -b 1 -w " + wav + " -f " + input
                + " && lame --quiet -m m -b " + BITRATE + " --resample 16 " + wav + " " + mp3;
        System.out.printf(Locale.ROOT, "%nshell, %s: %s%n", name, pipeline);
        final long[] total = new long[runs];
        double speechSeconds = 0;
        for (int i = 0; i < warmUps + runs; i++) {
            final long t0 = System.nanoTime();
            final Process p = new ProcessBuilder("sh", "-c", pipeline).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the shell pipeline failed: " + pipeline);
            }
            final long t1 = System.nanoTime();
            final Pcm pcm = WavReader.read(Files.readAllBytes(wav));
            speechSeconds = pcm.samples().length / (double) pcm.sampleRate();
            final boolean warmUp = i < warmUps;
            System.out.printf(Locale.ROOT, "%-8s %9.1f s of speech %10.1f ms %8.1f x RT%n",
                    warmUp ? "warm-up" : "run " + (i - warmUps + 1), speechSeconds, ms(t1 - t0),
                    speechSeconds * 1e9 / (t1 - t0));
            if (!warmUp) {
                total[i - warmUps] = t1 - t0;
            }
        }
        final double median = median(total);
        return String.format(Locale.ROOT, "shell %-8s %5.1f s of speech: %7.1f ms = %6.1f x RT", name,
                speechSeconds, ms(median), speechSeconds * 1e9 / median);
    }

    private static boolean onPath(final String program) {
        return EspeakBinary.onSystemPath(program).locate().isPresent();
    }

    private static double median(final long[] values) {
        final long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static double ms(final double nanos) {
        return nanos / 1e6;
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (final Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
