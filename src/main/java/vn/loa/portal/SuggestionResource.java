package vn.loa.portal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code /api/portal/suggestions}: new e-portal articles for the calling staff member's area ({@link Suggestions}),
 * dismissed or made into a DRAFT bulletin. An article of another area's e-portal answers 404.
 */
@Path("/api/portal/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    @Inject
    Suggestions suggestions;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Role.STAFF)
    public List<Suggestions.Suggestion> list() {
        return suggestions.forUser(me());
    }

    /** 201 with the new draft's address, or 200 with the draft made from this article before. */
    @POST
    @Path("{id}/draft")
    @RolesAllowed(Role.STAFF)
    public Response draft(@PathParam("id") final long id) {
        final Suggestions.Draft d = suggestions.draft(me(), id);
        final URI where = URI.create("/api/bulletins/" + d.bulletinId());
        return (d.made() ? Response.created(where) : Response.ok().location(where)).entity(d).build();
    }

    @POST
    @Path("{id}/dismiss")
    @RolesAllowed(Role.STAFF)
    public Response dismiss(@PathParam("id") final long id) {
        suggestions.dismiss(me(), id);
        return Response.noContent().build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
