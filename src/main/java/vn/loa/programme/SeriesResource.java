package vn.loa.programme;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.Dispatcher;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;

/**
 * {@code /api/series}: staff schedule an approved bulletin on a recurrence; everyone logged in follows the series of
 * their area and its occurrences. A change "from this occurrence on" is a split; an end withdraws what follows.
 */
@Path("/api/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject
    SeriesService service;

    @Inject
    Dispatcher dispatcher;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull final SeriesRequest request) {
        final Series s = service.create(me(), request);
        dispatcher.kick();
        return Response.created(URI.create("/api/series/" + s.id)).entity(service.view(s)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public SeriesView get(@PathParam("id") final long id) {
        return service.view(service.get(id, me()));
    }

    /**
     * Changes the series from its occurrence {@code from} on (ISO-8601 with an offset): the series ends before it and
     * the body, a whole new series starting at or after {@code from}, continues it. Answers the new series.
     */
    @POST
    @Path("{id}/split")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response split(@PathParam("id") final long id, @QueryParam("from") final String from,
            @Valid @NotNull final SeriesRequest request) {
        final Series next = service.split(id, me(), parse(from), request);
        cancellation.sendSoon();
        dispatcher.kick();
        return Response.created(URI.create("/api/series/" + next.id)).entity(service.view(next)).build();
    }

    /** Ends the series before its occurrence {@code from}: that one and the later ones are withdrawn. */
    @POST
    @Path("{id}/end")
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    public SeriesView end(@PathParam("id") final long id, @QueryParam("from") final String from) {
        final Series s = service.end(id, me(), parse(from));
        cancellation.sendSoon();
        return service.view(s);
    }

    private static OffsetDateTime parse(final String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-from", "from " + from
                    + " is not an ISO-8601 date-time with an offset, e.g. 2026-12-10T06:00:00+07:00");
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
