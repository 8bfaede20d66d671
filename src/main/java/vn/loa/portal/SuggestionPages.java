package vn.loa.portal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.loa.security.Role;

/**
 * The staff home's suggestion buttons ({@code /ui/portal/suggestions/{id}/draft} and {@code .../dismiss}): posts
 * with the CSRF token; a second "make draft" (a double tap, a colleague of the same area) lands on the same draft,
 * since {@link Suggestions} keeps one per (article, area). An article of another area's e-portal is a 404 page.
 */
@Path("/ui/portal/suggestions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.STAFF)
public class SuggestionPages {

    @Inject
    Suggestions suggestions;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("{id}/draft")
    public Response draft(@PathParam("id") final long id) {
        final Suggestions.Draft d = suggestions.draft(identity.getPrincipal().getName(), id);
        return Response.seeOther(URI.create("/ui/bulletins/" + d.bulletinId())).build();
    }

    @POST
    @Path("{id}/dismiss")
    public Response dismiss(@PathParam("id") final long id) {
        suggestions.dismiss(identity.getPrincipal().getName(), id);
        return Response.seeOther(URI.create("/ui")).build();
    }
}
