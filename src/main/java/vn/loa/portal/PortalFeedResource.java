package vn.loa.portal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code /api/portal-feeds}: the RSS/Atom feeds of commune and province e-portals that Loa polls, with each one's
 * last result. Administrators only.
 */
@Path("/api/portal-feeds")
@Produces(MediaType.APPLICATION_JSON)
public class PortalFeedResource {

    /** Body of {@code POST}: an absolute http(s) address, the commune or province it belongs to, a name (optional). */
    public record Request(@NotBlank @Size(max = PortalFeed.MAX_URL) String url, @NotNull Long areaId,
            @Size(max = PortalFeed.MAX_NAME) String name) {
    }

    /** Body of {@code PUT /{id}/paused}. */
    public record Paused(@NotNull Boolean paused) {
    }

    @Inject
    PortalFeeds feeds;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Role.ADMIN)
    public List<PortalFeeds.View> list() {
        return feeds.list();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull final Request r) {
        final PortalFeeds.View v = feeds.add(me(), r.url(), r.areaId(), r.name());
        return Response.created(URI.create("/api/portal-feeds/" + v.id())).entity(v).build();
    }

    @PUT
    @Path("{id}/paused")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public PortalFeeds.View pause(@PathParam("id") final long id, @Valid @NotNull final Paused p) {
        return feeds.pause(me(), id, p.paused());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    public Response remove(@PathParam("id") final long id) {
        feeds.remove(me(), id);
        return Response.noContent().build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
