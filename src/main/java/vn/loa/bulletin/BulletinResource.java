package vn.loa.bulletin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.loa.audio.StoredAudio;
import vn.loa.security.Role;

/** {@code /api/bulletins}: staff write and submit, approvers decide, everyone logged in can read. */
@Path("/api/bulletins")
@Produces(MediaType.APPLICATION_JSON)
public class BulletinResource {

    @Inject
    BulletinService service;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<BulletinView> list(@QueryParam("state") final String state,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) final int limit) {
        return service.list(state == null ? null : BulletinState.parse(state), limit, me()).stream()
                .map(BulletinView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public BulletinView get(@PathParam("id") final long id) {
        return BulletinView.of(service.get(id, me()));
    }

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull final BulletinRequest request) {
        return created(service.create(me(), request));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public BulletinView edit(@PathParam("id") final long id, @Valid @NotNull final BulletinRequest request) {
        return BulletinView.of(service.edit(id, me(), request));
    }

    /**
     * Whether the bulletin goes on its commune's public page and podcast once played there: the author's choice
     * until approval (409 {@code bulletin-public-fixed} after).
     */
    @PUT
    @Path("{id}/public")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public BulletinView choosePublic(@PathParam("id") final long id, @Valid @NotNull final PublicRequest request) {
        return BulletinView.of(service.choosePublic(id, me(), request.publicPage()));
    }

    /** A new draft copied from an existing (typically approved, hence immutable) bulletin. */
    @POST
    @Path("{id}/revisions")
    @RolesAllowed(Role.STAFF)
    public Response revise(@PathParam("id") final long id) {
        return created(service.revise(id, me()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.STAFF)
    public BulletinView submit(@PathParam("id") final long id) {
        return BulletinView.of(service.submit(id, me()));
    }

    /** Listen before deciding: speaks the current text and answers where to fetch the MP3. */
    @POST
    @Path("{id}/preview")
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    public BulletinView.Audio preview(@PathParam("id") final long id) {
        final StoredAudio a = service.preview(id, me(), identity.hasRole(Role.APPROVER));
        return new BulletinView.Audio(a.sha256(), a.bytes(), a.durationMs(), "/api/audio/" + a.sha256() + ".mp3");
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.APPROVER)
    public BulletinView approve(@PathParam("id") final long id) {
        return BulletinView.of(service.approve(id, me()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Role.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public BulletinView reject(@PathParam("id") final long id, @Valid @NotNull final RejectRequest request) {
        return BulletinView.of(service.reject(id, me(), request.reason()));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private static Response created(final Bulletin b) {
        return Response.created(URI.create("/api/bulletins/" + b.id)).entity(BulletinView.of(b)).build();
    }
}
