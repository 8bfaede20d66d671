package vn.loa.broadcast;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code /api/broadcasts}: staff schedule approved bulletins; everyone logged in follows the broadcasts of their area,
 * with the deliveries to their area's receivers.
 */
@Path("/api/broadcasts")
@Produces(MediaType.APPLICATION_JSON)
public class BroadcastResource {

    @Inject
    BroadcastService service;

    @Inject
    Dispatcher dispatcher;

    @Inject
    SecurityIdentity identity;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    DeliveryRows rows;

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@Valid @NotNull final BroadcastRequest request) {
        final Broadcast b = service.create(identity.getPrincipal().getName(), request);
        dispatcher.kick(); // commands due now go out at once, not at the next timer tick
        return Response.created(URI.create("/api/broadcasts/" + b.id)).entity(view(b, RowPage.FIRST)).build();
    }

    /** The newest broadcasts, each with its counts and the first page of its rows (as {@link #get} by default). */
    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<BroadcastView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) final int limit) {
        final String me = identity.getPrincipal().getName();
        return service.list(limit, me).stream().map(b -> view(b, RowPage.FIRST)).toList();
    }

    /**
     * One broadcast with its counts by state and one page of its rows: {@code page} from 0 (default 0), {@code size}
     * 1 to {@value RowPage#MAX_SIZE} (default {@value RowPage#DEFAULT_SIZE}); anything else is a 400.
     */
    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public BroadcastView get(@PathParam("id") final long id, @QueryParam("page") final String page,
            @QueryParam("size") final String size) {
        final RowPage rowPage = RowPage.of(page, size);
        return view(service.get(id, identity.getPrincipal().getName()), rowPage);
    }

    /**
     * Withdraws a scheduled broadcast before it plays (stops it where it is playing). Staff and approvers may: the
     * person who learns that a warning was lifted must be able to stop it going out.
     */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    @Consumes(MediaType.APPLICATION_JSON)
    public BroadcastView cancel(@PathParam("id") final long id, @Valid @NotNull final CancelRequest request) {
        cancellation.cancel(id, identity.getPrincipal().getName(), request.reason());
        cancellation.sendSoon();
        return view(service.get(id), RowPage.FIRST);
    }

    /** The rows the caller may see: whoever scheduled or withdrew a broadcast sees all of it. */
    private BroadcastView view(final Broadcast b, final RowPage page) {
        return BroadcastView.of(b, rows.page(b.id, identity.getPrincipal().getName(), page));
    }
}
