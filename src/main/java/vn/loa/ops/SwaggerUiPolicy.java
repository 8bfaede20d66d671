package vn.loa.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Room: operations. Swagger UI's page ({@code /q/swagger-ui}, dev mode and tests, or production when
 * {@code quarkus.swagger-ui.enabled=true}) starts itself with inline scripts, which Loa's Content-Security-Policy
 * forbids everywhere else; on that path only, the policy admits them, so the tool works where it is switched on.
 * Every other answer keeps the strict policy.
 */
@ApplicationScoped
class SwaggerUiPolicy {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

    void routes(@Observes final Router router) {
        router.route("/q/swagger-ui*").order(-1000).handler(this::relax);
    }

    private void relax(final RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> rc.response().headers().set("Content-Security-Policy", POLICY));
        rc.next();
    }
}
