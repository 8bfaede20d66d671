package vn.loa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem JSON for what the HTTP layer refuses before JAX-RS sees a request, under {@code /api}: a refused login
 * (401, whichever authentication mechanism refused; the mechanism's own challenge such as
 * {@code WWW-Authenticate} is kept), a body announced larger than {@code quarkus.http.limits.max-body-size} (413,
 * answered before the body is read, then the connection is closed), an over-long request line or headers (414,
 * 431), an unknown path (404) and any failure of a Vert.x route.
 *
 * <p>Vert.x answers a request line longer than {@code quarkus.http.limits.max-initial-line-length} with a bare 414
 * before any route runs, and has no hook for its body; so that limit is set high (a ceiling against memory
 * exhaustion) and the limits that clients meet ({@code loa.http.max-uri-length}, {@code loa.http.max-header-size})
 * are enforced here, where the path is known.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    /** Before Quarkus's own body-size check ({@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}). */
    static final int LIMITS_ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    /** After every application route: what no route answered. */
    static final int FALLBACK_ORDER = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1000;

    @Inject
    ObjectMapper json;

    /** Longest accepted request target (path and query), in characters. */
    @ConfigProperty(name = "loa.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;

    /** Largest accepted request headers, names and values together, in bytes. */
    @ConfigProperty(name = "loa.http.max-header-size", defaultValue = "20K")
    MemorySize maxHeaderSize;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /** True for the JSON API's paths, where every error is problem JSON. */
    public static boolean isApi(final String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    void routes(@Observes final Router router) {
        router.route().order(LIMITS_ORDER).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route("/api/*").order(FALLBACK_ORDER).handler(rc -> send(rc, Problem.of(
                jakarta.ws.rs.core.Response.Status.NOT_FOUND, "not-found", "no such resource: " + rc.request().path())));
    }

    private void limits(final RoutingContext rc) {
        final HttpServerRequest request = rc.request();
        if (request.uri().length() > maxUriLength) {
            refuse(rc, Problem.ofStatus(414, "the request target is longer than " + maxUriLength + " characters"));
        } else if (headerBytes(request) > maxHeaderSize.asLongValue()) {
            refuse(rc, Problem.ofStatus(431, "the request headers are larger than " + maxHeaderSize.asLongValue()
                    + " bytes"));
        } else if (maxBodySize.isPresent() && declaredLength(request) > maxBodySize.get().asLongValue()) {
            // the body is not read: answer, then close the connection rather than drain what the client sends
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            rc.response().endHandler(v -> request.connection().close());
            refuse(rc, Problem.ofStatus(413, "the request body is larger than " + maxBodySize.get().asLongValue()
                    + " bytes"));
        } else {
            rc.next();
        }
    }

    private void refuse(final RoutingContext rc, final Problem problem) {
        if (isApi(rc.request().path())) {
            send(rc, problem);
        } else {
            rc.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .end(problem.title());
        }
    }

    private void failure(final RoutingContext rc) {
        final HttpServerResponse response = rc.response();
        if (!isApi(rc.request().path()) || response.ended() || response.headWritten()) {
            rc.next();
            return;
        }
        final Throwable failure = rc.failure();
        if (failure instanceof AuthenticationRedirectException) {
            rc.next();
        } else if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            challenge(rc);
        } else if (failure instanceof ForbiddenException) {
            send(rc, Problem.of(jakarta.ws.rs.core.Response.Status.FORBIDDEN, "forbidden",
                    "your role does not allow this"));
        } else {
            final int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
            if (status >= 500) {
                LOG.errorf(failure, "request failed in the HTTP layer: %s %s", rc.request().method(),
                        rc.request().path());
                send(rc, Problem.of(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, "internal",
                        "internal error"));
            } else {
                send(rc, Problem.ofStatus(status, null));
            }
        }
    }

    /** 401 with the refusing mechanism's challenge, if it sends one, and a problem body. */
    private void challenge(final RoutingContext rc) {
        final HttpAuthenticator authenticator = rc.get(HttpAuthenticator.class.getName());
        final Problem problem = Problem.of(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "unauthorized",
                "missing or invalid credentials");
        if (authenticator == null) {
            send(rc, problem);
            return;
        }
        authenticator.getChallenge(rc).subscribe().with(c -> {
            if (c != null) {
                c.getHeaders().forEach((name, value) -> {
                    if (!rc.response().headers().contains(name)) {
                        rc.response().putHeader(name, value);
                    }
                });
            }
            send(rc, problem);
        }, e -> send(rc, problem));
    }

    private void send(final RoutingContext rc, final Problem problem) {
        final HttpServerResponse response = rc.response();
        if (response.ended()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE.toString())
                .end(body);
    }

    private static long headerBytes(final HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            total += h.getKey().length() + h.getValue().length();
        }
        return total;
    }

    /** The announced body length; -1 when absent (chunked) or unreadable (Vert.x refuses those itself). */
    private static long declaredLength(final HttpServerRequest request) {
        final String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
