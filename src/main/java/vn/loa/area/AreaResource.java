package vn.loa.area;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import vn.loa.error.NotFoundException;
import vn.loa.security.Role;

/**
 * {@code /api/areas}: administrators shape the area tree; everyone logged in reads the part they work in (a flat
 * list, each row with its parent and path, provinces first). An area outside the caller's answers 404.
 */
@Path("/api/areas")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    /** An area as the API shows it; {@code publicPage} is a commune's public page ({@code /c/xa-minh-tan}). */
    public record AreaView(long id, Long parentId, AreaLevel level, String name, String code, boolean archived,
            String path, Instant createdAt, Instant updatedAt, String adminCode, String capPolicy,
            String publicPage) {
    }

    @Inject
    AreaService service;

    @Inject
    AreaDirectory directory;

    @Inject
    AreaGuard guard;

    @Inject
    SecurityIdentity identity;

    @Inject
    QuietHoursPolicy quietHours;

    /**
     * The quiet hours that hold in an area: {@code own} (null when it inherits), and the effective window with the
     * area it comes from ({@code fromAreaId} null for the configured default; {@code window} null when none holds).
     */
    public record QuietHoursView(long areaId, Window own, Window window, Long fromAreaId, String fromArea,
            String zone) {

        /** {@code HH:MM} local time; from after to runs across midnight. */
        public record Window(String from, String to) {
        }
    }

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<AreaView> list() {
        final AreaScope scope = guard.scope(me());
        final AreaTree tree = directory.tree();
        return Area.<Area>listAll().stream().filter(a -> scope.contains(a.id))
                .sorted(Comparator.comparing((Area a) -> a.level).thenComparing(a -> tree.path(a.id)))
                .map(a -> view(a, tree.path(a.id))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public AreaView get(@PathParam("id") final long id) {
        if (!guard.scope(me()).contains(id)) {
            throw new NotFoundException("area", id);
        }
        return view(directory.get(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull final AreaRequest request) {
        final Area a = service.create(request);
        return Response.created(URI.create("/api/areas/" + a.id)).entity(view(a)).build();
    }

    /** Rename and/or move (a new {@code parentId} of the right level); receivers' names follow. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public AreaView update(@PathParam("id") final long id, @Valid @NotNull final AreaRequest request) {
        return view(service.update(id, request));
    }

    @GET
    @Path("{id}/quiet-hours")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public QuietHoursView quietHours(@PathParam("id") final long id) {
        if (!guard.scope(me()).contains(id)) {
            throw new NotFoundException("area", id);
        }
        return quietHoursView(directory.get(id));
    }

    /**
     * Sets (or, with both ends null, removes) an area's own quiet hours; 400 {@code invalid-quiet-hours} for a bad
     * time, {@code quiet-hours-whole-day} when from equals to. Audited.
     */
    @PUT
    @Path("{id}/quiet-hours")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public QuietHoursView setQuietHours(@PathParam("id") final long id, @NotNull final QuietHoursRequest request) {
        return quietHoursView(service.setQuietHours(id, request.from(), request.to()));
    }

    QuietHoursView quietHoursView(final Area a) {
        final QuietHoursView.Window own = a.quietFrom == null ? null
                : new QuietHoursView.Window(a.quietFrom, a.quietTo);
        return quietHours.effective(a.id)
                .map(e -> new QuietHoursView(a.id, own, new QuietHoursView.Window(e.window().fromText(),
                        e.window().toText()), e.areaId(), e.areaPath(), QuietHoursPolicy.ZONE.getId()))
                .orElse(new QuietHoursView(a.id, own, null, null, null, QuietHoursPolicy.ZONE.getId()));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Role.ADMIN)
    public AreaView archive(@PathParam("id") final long id) {
        return view(service.archive(id));
    }

    /** Only an unused area can be deleted (409 {@code area-in-use} otherwise: archive it or move what it holds). */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    public Response delete(@PathParam("id") final long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private AreaView view(final Area a) {
        return view(a, directory.path(a.id));
    }

    private static AreaView view(final Area a, final String path) {
        return new AreaView(a.id, a.parentId, a.level, a.name, a.code, a.archived, path, a.createdAt, a.updatedAt,
                a.adminCode, a.capPolicy, a.publicSlug == null ? null : "/c/" + a.publicSlug);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
