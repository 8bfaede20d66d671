package vn.loa.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * Errors of the web UI as pages: a request under {@code /ui} that fails (403, 404, 405, 400, 500...) gets an HTML
 * page in the user's language with a way home, never problem JSON; everything else gets the problem JSON.
 */
@ApplicationScoped
public class ErrorPages {

    public static final String HTML_UTF8 = "text/html;charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String text);
    }

    @Inject
    Ui ui;

    @Inject
    HttpServerRequest request;

    /** True for the web UI's paths and the public commune pages ({@code /c/}), where errors are pages. */
    public static boolean isPage(final String path) {
        return path != null && (path.equals("/ui") || path.startsWith("/ui/") || path.startsWith("/c/"));
    }

    /** The answer to a failed request: a page under {@code /ui}, the problem JSON elsewhere. */
    public Response answer(final Problem problem) {
        if (!isPage(request.path())) {
            return problem.toResponse();
        }
        return Response.status(problem.status()).type(HTML_UTF8).entity(render(problem.status())).build();
    }

    /** The error page for {@code status} in the request's language. */
    public String render(final int status) {
        final ErrorMessages m = ui.messages(ErrorMessages.class);
        final String heading;
        final String text;
        switch (status) {
            case 400 -> {
                heading = m.badRequest();
                text = m.badRequestText();
            }
            case 401, 403 -> {
                heading = m.forbidden();
                text = m.forbiddenText();
            }
            case 404, 410 -> {
                heading = m.notFound();
                text = m.notFoundText();
            }
            case 405 -> {
                heading = m.methodNotAllowed();
                text = m.methodNotAllowedText();
            }
            case 409 -> {
                heading = m.conflict();
                text = m.conflictText();
            }
            case 413, 414, 431 -> {
                heading = m.tooLarge();
                text = m.tooLargeText();
            }
            default -> {
                heading = status >= 500 ? m.serverError() : m.otherClientError();
                text = status >= 500 ? m.serverErrorText() : m.otherClientErrorText();
            }
        }
        return ui.page(Templates.error(status, heading, text)).render();
    }
}
