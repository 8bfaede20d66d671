package vn.loa.template;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.loa.bulletin.RejectRequest;
import vn.loa.security.Role;

/**
 * {@code /api/templates}: pre-approved emergency templates. Staff write, submit and send; approvers decide; staff
 * and approvers archive; everyone logged in reads. There is no DELETE: bulletins point at templates, so a template
 * is archived instead.
 */
@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    TemplateService service;

    @Inject
    TemplateSends sends;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<TemplateView> list(@QueryParam("state") final String state,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) final int limit) {
        return service.list(state == null ? null : TemplateState.parse(state), limit, me()).stream()
                .map(TemplateView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public TemplateView get(@PathParam("id") final long id) {
        return TemplateView.of(service.get(id, me()));
    }

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull final TemplateRequest request) {
        final EmergencyTemplate t = service.create(me(), request);
        return Response.created(URI.create("/api/templates/" + t.id)).entity(TemplateView.of(t)).build();
    }

    /** Changes the content; an approved template goes back to DRAFT and needs approval again. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateView edit(@PathParam("id") final long id, @Valid @NotNull final TemplateRequest request) {
        return TemplateView.of(service.edit(id, me(), request));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.STAFF)
    public TemplateView submit(@PathParam("id") final long id) {
        return TemplateView.of(service.submit(id, me()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.APPROVER)
    public TemplateView approve(@PathParam("id") final long id) {
        return TemplateView.of(service.approve(id, me()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Role.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateView reject(@PathParam("id") final long id, @Valid @NotNull final RejectRequest request) {
        return TemplateView.of(service.reject(id, me(), request.reason()));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    public TemplateView archive(@PathParam("id") final long id) {
        return TemplateView.of(service.archive(id, me()));
    }

    /** Fills the blanks and plays the emergency now: 201 with the bulletin and broadcast made. */
    @POST
    @Path("{id}/send")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") final long id, @Valid @NotNull final SendRequest request) {
        final TemplateSends.Sent sent = sends.send(id, me(), request);
        return Response.created(URI.create("/api/broadcasts/" + sent.broadcastId())).entity(sent).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
