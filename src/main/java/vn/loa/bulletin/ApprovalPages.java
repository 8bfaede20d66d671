package vn.loa.bulletin;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * The approver's queue {@code /ui/approvals}: every submitted bulletin, a player to listen before deciding,
 * approve, or send back with a required reason. The four-eyes rule and the state rules are {@link BulletinService}'s.
 */
@Path("/ui/approvals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.APPROVER)
public class ApprovalPages {

    /** The longest queue shown at once; more waiting than this is a problem no page solves. */
    private static final int QUEUE_LIMIT = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Bulletin> bulletins, Long listenId, String listenSha, String done,
                Long errorId, String error, String reason);

        static native TemplateInstance items(List<Bulletin> bulletins, Long listenId, String listenSha,
                Long errorId, String reason);
    }

    @Inject
    BulletinService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    jakarta.validation.Validator validator;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance queue(@QueryParam("listen") final Long listen, @QueryParam("sha") final String sha,
            @QueryParam("done") final String done) {
        final String validSha = sha != null && sha.matches("[0-9a-f]{64}") ? sha : null;
        final String doneMessage = "approved".equals(done) ? messages().approved()
                : "rejected".equals(done) ? messages().rejected() : null;
        return page(validSha == null ? null : listen, validSha, doneMessage, null, null, null);
    }

    /** The queue alone, for the page's live refresh: a new emergency appears without a click. */
    @GET
    @Path("items")
    public TemplateInstance items() {
        return ui.page(Templates.items(waiting(), null, null, null, null));
    }

    @POST
    @Path("{id}/listen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response listen(@PathParam("id") final long id) {
        try {
            final String sha = service.preview(id, me(), true).sha256();
            return seeOther("/ui/approvals?listen=" + id + "&sha=" + sha + "#b" + id);
        } catch (LoaException e) {
            return failed(id, e, null);
        }
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") final long id) {
        try {
            service.approve(id, me());
            return seeOther("/ui/approvals?done=approved");
        } catch (LoaException e) {
            return failed(id, e, null);
        }
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") final long id, @RestForm final String reason) {
        // the API's rule (RejectRequest): a reason is required, and bounded
        final var violations = validator.validate(new RejectRequest(reason));
        if (!violations.isEmpty()) {
            final var v = violations.iterator().next();
            final String message = reason == null || reason.isBlank() ? messages().reasonRequired()
                    : messages().tooLong(messages().rejectionReason(), reason.length(),
                            (Integer) v.getConstraintDescriptor().getAttributes().get("max"));
            return Response.status(Response.Status.BAD_REQUEST).entity(page(null, null, null, id, message, reason))
                    .build();
        }
        try {
            service.reject(id, me(), reason);
            return seeOther("/ui/approvals?done=rejected");
        } catch (LoaException e) {
            return failed(id, e, reason);
        }
    }

    private Response failed(final long id, final LoaException e, final String reason) {
        return Response.status(ProblemMapper.statusOf(e.getClass()))
                .entity(page(null, null, null, id, messages().failed(e.getMessage()), reason)).build();
    }

    private TemplateInstance page(final Long listenId, final String listenSha, final String done, final Long errorId,
            final String error, final String reason) {
        return ui.page(Templates.queue(waiting(), listenId, listenSha, done, errorId, error, reason));
    }

    /** The bulletins waiting for a decision: emergencies first, then newest first as before. */
    private List<Bulletin> waiting() {
        return service.list(BulletinState.SUBMITTED, QUEUE_LIMIT, ui.user()).stream()
                .sorted(java.util.Comparator.comparing((Bulletin b) -> b.priority != Priority.EMERGENCY)).toList();
    }

    private BulletinMessages messages() {
        return ui.messages(BulletinMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private static Response seeOther(final String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
