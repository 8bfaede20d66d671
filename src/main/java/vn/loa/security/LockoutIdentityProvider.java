package vn.loa.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Every username and password check (HTTP basic today, the form login of the web UI as well) passes here, before
 * quarkus-security-jpa's provider: Quarkus asks identity providers in descending {@link #priority()} and stops at the
 * first that answers or fails, so this one decides alone.
 *
 * <ul>
 * <li>A locked username is refused at once, without bcrypt, even with the right password.</li>
 * <li>An unknown username costs one bcrypt check against a dummy hash, like a known one, and its failures count
 * and lock the same way, so neither timing nor lockouts tell which usernames exist.</li>
 * <li>A wrong password counts a failure ({@link LoginLockout}); the right one forgets earlier failures.</li>
 * </ul>
 * Passwords are never logged. Nothing injects this bean by its own type (Quarkus looks identity providers up through
 * {@code Instance}), so it is marked {@code @Unremovable} to keep ArC's unused-bean removal away from it.
 */
@ApplicationScoped
@Unremovable
public class LockoutIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(LockoutIdentityProvider.class);
    /** Above quarkus-security-jpa's provider, which has {@code SYSTEM_FIRST} (1001) in Quarkus 3.33. */
    static final int PRIORITY = 2000;
    /** Longest username Loa stores ({@code app_user.username}). */
    private static final int MAX_USERNAME = 64;

    @Inject
    LoginLockout lockout;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(final UsernamePasswordAuthenticationRequest request,
            final AuthenticationRequestContext context) {
        return context.runBlocking(
                () -> check(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity check(final String username, final String password) {
        if (username == null || username.isEmpty() || username.length() > MAX_USERNAME) {
            throw new AuthenticationFailedException("no such user");
        }
        final LoginLockout.Precheck pre = lockout.precheck(username);
        if (pre.locked()) {
            LOG.infof("SECURITY login refused for %s: locked after repeated failed passwords",
                    LoginLockout.printable(username));
            throw new AuthenticationFailedException("locked");
        }
        final boolean known = pre.passwordHash() != null;
        final boolean matches = BcryptUtil.matches(password, known ? pre.passwordHash() : DummyHash.VALUE);
        if (!known || !matches) {
            lockout.failed(username);
            throw new AuthenticationFailedException("wrong username or password");
        }
        if (pre.hadFailures()) {
            lockout.succeeded(username);
        }
        final QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username));
        for (String role : pre.role().split(",")) {
            identity.addRole(role.trim());
        }
        return identity.build();
    }

    /** A bcrypt hash of nothing anyone types, made once, so unknown usernames cost as much as known ones. */
    private static final class DummyHash {
        static final String VALUE = BcryptUtil.bcryptHash(AdminBootstrap.randomPassword(), UserAccount.BCRYPT_COST);
    }
}
