package vn.loa.signing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Signing and verifying a command-sized message with the JDK's Ed25519 and with BouncyCastle's ({@link Ed25519}),
 * side by side in one JVM. Not part of the normal run (the name does not end in Test):
 * {@code mvn -B -q test -Dtest=SigningBenchmark}. Logs {@code BENCHMARK ed25519} lines, microseconds per operation.
 */
class SigningBenchmark {

    private static final Logger LOG = Logger.getLogger(SigningBenchmark.class);
    private static final int OPS = 2_000;

    @Test
    void jdkAgainstBouncyCastle_signAndVerify() throws Exception {
        final KeyPair pair = Ed25519.generate();
        final byte[] message = new byte[600];
        new java.util.Random(1).nextBytes(message);
        final Ed25519.Signer signer = Ed25519.signer(pair.getPrivate());
        final String sig = signer.sign(message);
        final byte[] raw = Base64.getDecoder().decode(sig);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < OPS; i++) {
                final Signature s = Signature.getInstance("Ed25519");
                s.initSign(pair.getPrivate());
                s.update(message);
                s.sign();
            }
            final long jdkSign = (System.nanoTime() - start) / OPS / 1000;
            start = System.nanoTime();
            for (int i = 0; i < OPS; i++) {
                signer.sign(message);
            }
            final long bcSign = (System.nanoTime() - start) / OPS / 1000;
            start = System.nanoTime();
            boolean ok = true;
            for (int i = 0; i < OPS; i++) {
                final Signature s = Signature.getInstance("Ed25519");
                s.initVerify(pair.getPublic());
                s.update(message);
                ok &= s.verify(raw);
            }
            final long jdkVerify = (System.nanoTime() - start) / OPS / 1000;
            start = System.nanoTime();
            for (int i = 0; i < OPS; i++) {
                ok &= Ed25519.verify(pair.getPublic(), message, sig);
            }
            final long bcVerify = (System.nanoTime() - start) / OPS / 1000;
            assertTrue(ok);
            LOG.infof("BENCHMARK ed25519 run %d: sign JDK %d us, BouncyCastle %d us; verify JDK %d us, "
                    + "BouncyCastle %d us", run, jdkSign, bcSign, jdkVerify, bcVerify);
        }
    }
}
