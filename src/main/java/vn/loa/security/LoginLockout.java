package vn.loa.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.loa.alert.SecurityEvents;
import vn.loa.audit.AuditTrail;

/**
 * Counts failed password checks per username in the database (so every controller instance sees the same count)
 * and locks a username that reaches the limit: see {@link LockoutPolicy} and {@link LockoutConfig}. A lock is a
 * security event and an audit entry. Passwords never come here.
 */
@ApplicationScoped
public class LoginLockout {

    private static final Logger LOG = Logger.getLogger(LoginLockout.class);

    /** What a login needs to know before checking a password: the lock, the account's hash and role, if any. */
    record Precheck(boolean locked, boolean hadFailures, String passwordHash, String role) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LockoutConfig config;

    @Inject
    SecurityEvents events;

    @Inject
    AuditTrail audit;

    @Transactional
    Precheck precheck(final String username) {
        final LoginAttempt a = em.find(LoginAttempt.class, username);
        final boolean locked = a != null && policy().isLocked(a.state(), clock.instant());
        if (locked) {
            return new Precheck(true, true, null, null);
        }
        final Optional<UserAccount> user = UserAccount.findByUsername(username);
        return new Precheck(false, a != null, user.map(u -> u.passwordHash).orElse(null),
                user.map(u -> u.role).orElse(null));
    }

    /** Counts one failure; retried once when another instance inserted the same username's first failure. */
    void failed(final String username) {
        try {
            QuarkusTransaction.requiringNew().run(() -> countFailure(username));
        } catch (RuntimeException e) {
            LOG.debugf(e, "counting a failed login for %s again", printable(username));
            QuarkusTransaction.requiringNew().run(() -> countFailure(username));
        }
    }

    /** A username as it may appear in a log line: control characters (forged line breaks) become '?'. */
    static String printable(final String username) {
        return username.replaceAll("\\p{Cntrl}", "?");
    }

    /** A successful login forgets earlier failures. */
    @Transactional
    void succeeded(final String username) {
        LoginAttempt.delete("username", username);
    }

    /**
     * Lifts a lock and forgets failures; audited.
     *
     * @return whether the username was locked
     */
    @Transactional
    public boolean unlock(final String username, final String by) {
        final LoginAttempt a = em.find(LoginAttempt.class, username, LockModeType.PESSIMISTIC_WRITE);
        final boolean locked = a != null && policy().isLocked(a.state(), clock.instant());
        if (a != null) {
            em.remove(a);
        }
        audit.record(by, "user.unlocked", "user", username, AuditTrail.json("wasLocked", locked));
        LOG.infof("SECURITY user %s unlocked by %s (was locked: %s)", printable(username), by, locked);
        return locked;
    }

    private void countFailure(final String username) {
        final Instant now = clock.instant();
        LoginAttempt a = em.find(LoginAttempt.class, username, LockModeType.PESSIMISTIC_WRITE);
        final boolean wasLocked = a != null && policy().isLocked(a.state(), now);
        final LockoutPolicy.State next = policy().afterFailure(a == null ? null : a.state(), now);
        if (a == null) {
            a = new LoginAttempt();
            a.username = username;
            a.failures = next.failures();
            a.windowStart = next.windowStart();
            a.lockedUntil = next.lockedUntil();
            em.persist(a);
            em.flush(); // a concurrent first failure for the same name fails here, inside the retry
        } else {
            a.failures = next.failures();
            a.windowStart = next.windowStart();
            a.lockedUntil = next.lockedUntil();
        }
        if (!wasLocked && policy().isLocked(next, now)) {
            events.loginLocked(username, next.failures(), next.lockedUntil());
            audit.record(username, "login.locked", "user", username,
                    AuditTrail.json("failures", next.failures(), "lockedUntil", next.lockedUntil()));
        }
    }

    private LockoutPolicy policy() {
        return LockoutPolicy.of(config);
    }
}
