package vn.loa.upward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * {@code /ui/upward}: for administrators, the push targets (never their secrets) and the outbox: what is pending,
 * sent or failed, with attempts and the last error, and a retry button on each failed item. Targets are added with
 * the API ({@code /api/upward/targets}).
 */
@Path("/ui/upward")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class UpwardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upward(List<TargetView> targets, List<OutboxView> items, String state,
                List<String> errors);
    }

    @Inject
    Targets targets;

    @Inject
    Outbox outbox;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public Response page(@QueryParam("state") final String state) {
        try {
            return Response.ok(render(UpwardAdminResource.state(state), List.of())).build();
        } catch (LoaException e) {
            return Response.status(400).entity(render(null, List.of(messages().badState()))).build();
        }
    }

    @POST
    @Path("outbox/{id}/retry")
    public Response retry(@PathParam("id") final long id) {
        try {
            outbox.retry(identity.getPrincipal().getName(), id);
        } catch (LoaException e) {
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(null, List.of("not-found".equals(e.code()) ? messages().notFound()
                            : messages().notFailed()))).build();
        }
        return Response.seeOther(URI.create("/ui/upward")).build();
    }

    private TemplateInstance render(final OutboxItem.State state, final List<String> errors) {
        return ui.page(Templates.upward(targets.list(), outbox.list(state, UpwardAdminResource.LIST_LIMIT).stream()
                .map(OutboxView::of).toList(), state == null ? "" : state.name().toLowerCase(java.util.Locale.ROOT),
                errors));
    }

    private UpwardMessages messages() {
        return ui.messages(UpwardMessages.class);
    }
}
