package vn.loa.cap;

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

/** {@code /ui/cap/senders}: administrators add and remove trusted CAP senders, under {@link TrustedSenders}' rules. */
@Path("/ui/cap/senders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class CapPages {

    /** What the form was filled with, to show it back with a message. */
    public record Form(String sender, String key) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance senders(List<TrustedSenderResource.View> senders, Form form,
                List<String> errors, String formToken);
    }

    @Inject
    TrustedSenders senders;

    @Inject
    FormTokens forms;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page() {
        return render(new Form("", ""), List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm final String formToken, @RestForm final String sender, @RestForm final String key) {
        final Form form = new Form(sender, key);
        final FormTokens.Claim claim = forms.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE, BUSY:
                return Response.seeOther(URI.create("/ui/cap/senders")).build();
            case UNKNOWN:
                return Response.status(400).entity(render(form, List.of(messages().formExpired()), null)).build();
            default:
                break;
        }
        try {
            senders.add(me(), sender, key);
        } catch (LoaException e) {
            forms.release(formToken);
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(form, List.of(explain(e)), formToken)).build();
        }
        forms.complete(formToken, "/ui/cap/senders");
        return Response.seeOther(URI.create("/ui/cap/senders")).build();
    }

    @POST
    @Path("{id}/remove")
    public Response remove(@PathParam("id") final long id) {
        try {
            senders.remove(me(), id);
        } catch (LoaException e) {
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(new Form("", ""), List.of(explain(e)), null)).build();
        }
        return Response.seeOther(URI.create("/ui/cap/senders")).build();
    }

    private TemplateInstance render(final Form form, final List<String> errors, final String formToken) {
        return ui.page(Templates.senders(senders.list().stream().map(TrustedSenderResource::view).toList(), form,
                errors, formToken != null ? formToken : forms.issue(me())));
    }

    private String explain(final LoaException e) {
        return switch (e.code()) {
            case "invalid-cap-sender" -> messages().senderInvalid();
            case "invalid-sender-key" -> messages().keyInvalid();
            case "cap-sender-exists" -> messages().senderExists();
            case "not-found" -> messages().notFound();
            default -> messages().failed(e.getMessage());
        };
    }

    private CapMessages messages() {
        return ui.messages(CapMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
