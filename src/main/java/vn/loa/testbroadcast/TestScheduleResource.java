package vn.loa.testbroadcast;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.Dispatcher;
import vn.loa.security.Role;

/**
 * {@code /api/areas/{id}/test-schedule}: everyone logged in sees the test schedule of an area within theirs; an
 * administrator sets it (and so approves the fixed test bulletin, see {@link TestScheduleService}).
 */
@Path("/api/areas/{id}/test-schedule")
@Produces(MediaType.APPLICATION_JSON)
public class TestScheduleResource {

    @Inject
    TestScheduleService service;

    @Inject
    Dispatcher dispatcher;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public TestScheduleView get(@PathParam("id") final long id) {
        return service.get(id, identity.getPrincipal().getName());
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public TestScheduleView set(@PathParam("id") final long id, @Valid @NotNull final TestScheduleRequest request) {
        final TestScheduleView view = service.set(id, identity.getPrincipal().getName(), request);
        cancellation.sendSoon();
        dispatcher.kick();
        return view;
    }
}
