package vn.loa.receiver;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** {@code /api/receivers}: admins register receivers; everyone logged in can see the fleet. */
@Path("/api/receivers")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiverResource {

    @Inject
    ReceiverService service;

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull final ReceiverRequest request) {
        final Receiver r = service.register(request);
        return Response.created(URI.create("/api/receivers/" + r.id)).entity(ReceiverView.of(r)).build();
    }

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<ReceiverView> list(@QueryParam("commune") final String commune,
            @QueryParam("village") final String village) {
        return service.list(commune, village).stream().map(ReceiverView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public ReceiverView get(@PathParam("id") final String id) {
        return ReceiverView.of(service.get(id));
    }
}
