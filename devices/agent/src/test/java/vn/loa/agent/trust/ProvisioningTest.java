package vn.loa.agent.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.support.Signer;

/** Re-provisioning (PROTOCOL.md 11.4): what a new key or new credentials clear, and what they keep. */
class ProvisioningTest {

    private static final ControllerKey CURRENT = ControllerKey.ofBase64(Signer.CURRENT.publicKey());
    private static final ControllerKey NEXT = ControllerKey.ofBase64(Signer.NEXT.publicKey());

    @TempDir
    Path cache;

    private long highestAfterReopen() throws Exception {
        return SequenceWindow.open(cache.resolve("sequence.json")).highest();
    }

    private void acceptSeq(final long seq) throws Exception {
        SequenceWindow.open(cache.resolve("sequence.json")).accept(seq, CommandId.of(UUID.randomUUID().toString()));
    }

    @Test
    void apply_sameKeyAndCredentials_keepsTheSequence() throws Exception {
        assertEquals(Provisioning.Outcome.UNCHANGED, Provisioning.apply(cache, CURRENT, "rx-a", "secret"));
        acceptSeq(500);

        assertEquals(Provisioning.Outcome.UNCHANGED, Provisioning.apply(cache, CURRENT, "rx-a", "secret"));

        assertEquals(500, highestAfterReopen());
    }

    @Test
    void apply_newCredentials_clearsTheSequenceSoACounterFromOneIsAccepted() throws Exception {
        Provisioning.apply(cache, CURRENT, "rx-a", "secret");
        acceptSeq(500);

        assertEquals(Provisioning.Outcome.SEQUENCE_CLEARED, Provisioning.apply(cache, CURRENT, "rx-a", "new-secret"));

        assertEquals(0, highestAfterReopen());
        assertTrue(SequenceWindow.open(cache.resolve("sequence.json")).admits(1, CommandId.of(UUID.randomUUID().toString())));
    }

    @Test
    void apply_newCredentialsAfterARotation_keepsTheRotatedKey() throws Exception {
        Provisioning.apply(cache, CURRENT, "rx-a", "secret");
        TrustStore.open(cache.resolve("trust.json"), CURRENT).replace(NEXT, CommandId.of(UUID.randomUUID().toString()));

        Provisioning.apply(cache, CURRENT, "rx-a", "new-secret");

        assertEquals(NEXT, TrustStore.open(cache.resolve("trust.json"), CURRENT).current());
    }

    @Test
    void apply_newConfiguredKey_forgetsTheRotatedKeyAndTheSequence() throws Exception {
        final ControllerKey other = ControllerKey.ofBase64(Signer.forger("x").publicKey());
        Provisioning.apply(cache, CURRENT, "rx-a", "secret");
        TrustStore.open(cache.resolve("trust.json"), CURRENT).replace(NEXT, CommandId.of(UUID.randomUUID().toString()));
        acceptSeq(500);

        assertEquals(Provisioning.Outcome.KEY_AND_SEQUENCE_CLEARED, Provisioning.apply(cache, other, "rx-a", "secret"));

        assertFalse(Files.exists(cache.resolve("trust.json")));
        assertEquals(other, TrustStore.open(cache.resolve("trust.json"), other).current());
        assertEquals(0, highestAfterReopen());
    }

    @Test
    void apply_configuredKeyCatchesUpWithTheRotation_keepsEverything() throws Exception {
        Provisioning.apply(cache, CURRENT, "rx-a", "secret");
        TrustStore.open(cache.resolve("trust.json"), CURRENT).replace(NEXT, CommandId.of(UUID.randomUUID().toString()));
        acceptSeq(500);

        assertEquals(Provisioning.Outcome.UNCHANGED, Provisioning.apply(cache, NEXT, "rx-a", "secret"));

        assertEquals(500, highestAfterReopen());
        assertEquals(NEXT, TrustStore.open(cache.resolve("trust.json"), NEXT).current());
    }

    @Test
    void apply_stateFromBeforeProvisioningExisted_isAdoptedNotCleared() throws Exception {
        acceptSeq(500);

        assertEquals(Provisioning.Outcome.UNCHANGED, Provisioning.apply(cache, CURRENT, "rx-a", "secret"));

        assertEquals(500, highestAfterReopen());
        assertTrue(Files.exists(cache.resolve("provisioning.json")));
    }
}
