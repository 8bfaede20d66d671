package vn.loa.programme;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.Dispatcher;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;

/**
 * {@code /api/slots}: staff plan their area's programme slots and the playlist of each occurrence; everyone logged
 * in reads the slots that play in their area. A playlist is replaced whole ({@code PUT .../items}).
 */
@Path("/api/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    /** Longest range {@code /occurrences} answers at once. */
    static final Duration MAX_RANGE = Duration.ofDays(62);

    @Inject
    SlotService service;

    @Inject
    SlotPlanning planning;

    @Inject
    Dispatcher dispatcher;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /** Body of {@code PUT /api/slots/{id}/occurrences/{at}/items}: the bulletins in playing order. */
    public record Items(@NotNull @Size(max = SlotPlanning.MAX_ITEMS) List<@NotNull Long> bulletinIds) {
    }

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull final SlotRequest request) {
        final Slot s = service.create(me(), request);
        return Response.created(URI.create("/api/slots/" + s.id)).entity(service.view(s)).build();
    }

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<SlotView> list(@QueryParam("area") final Long area) {
        return service.list(me(), area);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public SlotView get(@PathParam("id") final long id) {
        return service.view(service.get(id, me()));
    }

    /** The occurrences in {@code [from, to)} (default: the next seven days) with their playlists. */
    @GET
    @Path("{id}/occurrences")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<SlotView.OccurrenceView> occurrences(@PathParam("id") final long id,
            @QueryParam("from") final String from, @QueryParam("to") final String to) {
        final Slot s = service.get(id, me());
        final Instant f = from == null ? clock.instant() : parse("from", from);
        final Instant t = to == null ? f.plus(Duration.ofDays(7)) : parse("to", to);
        if (!t.isAfter(f) || Duration.between(f, t).compareTo(MAX_RANGE) > 0) {
            throw new InvalidInputException("invalid-range", "to must be after from, at most "
                    + MAX_RANGE.toDays() + " days later");
        }
        return planning.occurrences(s, f, t);
    }

    /** Replaces the playlist of the occurrence {@code at} (ISO-8601 with an offset): the bulletins in order. */
    @PUT
    @Path("{id}/occurrences/{at}/items")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public SlotView.OccurrenceView items(@PathParam("id") final long id, @PathParam("at") final String at,
            @Valid @NotNull final Items body) {
        final SlotView.OccurrenceView o = planning.replace(id, parse("at", at), body.bulletinIds(), me());
        cancellation.sendSoon();
        dispatcher.kick();
        return o;
    }

    private static Instant parse(final String name, final String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-" + name, name + " " + value
                    + " is not an ISO-8601 date-time with an offset, e.g. 2026-12-10T06:00:00+07:00");
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
