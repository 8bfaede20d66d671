package vn.loa.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;

/** The published TEST keys of devices/protocol/examples/test-keys.json (seeds 0..31 and 32..63). */
public final class TestKeys {

    public static final String CURRENT_SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    public static final String CURRENT_PUBLIC = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=";
    public static final String CURRENT_KEY_ID = "56475aa75463474c";

    private TestKeys() {
    }

    /** The Ed25519 key pair whose private key is the given 32-byte seed (the JDK draws exactly 32 random bytes). */
    public static KeyPair fromSeed(final String seedHex) {
        final byte[] seed = HexFormat.of().parseHex(seedHex);
        final SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(final byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        };
        try {
            final KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, fixed);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
