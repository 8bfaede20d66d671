package vn.loa.bulletin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;

/**
 * {@code PUT /ui/bulletins/{id}/recording}: the compose page's recorder ({@code js/recorder.js}) uploads the WAV it
 * made in the browser here, with the session cookie. The same service call as the API's
 * {@link RecordingResource}; the CSRF token must come in the {@code X-CSRF-TOKEN} header, which the CSRF filter
 * then checks against the cookie (a body that is not a form is otherwise not checked).
 */
@Path("/ui/bulletins/{id}/recording")
public class RecordingPages {

    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    @Inject
    BulletinService service;

    @Inject
    SecurityIdentity identity;

    @PUT
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public BulletinView upload(@PathParam("id") final long id, @QueryParam("filename") final String filename,
            @HeaderParam(CSRF_HEADER) final String csrf, @HeaderParam(HttpHeaders.CONTENT_TYPE) final String type,
            final InputStream body) {
        if (csrf == null || csrf.isBlank()) {
            throw new InvalidInputException("csrf-token-missing",
                    "the page's CSRF token must come in the " + CSRF_HEADER + " header; reload the page");
        }
        return BulletinView.of(service.attachRecording(id, identity.getPrincipal().getName(), body, type,
                filename == null ? "ghi-am.wav" : filename));
    }
}
