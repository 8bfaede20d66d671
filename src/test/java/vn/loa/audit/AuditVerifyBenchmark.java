package vn.loa.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * How long verification takes on a long chain: appends 20,000 entries, then verifies the whole chain and logs the
 * time. Not part of the normal run (the name does not end in Test, and 20,000 entries would slow every later
 * verification): {@code mvn -B -q test -Dtest=AuditVerifyBenchmark}. No timed assertion; the figure goes in
 * README's audit section.
 */
@QuarkusTest
class AuditVerifyBenchmark {

    private static final Logger LOG = Logger.getLogger(AuditVerifyBenchmark.class);
    private static final int ENTRIES = 20_000;
    private static final int PER_TRANSACTION = 500;

    @Inject
    AuditTrail trail;

    @Inject
    AuditVerifier verifier;

    @Test
    void verify_twentyThousandEntries_walksThemAllInPages() {
        final long appendStart = System.nanoTime();
        for (int done = 0; done < ENTRIES; done += PER_TRANSACTION) {
            final int from = done;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = from; i < from + PER_TRANSACTION; i++) {
                    trail.record("bench", "bench.append", "bench", String.valueOf(i),
                            AuditTrail.json("i", i, "text", "Thông báo số " + i));
                }
            });
        }
        final long appendMs = (System.nanoTime() - appendStart) / 1_000_000;
        final long verifyStart = System.nanoTime();
        final AuditVerifier.Result result = verifier.verify();
        final long verifyMs = (System.nanoTime() - verifyStart) / 1_000_000;
        LOG.infof("BENCHMARK audit: appended %d entries in %d ms; verified %d entries in %d ms (%s)", ENTRIES,
                appendMs, result.entries(), verifyMs, result.ok() ? "ok" : result.reason());
        assertTrue(result.ok(), result.toString());
        assertTrue(result.entries() >= ENTRIES, result.toString());
    }
}
