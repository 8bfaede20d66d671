package vn.loa.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a {@code ?lang=} choice made on a page in the {@link UiLanguage#COOKIE} cookie (one year). */
public class LanguageCookie {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @ServerResponseFilter
    public void remember(final HttpServerRequest request, final ContainerResponseContext response) {
        if (!request.path().startsWith("/ui")) {
            return;
        }
        final UiLanguage chosen = UiLanguage.parse(request.getParam("lang"));
        if (chosen == null) {
            return;
        }
        final NewCookie cookie = new NewCookie.Builder(UiLanguage.COOKIE).value(chosen.name()).path("/")
                .maxAge(ONE_YEAR_SECONDS).sameSite(NewCookie.SameSite.STRICT).build();
        response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
    }
}
