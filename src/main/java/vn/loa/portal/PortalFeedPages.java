package vn.loa.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * {@code /ui/portal-feeds}: administrators add, pause, resume and remove e-portal feeds and see each one's last
 * result, under {@link PortalFeeds}' rules.
 */
@Path("/ui/portal-feeds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class PortalFeedPages {

    private static final URI HERE = URI.create("/ui/portal-feeds");

    /** What the form was filled with, to show it back with a message. */
    public record Form(String url, String area, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(List<PortalFeeds.View> feeds, List<PortalFeeds.AreaChoice> areas,
                Form form, List<String> errors, String formToken);
    }

    @Inject
    PortalFeeds feeds;

    @Inject
    FormTokens forms;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page() {
        return render(new Form("", "", ""), List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm final String formToken, @RestForm final String url, @RestForm final String area,
            @RestForm final String name) {
        final Form form = new Form(url, area, name);
        final FormTokens.Claim claim = forms.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE, BUSY:
                return Response.seeOther(HERE).build();
            case UNKNOWN:
                return Response.status(400).entity(render(form, List.of(messages().formExpired()), null)).build();
            default:
                break;
        }
        try {
            final long areaId;
            try {
                areaId = Long.parseLong(area == null ? "" : area.strip());
            } catch (NumberFormatException e) {
                throw new vn.loa.error.InvalidInputException("unknown-area", "choose an area");
            }
            feeds.add(me(), url, areaId, name);
        } catch (LoaException e) {
            forms.release(formToken);
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(form, List.of(explain(e)), formToken)).build();
        }
        forms.complete(formToken, HERE.toString());
        return Response.seeOther(HERE).build();
    }

    @POST
    @Path("{id}/remove")
    public Response remove(@PathParam("id") final long id) {
        return act(() -> feeds.remove(me(), id));
    }

    @POST
    @Path("{id}/pause")
    public Response pause(@PathParam("id") final long id) {
        return act(() -> feeds.pause(me(), id, true));
    }

    @POST
    @Path("{id}/resume")
    public Response resume(@PathParam("id") final long id) {
        return act(() -> feeds.pause(me(), id, false));
    }

    private Response act(final Runnable action) {
        try {
            action.run();
        } catch (LoaException e) {
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(new Form("", "", ""), List.of(explain(e)), null)).build();
        }
        return Response.seeOther(HERE).build();
    }

    private TemplateInstance render(final Form form, final List<String> errors, final String formToken) {
        return ui.page(Templates.feeds(feeds.list(), feeds.areaChoices(), form, errors,
                formToken != null ? formToken : forms.issue(me())));
    }

    private String explain(final LoaException e) {
        return switch (e.code()) {
            case "invalid-feed-url" -> messages().urlInvalid();
            case "unknown-area", "feed-area-level" -> messages().areaInvalid();
            case "portal-feed-exists" -> messages().exists();
            case "invalid-feed-name" -> messages().nameInvalid();
            case "not-found" -> messages().notFound();
            default -> messages().failed(e.getMessage());
        };
    }

    private PortalMessages messages() {
        return ui.messages(PortalMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
