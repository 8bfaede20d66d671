package vn.loa.signing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The controller's signing keys. The first start makes one; {@link #rotate()} makes the next. Private keys never
 * leave this class. The current key is re-read every few seconds, so after a rotation on one controller instance
 * the others follow.
 */
@ApplicationScoped
public class ControllerKeys {

    private static final Logger LOG = Logger.getLogger(ControllerKeys.class);
    /** How long the current key id is trusted from memory before the database is asked again. */
    private static final Duration CURRENT_TTL = Duration.ofSeconds(5);

    /** A public key as receivers are given it. */
    public record PublicInfo(String keyId, String publicKey) {
    }

    /** A signature and the id of the key that made it. */
    public record Signed(String keyId, String sig) {
    }

    @Inject
    Clock clock;

    private final Map<String, Ed25519.Signer> privateKeys = new ConcurrentHashMap<>();
    private volatile PublicInfo current;
    private volatile Instant currentReadAt = Instant.EPOCH;

    void onStart(@Observes @Priority(7) final StartupEvent ignored) {
        final PublicInfo key = current();
        LOG.infof("signing commands with Ed25519 key %s (public %s)", key.keyId(), key.publicKey());
    }

    /** The key commands are signed with now; made on first use when the database has none. */
    public PublicInfo current() {
        final Instant now = clock.instant();
        if (current == null || now.isAfter(currentReadAt.plus(CURRENT_TTL))) {
            current = QuarkusTransaction.requiringNew().call(() -> {
                final SigningKey k = SigningKey.<SigningKey>find("retiredAt is null", Sort.descending("createdAt"))
                        .firstResultOptional().orElseGet(() -> create(now));
                return new PublicInfo(k.keyId, k.publicKey);
            });
            currentReadAt = now;
        }
        return current;
    }

    /** Signs with the current key. */
    public Signed sign(final byte[] canonical) {
        return signWith(current().keyId(), canonical);
    }

    /** Signs with a given (possibly retired) key: a rotate-key command is signed by the key it replaces. */
    public Signed signWith(final String keyId, final byte[] canonical) {
        final Ed25519.Signer key = privateKeys.computeIfAbsent(keyId, id -> QuarkusTransaction.requiringNew().call(() -> {
            final SigningKey k = SigningKey.findById(id);
            if (k == null) {
                throw new IllegalStateException("no signing key " + id);
            }
            return Ed25519.signer(Ed25519.privateKey(k.privateKey));
        }));
        return new Signed(keyId, key.sign(canonical));
    }

    /** The public key of any key, current or retired. */
    public PublicInfo publicKey(final String keyId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            final SigningKey k = SigningKey.findById(keyId);
            if (k == null) {
                throw new IllegalStateException("no signing key " + keyId);
            }
            return new PublicInfo(k.keyId, k.publicKey);
        });
    }

    /**
     * Makes a new current key and retires the old one (kept for signing the announcements). Runs in the caller's
     * transaction, so the announcements to receivers are stored together with the new key or not at all.
     *
     * @return the retired key and the new one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rotation rotate() {
        final Instant now = clock.instant();
        final SigningKey old = SigningKey.<SigningKey>find("retiredAt is null", Sort.descending("createdAt"))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        final SigningKey next = create(now);
        if (old != null) {
            old.retiredAt = now;
        }
        final Rotation rotation = new Rotation(old == null ? null : new PublicInfo(old.keyId, old.publicKey),
                new PublicInfo(next.keyId, next.publicKey));
        current = null; // read again after the caller commits
        LOG.infof("rotated signing key %s -> %s", rotation.previous() == null ? "-" : rotation.previous().keyId(),
                rotation.next().keyId());
        return rotation;
    }

    /** A rotation: the retired key (null if there was none) and the new current key. */
    public record Rotation(PublicInfo previous, PublicInfo next) {
    }

    private static SigningKey create(final Instant now) {
        final KeyPair pair = Ed25519.generate();
        final SigningKey k = new SigningKey();
        k.publicKey = Ed25519.rawPublicKey(pair.getPublic());
        k.keyId = Ed25519.keyId(k.publicKey);
        k.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        k.createdAt = now;
        k.persist();
        return k;
    }
}
