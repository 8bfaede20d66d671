package vn.loa.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a body to an error answer that a resource or filter built without one (416 for an unsatisfiable range,
 * 400 from the CSRF check...): problem JSON under {@code /api}, the error page under {@code /ui}. Headers the
 * resource set ({@code Content-Range}, {@code Allow}) stay.
 */
public class ErrorBodies {

    @Inject
    ErrorPages pages;

    @ServerResponseFilter
    public void fill(final HttpServerRequest request, final ContainerResponseContext response) {
        final int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        if (ErrorPages.isPage(request.path())) {
            response.setEntity(pages.render(status), null, MediaType.valueOf(ErrorPages.HTML_UTF8));
        } else if (HttpEdge.isApi(request.path())) {
            response.setEntity(Problem.ofStatus(status, null), null, Problem.MEDIA_TYPE);
        }
    }
}
