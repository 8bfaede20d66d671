package vn.loa.control;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import vn.loa.security.Role;

/** The kill switch ({@code POST /api/stop}), key rotation and the list of control commands. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ControlResource {

    /** A control command as the API shows it. */
    public record View(String commandId, String type, String receiverId, Long seq, String issuedBy,
            Instant createdAt, Instant expiresAt, ControlState state, Instant sentAt, Instant reportedAt,
            String detail, String targetCommandId) {
        static View of(final ControlCommand c) {
            return new View(c.commandId, c.type.wire(), c.receiverId, c.seq, c.issuedBy, c.createdAt, c.expiresAt,
                    c.state, c.sentAt, c.reportedAt, c.detail, c.targetCommandId);
        }
    }

    @Inject
    ControlService service;

    @Inject
    ControlDispatcher dispatcher;

    @Inject
    SecurityIdentity identity;

    /** Stops playback now. Staff and approvers may: in an emergency the nearest person must be able to. */
    @POST
    @Path("stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.ADMIN})
    public Response stop(@Valid @NotNull final StopRequest request) {
        final List<View> made = service.stop(identity.getPrincipal().getName(), request.receivers(), request.all())
                .stream().map(View::of).toList();
        dispatcher.kick();
        return Response.accepted(made).build();
    }

    /** Asks receivers for their digest, so lost commands are sent again and lost acks recovered. */
    @POST
    @Path("reconcile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF, Role.ADMIN})
    public Response reconcile(@Valid @NotNull final StopRequest request) {
        final List<View> made = service.report(identity.getPrincipal().getName(), request.receivers(), request.all())
                .stream().map(View::of).toList();
        dispatcher.kick();
        return Response.accepted(made).build();
    }

    @POST
    @Path("keys/rotate")
    @RolesAllowed(Role.ADMIN)
    public ControlService.Rotated rotate() {
        final ControlService.Rotated rotated = service.rotateKey(identity.getPrincipal().getName());
        dispatcher.kick();
        return rotated;
    }

    @GET
    @Path("control-commands")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<View> recent(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) final int limit) {
        return service.recent(limit, identity.getPrincipal().getName()).stream().map(View::of).toList();
    }
}
