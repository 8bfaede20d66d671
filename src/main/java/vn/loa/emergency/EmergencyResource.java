package vn.loa.emergency;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code /api/emergencies}: staff send an emergency in one request (it plays as soon as an approver approves it);
 * staff and approvers correct a sent one; everyone logged in follows those of their area.
 */
@Path("/api/emergencies")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyResource {

    @Inject
    EmergencyService service;

    @Inject
    Corrections corrections;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull final EmergencyRequest request) {
        final Emergency e = service.create(me(), request);
        return Response.created(URI.create("/api/emergencies/" + e.id)).entity(service.view(e)).build();
    }

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<EmergencyView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) final int limit) {
        return service.list(me(), limit).stream().map(service::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public EmergencyView get(@PathParam("id") final long id) {
        return service.view(service.get(id, me()));
    }

    /** "Đính chính": stops and withdraws the emergency's broadcast and queues a correction for approval. */
    @POST
    @Path("{id}/correction")
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") final long id, @Valid @NotNull final CorrectionRequest request) {
        return CorrectionResource.created(service, corrections.correctEmergency(id, me(), request));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
