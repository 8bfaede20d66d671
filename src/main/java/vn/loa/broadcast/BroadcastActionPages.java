package vn.loa.broadcast;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import vn.loa.bulletin.BulletinService;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * Cancel and stop from the broadcast page, each behind a confirmation page (a required reason for cancel, a
 * required tick for both; no script). The actions are the API's: {@link BroadcastCancellation#cancel} as
 * {@code POST /api/broadcasts/{id}/cancel}, and the kill switch of {@code POST /api/stop} ({@link StopSender}) for
 * the receivers playing this broadcast now; those services check the area and audit. The roles are the API's too:
 * cancel for staff and approvers, stop also for administrators; others are refused with a message. Both forms carry
 * a one-time token, so a double tap does it once.
 */
@Path("/ui/broadcasts/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class BroadcastActionPages {

    /** The stop page names at most this many of the receivers it will stop, and counts the rest. */
    private static final int LISTED = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cancel(long id, String title, boolean allowed, String reason,
                List<String> errors, String formToken);

        static native TemplateInstance stop(long id, String title, boolean allowed, List<BroadcastView.Row> playing,
                int playingCount, List<String> errors, String formToken);
    }

    @Inject
    BroadcastService broadcasts;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    StopSender stops;

    @Inject
    DeliveryRows deliveryRows;

    @Inject
    BulletinService bulletins;

    @Inject
    FormTokens tokens;

    @Inject
    Validator validator;

    @Inject
    Ui ui;

    /** As {@code POST /api/broadcasts/{id}/cancel}: staff and approvers. */
    static boolean mayCancel(final Ui ui) {
        return ui.staff() || ui.approver();
    }

    /** As {@code POST /api/stop}: staff, approvers and administrators. */
    static boolean mayStop(final Ui ui) {
        return ui.staff() || ui.approver() || ui.admin();
    }

    @GET
    @Path("cancel")
    public Response cancelForm(@PathParam("id") final long id) {
        final Broadcast b = broadcasts.get(id, ui.user()); // 404 outside the user's area
        if (!mayCancel(ui)) {
            return cancelPage(b, 403, messages().mayNotCancel(), null, null);
        }
        if (!cancellation.cancelable(id, ui.user())) {
            return cancelPage(b, 409, messages().notCancelable(), null, null);
        }
        return cancelPage(b, 200, null, "", tokens.issue(ui.user()));
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") final long id, @RestForm final String formToken,
            @RestForm final String reason, @RestForm final String confirm) {
        final Broadcast b = broadcasts.get(id, ui.user());
        if (!mayCancel(ui)) {
            return cancelPage(b, 403, messages().mayNotCancel(), null, null);
        }
        final FormTokens.Claim claim = tokens.claim(formToken, ui.user());
        switch (claim.outcome()) {
            case DONE:
                return Response.seeOther(URI.create(claim.result())).build();
            case BUSY:
                return Response.seeOther(URI.create(page(id))).build();
            case UNKNOWN:
                return cancelPage(b, 400, messages().formExpired(), reason, tokens.issue(ui.user()));
            default:
                break;
        }
        final String problem = reason == null || reason.isBlank() ? messages().reasonRequired()
                : !"yes".equals(confirm) ? messages().confirmRequired() : invalid(new CancelRequest(reason));
        if (problem != null) {
            tokens.release(formToken);
            return cancelPage(b, 400, problem, reason, formToken);
        }
        try {
            cancellation.cancel(id, ui.user(), reason);
        } catch (LoaException e) {
            tokens.release(formToken);
            return cancelPage(b, ProblemMapper.statusOf(e.getClass()).getStatusCode(), explain(e), reason, formToken);
        }
        cancellation.sendSoon();
        final String done = page(id) + "?done=canceled";
        tokens.complete(formToken, done);
        return Response.seeOther(URI.create(done)).build();
    }

    @GET
    @Path("stop")
    public Response stopForm(@PathParam("id") final long id) {
        final Broadcast b = broadcasts.get(id, ui.user());
        if (!mayStop(ui)) {
            return stopPage(b, 403, messages().mayNotStop(), null);
        }
        return stopPage(b, 200, null, tokens.issue(ui.user()));
    }

    @POST
    @Path("stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@PathParam("id") final long id, @RestForm final String formToken,
            @RestForm final String confirm) {
        final Broadcast b = broadcasts.get(id, ui.user());
        if (!mayStop(ui)) {
            return stopPage(b, 403, messages().mayNotStop(), null);
        }
        final FormTokens.Claim claim = tokens.claim(formToken, ui.user());
        switch (claim.outcome()) {
            case DONE:
                return Response.seeOther(URI.create(claim.result())).build();
            case BUSY:
                return Response.seeOther(URI.create(page(id))).build();
            case UNKNOWN:
                return stopPage(b, 400, messages().formExpired(), tokens.issue(ui.user()));
            default:
                break;
        }
        if (!"yes".equals(confirm)) {
            tokens.release(formToken);
            return stopPage(b, 400, messages().confirmRequired(), formToken);
        }
        try {
            // those playing it by their last report; one that has just finished ignores the stop
            stops.stop(ui.user(), deliveryRows.playingNow(id, ui.user()).stream()
                    .map(BroadcastView.Row::receiverId).toList());
        } catch (LoaException e) {
            tokens.release(formToken);
            return stopPage(b, "no-targets".equals(e.code()) ? 409 : ProblemMapper.statusOf(e.getClass())
                    .getStatusCode(), explain(e), formToken);
        }
        final String done = page(id) + "?done=stopped";
        tokens.complete(formToken, done);
        return Response.seeOther(URI.create(done)).build();
    }

    /** The first rule the reason breaks (as the API's), or null. */
    private String invalid(final CancelRequest request) {
        return validator.validate(request).stream().findFirst()
                .map(v -> messages().failed(v.getMessage())).orElse(null);
    }

    private String explain(final LoaException e) {
        return switch (e.code()) {
            case "broadcast-canceled" -> messages().alreadyCanceled();
            case "broadcast-finished" -> messages().alreadyFinished();
            case "outside-area" -> messages().outsideArea();
            case "no-targets" -> messages().nothingPlaying();
            default -> messages().failed(e.getMessage());
        };
    }

    private Response cancelPage(final Broadcast b, final int status, final String error, final String reason,
            final String formToken) {
        return Response.status(status).entity(ui.page(Templates.cancel(b.id, title(b), formToken != null,
                reason == null ? "" : reason, error == null ? List.of() : List.of(error), formToken))).build();
    }

    private Response stopPage(final Broadcast b, final int status, final String error, final String formToken) {
        final List<BroadcastView.Row> playing = formToken == null ? List.of()
                : deliveryRows.playingNow(b.id, ui.user());
        final List<String> errors = error != null ? List.of(error)
                : playing.isEmpty() && formToken != null ? List.of(messages().nothingPlaying()) : List.of();
        return Response.status(status).entity(ui.page(Templates.stop(b.id, title(b), formToken != null,
                playing.subList(0, Math.min(playing.size(), LISTED)), playing.size(), errors, formToken))).build();
    }

    private String title(final Broadcast b) {
        return bulletins.get(b.bulletinId).title;
    }

    private static String page(final long id) {
        return "/ui/broadcasts/" + id;
    }

    private BroadcastMessages messages() {
        return ui.messages(BroadcastMessages.class);
    }
}
