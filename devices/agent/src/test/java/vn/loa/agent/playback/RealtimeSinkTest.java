package vn.loa.agent.playback;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RealtimeSinkTest {

    @Test
    void writeAndDrain_twoSecondsOfMono16k_takesTwoSeconds() throws Exception {
        final PcmFormat format = new PcmFormat(16_000, 1);
        final RealtimeSink sink = new RealtimeSink(format);
        final byte[] chunk = new byte[1152];
        final int chunks = 2 * 16_000 * 2 / chunk.length;
        final long expectedNanos = format.nanosFor((long) chunks * chunk.length);

        final long start = System.nanoTime();
        for (int i = 0; i < chunks; i++) {
            sink.write(chunk, 0, chunk.length);
        }
        sink.drain();
        final long elapsed = System.nanoTime() - start;

        assertTrue(Math.abs(elapsed - expectedNanos) < 30_000_000L,
                "elapsed " + elapsed / 1e6 + " ms, expected " + expectedNanos / 1e6 + " ms");
    }

    @Test
    void write_firstSecondOfStereo44k_returnsAtMostOneBufferAhead() throws Exception {
        final PcmFormat format = new PcmFormat(44_100, 2);
        final RealtimeSink sink = new RealtimeSink(format);
        final byte[] oneSecond = new byte[44_100 * 4];

        final long start = System.nanoTime();
        sink.write(oneSecond, 0, oneSecond.length);
        final long elapsed = System.nanoTime() - start;

        final long expected = 1_000_000_000L - RealtimeSink.BUFFER_NANOS;
        assertTrue(elapsed >= expected && elapsed < expected + 30_000_000L, "elapsed " + elapsed / 1e6 + " ms");
    }
}
