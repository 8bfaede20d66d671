package vn.loa.token;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.loa.audit.AuditTrail;

/**
 * Turns a bearer token into the identity of the user it acts as, with the token's role. The principal is the
 * user's name, so every area check ({@code AreaGuard}) and every "not your own" rule (four eyes) treat the token as
 * its user; the audit trail names the token ({@link AuditTrail#ACTOR_ATTRIBUTE}).
 *
 * <p>No bcrypt and no lockout: a token has 256 random bits, so there is nothing to guess and nothing to slow down;
 * a malformed token is refused before the database is asked. Failures do not count toward a username's lockout
 * (a token names no user until it is found).
 */
@ApplicationScoped
@Unremovable
public class BearerIdentityProvider implements IdentityProvider<BearerRequest> {

    /** Identity attribute: the id of the token a request came with (a Long). */
    public static final String TOKEN_ID = "loa.token.id";

    @Inject
    ApiTokens tokens;

    @Override
    public Class<BearerRequest> getRequestType() {
        return BearerRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(final BearerRequest request, final AuthenticationRequestContext context) {
        final TokenSecret secret;
        try {
            secret = TokenSecret.of(request.token());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed API token"));
        }
        return context.runBlocking(() -> tokens.check(secret).map(BearerIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired API token")));
    }

    private static SecurityIdentity identity(final ApiTokens.Grant grant) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(grant.username()))
                .addRole(grant.role())
                .addAttribute(AuditTrail.ACTOR_ATTRIBUTE, grant.actor())
                .addAttribute(TOKEN_ID, grant.tokenId())
                .build();
    }

    /** Whether the identity came with an API token (and not a password). */
    public static boolean isToken(final SecurityIdentity identity) {
        return identity.getAttribute(TOKEN_ID) != null;
    }
}
