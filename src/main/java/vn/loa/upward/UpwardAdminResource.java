package vn.loa.upward;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Locale;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;

/**
 * {@code /api/upward}: administrators manage push targets ({@code /targets}: list, add, disable with DELETE, queue a
 * report on demand with {@code POST /targets/{id}/send?from=&to=}) and watch the outbox ({@code /outbox?state=},
 * {@code POST /outbox/{id}/retry} for a failed item). No answer carries a target's secret.
 */
@Path("/api/upward")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UpwardAdminResource {

    /** Most outbox items one list shows. */
    static final int LIST_LIMIT = 200;

    @Inject
    Targets targets;

    @Inject
    Outbox outbox;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("targets")
    public List<TargetView> targets() {
        return targets.list();
    }

    @POST
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(final TargetRequest request) {
        final TargetView made = targets.create(me(), request);
        return Response.created(URI.create("/api/upward/targets/" + made.id())).entity(made).build();
    }

    @DELETE
    @Path("targets/{id}")
    public TargetView disable(@PathParam("id") final long id) {
        return targets.disable(me(), id);
    }

    /** Queues the report of the target's area for a period (yesterday by default); 202 with the queued item. */
    @POST
    @Path("targets/{id}/send")
    public Response send(@PathParam("id") final long id, @QueryParam("from") final String from,
            @QueryParam("to") final String to) {
        return Response.accepted(OutboxView.of(targets.sendReport(me(), id, from, to))).build();
    }

    @GET
    @Path("outbox")
    public List<OutboxView> outbox(@QueryParam("state") final String state) {
        return outbox.list(state(state), LIST_LIMIT).stream().map(OutboxView::of).toList();
    }

    @POST
    @Path("outbox/{id}/retry")
    public OutboxView retry(@PathParam("id") final long id) {
        return OutboxView.of(outbox.retry(me(), id));
    }

    static OutboxItem.State state(final String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OutboxItem.State.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-state", "'state' must be pending, sent or failed");
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
