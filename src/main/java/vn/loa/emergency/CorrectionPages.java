package vn.loa.emergency;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.BroadcastService;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinService;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * "Đính chính" {@code /ui/corrections/{broadcastId}}, reached from an emergency broadcast's page: the correction's
 * text (prefilled "Đính chính: "), then one post stops and withdraws the broadcast and queues the correction
 * ({@link Corrections}). A refusal comes back as a message in the page.
 */
@Path("/ui/corrections/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STAFF, Role.APPROVER})
public class CorrectionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance correct(long broadcastId, String wrongTitle, String title, String text,
                String language, List<String> errors, String formToken, int maxTitle, int maxText);
    }

    @Inject
    Corrections corrections;

    @Inject
    BroadcastService broadcasts;

    @Inject
    BulletinService bulletins;

    @Inject
    FormTokens tokens;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance form(@PathParam("id") final long id) {
        final Bulletin wrong = wrong(id);
        return page(id, wrong, Corrections.defaultTitle(wrong.title), messages().correctionPrefix(),
                "en".equals(wrong.language) ? "en" : "vi", List.of(), tokens.issue(ui.user()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") final long id, @RestForm final String formToken,
            @RestForm final String title, @RestForm final String text, @RestForm final String language) {
        final Bulletin wrong = wrong(id);
        final String lang = "en".equals(language) ? "en" : "vi";
        final String t = title == null ? "" : title;
        final String body = text == null ? "" : text;
        final FormTokens.Claim claim = tokens.claim(formToken, ui.user());
        switch (claim.outcome()) {
            case DONE:
                return seeOther(claim.result());
            case BUSY:
                return seeOther("/ui/broadcasts/" + id);
            case UNKNOWN:
                return invalid(400, id, wrong, t, body, lang, List.of(messages().formExpired()), tokens.issue(ui.user()));
            default:
                break;
        }
        final List<String> errors = errors(t, body);
        if (!errors.isEmpty()) {
            tokens.release(formToken);
            return invalid(400, id, wrong, t, body, lang, errors, formToken);
        }
        final Corrections.Outcome outcome;
        try {
            outcome = corrections.correct(id, ui.user(), new CorrectionRequest(t.isBlank() ? null : t.strip(),
                    body.strip(), lang));
        } catch (LoaException e) {
            tokens.release(formToken);
            return invalid(ProblemMapper.statusOf(e.getClass()).getStatusCode(), id, wrong, t, body, lang,
                    List.of(explain(e)), formToken);
        }
        final String done = "/ui/emergency/" + outcome.correction().id;
        tokens.complete(formToken, done);
        return seeOther(done);
    }

    /** The bulletin of the broadcast to correct: 404 when the user may not see the broadcast. */
    private Bulletin wrong(final long id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            final Broadcast b = broadcasts.get(id, ui.user());
            return bulletins.get(b.bulletinId);
        });
    }

    private List<String> errors(final String title, final String text) {
        final EmergencyMessages m = messages();
        final List<String> errors = new ArrayList<>();
        if (title.strip().length() > Bulletin.MAX_TITLE) {
            errors.add(m.tooLong(m.title(), title.strip().length(), Bulletin.MAX_TITLE));
        } else if (title.chars().anyMatch(Character::isISOControl)) {
            errors.add(m.oneLine(m.title()));
        }
        if (text.isBlank() || text.strip().equals(m.correctionPrefix().strip())) {
            errors.add(m.required(m.text()));
        } else if (text.strip().length() > Bulletin.MAX_TEXT) {
            errors.add(m.tooLong(m.text(), text.strip().length(), Bulletin.MAX_TEXT));
        }
        return errors;
    }

    private String explain(final LoaException e) {
        return switch (e.code()) {
            case "not-emergency" -> messages().notEmergency();
            case "already-corrected" -> messages().alreadyCorrected();
            case "outside-area" -> messages().outsideArea();
            default -> messages().failed(e.getMessage());
        };
    }

    private Response invalid(final int status, final long id, final Bulletin wrong, final String title,
            final String text, final String language, final List<String> errors, final String formToken) {
        return Response.status(status).entity(page(id, wrong, title, text, language, errors, formToken)).build();
    }

    private TemplateInstance page(final long id, final Bulletin wrong, final String title, final String text,
            final String language, final List<String> errors, final String formToken) {
        return ui.page(Templates.correct(id, wrong.title, title, text, language, errors, formToken,
                Bulletin.MAX_TITLE, Bulletin.MAX_TEXT));
    }

    private EmergencyMessages messages() {
        return ui.messages(EmergencyMessages.class);
    }

    private static Response seeOther(final String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
