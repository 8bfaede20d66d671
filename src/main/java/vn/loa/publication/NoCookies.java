package vn.loa.publication;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public pages set no cookie, so every visitor gets the same answer and shared caches may keep it: the CSRF
 * filter would otherwise hand each page a token cookie (a cached one would give many visitors the same token), and
 * form login would renew a member of staff's session cookie on it. Both are taken out of {@code /c/} answers just
 * before their headers go out.
 */
@ApplicationScoped
class NoCookies {

    /** Ahead of authentication (-200), so the handler is in place whatever answers. */
    static final int ORDER = -1000;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    void routes(@Observes final Router router) {
        router.route("/c/*").order(ORDER).handler(this::strip);
    }

    private void strip(final RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> {
            rc.response().removeCookies(csrfCookie, false);
            rc.response().removeCookies(sessionCookie, false);
        });
        rc.next();
    }
}
