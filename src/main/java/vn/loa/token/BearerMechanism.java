package vn.loa.token;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * {@code Authorization: Bearer loa_…} (RFC 6750) for the API. Named {@code bearer}: {@code application.properties}
 * allows it, beside {@code basic}, on {@code /api/*} only, so a token never opens a {@code /ui} page. A request
 * without a bearer header is left to the other mechanisms; a bearer header that does not hold a valid token fails
 * authentication (401) without asking any other.
 */
@ApplicationScoped
@Unremovable
public class BearerMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "bearer";
    private static final String PREFIX = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(final RoutingContext context, final IdentityProviderManager manager) {
        final String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Uni.createFrom().nullItem();
        }
        final BearerRequest request = new BearerRequest(header.substring(PREFIX.length()).strip());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return manager.authenticate(request);
    }

    /** A bare 401, like HTTP basic with form login on: no browser dialog, no hint. */
    @Override
    public Uni<ChallengeData> getChallenge(final RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(final RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
