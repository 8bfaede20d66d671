package vn.loa.bulletin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.loa.security.Role;

/**
 * {@code /api/bulletins/{id}/recording}: the author uploads (PUT, the raw file as the body, Content-Type
 * {@code audio/wav} or {@code audio/mpeg}, optional {@code ?filename=}) or removes (DELETE) the recording of a draft
 * or rejected bulletin; the author, approvers, officials and admins listen to the original (GET).
 */
@Path("/api/bulletins/{id}/recording")
public class RecordingResource {

    @Inject
    BulletinService service;

    @Inject
    SecurityIdentity identity;

    /** Any Content-Type reaches the service, which answers 415 with the list of accepted ones. */
    @PUT
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public BulletinView upload(@PathParam("id") final long id, @QueryParam("filename") final String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) final String contentType, final InputStream body) {
        return BulletinView.of(service.attachRecording(id, me(), body, contentType, filename));
    }

    @DELETE
    @RolesAllowed(Role.STAFF)
    @Produces(MediaType.APPLICATION_JSON)
    public BulletinView remove(@PathParam("id") final long id) {
        return BulletinView.of(service.detachRecording(id, me()));
    }

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public Response listen(@PathParam("id") final long id) {
        final boolean privileged = identity.hasRole(Role.APPROVER) || identity.hasRole(Role.OFFICIAL)
                || identity.hasRole(Role.ADMIN);
        final BulletinService.RecordingFile original = service.recording(id, me(), privileged);
        return Response.ok(original.file())
                .type(original.format().mediaType())
                .header("Content-Disposition", contentDisposition(original.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    /** {@code inline} with an ASCII fallback name and the exact name in RFC 8187 encoding (RFC 6266 section 4.3). */
    static String contentDisposition(final String name) {
        final String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        final String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
