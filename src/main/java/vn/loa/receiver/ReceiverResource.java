package vn.loa.receiver;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import vn.loa.signing.ControllerKeys;

/** {@code /api/receivers}: admins register receivers; everyone logged in can see the fleet. */
@Path("/api/receivers")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiverResource {

    @Inject
    ReceiverService service;

    @Inject
    ControllerKeys keys;

    /** The answer to a registration: the receiver, and the key its agent must be configured with. */
    public record Registered(@JsonUnwrapped ReceiverView receiver, String brokerUsername, String brokerSecret,
            String controllerPublicKey, String keyId) {
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull final ReceiverRequest request) {
        final ReceiverService.WithSecret made = service.register(request);
        return Response.created(URI.create("/api/receivers/" + made.receiver().id)).entity(registered(made)).build();
    }

    /** A new broker secret for a receiver, shown once; the old one stops working. */
    @POST
    @Path("{id}/secret")
    @RolesAllowed(Role.ADMIN)
    public Registered newSecret(@PathParam("id") final String id) {
        return registered(service.newSecret(id));
    }

    private Registered registered(final ReceiverService.WithSecret made) {
        final ControllerKeys.PublicInfo key = keys.current();
        return new Registered(ReceiverView.of(made.receiver()), made.receiver().id, made.secret(), key.publicKey(),
                key.keyId());
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
