package vn.loa.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speaks, encodes, tags, verifies and stores a one-minute English bulletin several times after warm-up, and prints
 * for each stage the audio seconds, the wall time and how many times faster than real time it ran. Rerun with the
 * command in BENCHMARKS.md; arguments: [warm-up runs] [measured runs].
 */
public final class AudioBenchmark {

    /** About 190 words: one minute of kevin16 at its default speaking rate. */
    static final String BULLETIN = "Attention please. This is an urgent announcement from the People's Committee "
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

    private AudioBenchmark() {
    }

    public static void main(final String[] args) throws IOException {
        final int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        final int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        final Path dataDir = Files.createTempDirectory("loa-audio-bench");
        final FreeTtsEngine engine = new FreeTtsEngine(1);
        try {
            final AudioStore store = new AudioStore(dataDir);
            System.out.printf(Locale.ROOT, "Java %s, %d cores; text %d characters%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), BULLETIN.length());
            System.out.printf(Locale.ROOT, "%-8s %8s %10s %10s %10s %10s %8s%n",
                    "run", "audio s", "speech ms", "encode ms", "tag+vfy ms", "total ms", "x RT");
            final long[][] stageNs = new long[4][runs]; // speech, encode, tag+verify+store, total
            double audioSeconds = 0;
            for (int i = 0; i < warmUps + runs; i++) {
                final AudioRequest request = new AudioRequest(BULLETIN, "en", "Cảnh báo lũ quét – thôn Má",
                        1000 + i, "Nguyễn Thị Hoa", Instant.parse("2025-09-12T08:45:30Z"));
                final long t0 = System.nanoTime();
                final Pcm spoken = engine.synthesize(request.text(), request.speech());
                final Pcm pcm = Resampler.resample(spoken, Mp3Encoder.SAMPLE_RATE);
                final long t1 = System.nanoTime();
                final byte[] mp3 = Mp3Encoder.encode(pcm);
                final long t2 = System.nanoTime();
                final byte[] file = BulletinTag.of(request, "eng").prependTo(mp3);
                try (AudioStore.Staged staged = store.stage(file)) {
                    Mp3Verifier.verify(staged.path(), request, pcm.durationMs(),
                            MasteringSettings.DEFAULT_BITRATE_KBPS);
                    staged.commit();
                }
                final long t3 = System.nanoTime();
                audioSeconds = pcm.durationMs() / 1000.0;
                final boolean warmUp = i < warmUps;
                print(warmUp ? "warm-up" : "run " + (i - warmUps + 1), audioSeconds, t1 - t0, t2 - t1, t3 - t2);
                if (!warmUp) {
                    final int run = i - warmUps;
                    stageNs[0][run] = t1 - t0;
                    stageNs[1][run] = t2 - t1;
                    stageNs[2][run] = t3 - t2;
                    stageNs[3][run] = t3 - t0;
                }
            }
            System.out.printf(Locale.ROOT, "%d runs (x RT = audio seconds / wall seconds, at the median):%n", runs);
            System.out.printf(Locale.ROOT, "  %-18s %9s %9s %9s %10s%n", "stage", "min ms", "median ms", "max ms",
                    "x RT");
            final String[] stages = {"speech", "encode", "tag+verify+store", "total"};
            for (int s = 0; s < stages.length; s++) {
                final long[] sorted = stageNs[s].clone();
                Arrays.sort(sorted);
                final double median = sorted[runs / 2] / 1e6;
                System.out.printf(Locale.ROOT, "  %-18s %9.1f %9.1f %9.1f %10.1f%n", stages[s], sorted[0] / 1e6,
                        median, sorted[runs - 1] / 1e6, audioSeconds * 1000 / median);
            }
        } finally {
            engine.close();
            deleteRecursively(dataDir);
        }
    }

    private static void print(final String label, final double audioSeconds, final long speechNs,
            final long encodeNs, final long tagNs) {
        final double total = (speechNs + encodeNs + tagNs) / 1e6;
        System.out.printf(Locale.ROOT, "%-8s %8.1f %10.1f %10.1f %10.1f %10.1f %8.1f%n", label, audioSeconds,
                speechNs / 1e6, encodeNs / 1e6, tagNs / 1e6, total, audioSeconds * 1000 / total);
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (final Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
