package vn.loa.cap;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * What checking one CAP alert costs: hardened parse, OASIS schema validation, reading, and the XML Signature check
 * (RSA 2048, SHA-256), and how fast a billion laughs is refused. Not part of the normal run (the name does not end in
 * Test): {@code mvn -B -o -q test -Dtest=CapBenchmark} (optional {@code -Dbench.rounds=500}). Logs
 * {@code BENCHMARK cap} lines; no timed assertion. The figures go in BENCHMARKS.md.
 */
class CapBenchmark {

    private static final Logger LOG = Logger.getLogger(CapBenchmark.class);

    @Test
    void checkOneAlert() {
        final int rounds = Integer.getInteger("bench.rounds", 500);
        final KeyPair keys = CapSamples.rsa();
        final byte[] signed = CapSamples.sign(CapSamples.load("actual-flood.xml", Map.of("identifier", "B-1",
                "sender", CapSamples.SENDER, "sent", "2026-12-07T08:00:00+07:00", "expires",
                "2026-12-07T20:00:00+07:00", "code", "99101")), keys.getPrivate()).getBytes(StandardCharsets.UTF_8);
        final byte[] bomb = CapSamples.load("billion-laughs.xml", Map.of("sender", CapSamples.SENDER))
                .getBytes(StandardCharsets.UTF_8);
        final CapDocuments documents = new CapDocuments();
        for (int i = 0; i < 50; i++) { // warm up
            CapSignature.verify(documents.read(signed), keys.getPublic());
        }
        final long[] accept = new long[rounds];
        final long[] refuse = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            final var doc = documents.read(signed);
            CapMessage.of(doc);
            CapSignature.verify(doc, keys.getPublic());
            accept[i] = System.nanoTime() - t;
            t = System.nanoTime();
            assertThrows(CapRefusal.class, () -> documents.read(bomb));
            refuse[i] = System.nanoTime() - t;
        }
        LOG.infof("BENCHMARK cap accept (parse+schema+read+verify, %d bytes): median %.2f ms, p95 %.2f ms over %d",
                signed.length, ms(accept, 50), ms(accept, 95), rounds);
        LOG.infof("BENCHMARK cap refuse billion laughs: median %.3f ms, p95 %.3f ms over %d", ms(refuse, 50),
                ms(refuse, 95), rounds);
    }

    private static double ms(final long[] nanos, final int percentile) {
        final long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
