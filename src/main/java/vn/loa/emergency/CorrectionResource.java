package vn.loa.emergency;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.loa.security.Role;

/**
 * {@code POST /api/broadcasts/{id}/correction}: the correction of an emergency broadcast by its broadcast id (the
 * broadcast page's action), answering the correction emergency (201) as {@code /api/emergencies/{id}/correction}.
 */
@Path("/api/broadcasts/{id}/correction")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    @Inject
    EmergencyService service;

    @Inject
    Corrections corrections;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") final long id, @Valid @NotNull final CorrectionRequest request) {
        return created(service, corrections.correct(id, identity.getPrincipal().getName(), request));
    }

    static Response created(final EmergencyService service, final Corrections.Outcome outcome) {
        final Emergency c = outcome.correction();
        return Response.created(URI.create("/api/emergencies/" + c.id)).entity(service.view(c)).build();
    }
}
