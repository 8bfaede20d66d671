package vn.loa.web;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses an anonymous request to a protected {@code /api} path itself, after authentication and before Quarkus's
 * authorizer. The authorizer would answer it with the mechanism's bare challenge and end the response, leaving no
 * way to give the 401 a body; failing the route instead sends it through {@link HttpEdge}'s failure handler, which
 * adds the same challenge and the problem JSON. It looks only at the identity, so it holds for every mechanism
 * (basic, bearer tokens...). Paths the configuration opens ({@link OpenPaths}) pass, to the authorizer as before.
 */
@ApplicationScoped
public class ApiLoginRequired {

    /** Route order: after authentication (-200) and form login (-150), before authorization (-100). */
    static final int ORDER = -SecurityHandlerPriorities.AUTHORIZATION - 10;

    @Inject
    IdentityProviderManager identities;

    private OpenPaths open;

    @Inject
    void readOpenPaths(final Config config) {
        final Map<String, String> permissions = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("quarkus.http.auth.permission.")) {
                config.getOptionalValue(name, String.class).ifPresent(v -> permissions.put(name, v));
            }
        }
        open = OpenPaths.of(permissions);
    }

    void routes(@Observes final Router router) {
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    private void check(final RoutingContext rc) {
        if (open.isOpen(rc.request().method().name(), rc.normalizedPath())) {
            rc.next();
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(rc, identities).subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                rc.fail(new UnauthorizedException());
            } else {
                rc.next();
            }
        }, rc::fail);
    }
}
