package vn.loa.bulletin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import vn.loa.audio.SpeechSettings;
import vn.loa.audio.SpeechVoices;
import vn.loa.audio.StoredAudio;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.Ui;

/**
 * The bulletin pages of the web UI: the list, one bulletin, and compose/edit (title, text with a live count and
 * speaking-time estimate, language, priority, voice and speaking rate; save, listen, submit; the recorder). Every
 * rule is {@link BulletinService}'s; a broken rule comes back as a message in the page.
 */
@Path("/ui/bulletins")
@Produces(MediaType.TEXT_HTML)
public class BulletinPages {

    private static final String HEX_SHA256 = "[0-9a-f]{64}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Bulletin> bulletins);

        static native TemplateInstance show(Bulletin b, String listenSha, boolean mine, List<String> errors,
                BulletinService.OnAir onAir);

        static native TemplateInstance compose(Long id, BulletinForm form, List<String> errors, String formToken,
                int maxText, int maxTitle, List<SpeechVoices.Language> voices, int minRate, int maxRate,
                int defaultRate);
    }

    @Inject
    BulletinService service;

    @Inject
    FormTokens tokens;

    @Inject
    Validator validator;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public TemplateInstance list() {
        return ui.page(Templates.list(service.list(null, 100, me())));
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.STAFF)
    public TemplateInstance compose() {
        return composePage(null, BulletinForm.empty(), List.of(), tokens.issue(me()));
    }

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm final String formToken, @RestForm final String title,
            @RestForm final String text, @RestForm final String language, @RestForm final String priority,
            @RestForm final String voice, @RestForm final String rateWpm, @RestForm final String action,
            @RestForm("public") final String publicPage) {
        final BulletinForm form = new BulletinForm(title, text, language, priority, voice, rateWpm,
                publicPage != null);
        final FormTokens.Claim claim = tokens.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE:
                return seeOther(claim.result());
            case BUSY:
                return seeOther("/ui/bulletins");
            case UNKNOWN:
                return invalid(null, form, List.of(messages().formExpired()), tokens.issue(me()));
            default:
                break;
        }
        final List<String> errors = form.errors(validator, messages());
        if (!errors.isEmpty()) {
            tokens.release(formToken);
            return invalid(null, form, errors, formToken);
        }
        final Bulletin b;
        try {
            // a new bulletin is text: ticked is its default (null), unticked the author's choice
            b = service.create(me(), form.toRequest(form.publicPage() ? null : Boolean.FALSE));
        } catch (LoaException e) {
            tokens.release(formToken);
            return invalid(null, form, List.of(messages().failed(e.getMessage())), formToken);
        }
        tokens.complete(formToken, "/ui/bulletins/" + b.id);
        return afterSave(b.id, action);
    }

    /**
     * The compose page's on-air time while the author types ({@code compose.js} posts the form's fields with the
     * CSRF header): {@code {"ms": 95400, "spoken": true, "text": "1:35 (…)"}}, or {@code {"ms": null, "text": "…"}}
     * for a language the machine does not read. {@link BulletinService#estimate} speaks the text and lays it out as
     * the MP3 will be ({@code spoken}), or estimates it from the text when it cannot speak now; a voice or rate the
     * form would refuse is taken as the language's default, since the save will say what is wrong.
     */
    @POST
    @Path("estimate")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Object> estimate(@RestForm final String text, @RestForm final String language,
            @RestForm final String priority, @RestForm final String voice, @RestForm final String rateWpm) {
        final String body = text == null ? "" : text;
        if (body.length() > Bulletin.MAX_TEXT) {
            throw new vn.loa.error.InvalidInputException("text-too-long", "text is longer than " + Bulletin.MAX_TEXT
                    + " characters");
        }
        final java.util.Optional<BulletinService.OnAir> onAir = service.estimate(body,
                language == null || language.isBlank() ? "vi" : language.strip(), speech(voice, rateWpm),
                priority(priority));
        final java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("ms", onAir.map(BulletinService.OnAir::ms).orElse(null));
        out.put("spoken", onAir.map(BulletinService.OnAir::spoken).orElse(false));
        out.put("text", onAir.map(a -> a.spoken() ? messages().onAirSpoken(a.time(), a.repeats())
                : messages().onAirEstimate(a.time(), a.repeats()))
                .orElse(messages().durationUnavailable()));
        return out;
    }

    private static SpeechSettings speech(final String voice, final String rateWpm) {
        int rate = SpeechSettings.DEFAULT_RATE_WPM;
        try {
            if (rateWpm != null && !rateWpm.isBlank()) {
                rate = Math.max(SpeechSettings.MIN_RATE_WPM, Math.min(SpeechSettings.MAX_RATE_WPM,
                        Integer.parseInt(rateWpm.strip())));
            }
        } catch (NumberFormatException e) {
            rate = SpeechSettings.DEFAULT_RATE_WPM;
        }
        try {
            return new SpeechSettings(voice == null || voice.isBlank() ? null : voice.strip(), rate);
        } catch (vn.loa.error.InvalidInputException e) {
            return new SpeechSettings(null, rate);
        }
    }

    private static Priority priority(final String priority) {
        try {
            return priority == null ? Priority.ROUTINE : Priority.of(priority.strip());
        } catch (IllegalArgumentException e) {
            return Priority.ROUTINE;
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public TemplateInstance show(@PathParam("id") final long id, @QueryParam("listen") final String listen) {
        final Bulletin b = service.get(id, me());
        final String sha = listen != null && listen.matches(HEX_SHA256) ? listen : null;
        return ui.page(Templates.show(b, sha, b.author.equals(me()), List.of(), service.onAir(b, sha).orElse(null)));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.STAFF)
    public TemplateInstance edit(@PathParam("id") final long id) {
        return composePage(id, BulletinForm.of(service.get(id, me())), List.of(), tokens.issue(me()));
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") final long id, @RestForm final String formToken,
            @RestForm final String title, @RestForm final String text, @RestForm final String language,
            @RestForm final String priority, @RestForm final String voice, @RestForm final String rateWpm,
            @RestForm final String action, @RestForm("public") final String publicPage) {
        final BulletinForm form = new BulletinForm(title, text, language, priority, voice, rateWpm,
                publicPage != null);
        final List<String> errors = form.errors(validator, messages());
        if (!errors.isEmpty()) {
            return invalid(id, form, errors, formToken);
        }
        try {
            final boolean now = service.get(id, me()).shownInPublic();
            service.edit(id, me(), form.toRequest(form.publicPage() == now ? null : form.publicPage()));
        } catch (vn.loa.error.NotFoundException e) {
            throw e; // a bulletin outside the caller's area is not found, as on every other page, not a form error
        } catch (LoaException e) {
            return invalid(id, form, List.of(messages().failed(e.getMessage())), formToken);
        }
        return afterSave(id, action);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") final long id) {
        return act(id, () -> service.submit(id, me()), "/ui/bulletins/" + id);
    }

    /** The public choice alone (a submitted bulletin cannot be edited but its choice can change until approval). */
    @POST
    @Path("{id}/public")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choosePublic(@PathParam("id") final long id, @RestForm("public") final String publicPage) {
        return act(id, () -> service.choosePublic(id, me(), "yes".equals(publicPage)), "/ui/bulletins/" + id);
    }

    /** Speaks the bulletin as it stands; the page then plays it. */
    @POST
    @Path("{id}/preview")
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@PathParam("id") final long id) {
        final StoredAudio[] audio = new StoredAudio[1];
        final Response failed = act(id, () -> audio[0] = service.preview(id, me(), identity.hasRole(Role.APPROVER)),
                null);
        return failed != null ? failed : seeOther("/ui/bulletins/" + id + "?listen=" + audio[0].sha256());
    }

    /** Save is done; then do what the pressed button asked. */
    private Response afterSave(final long id, final String action) {
        if ("submit".equals(action)) {
            return submit(id);
        }
        if ("preview".equals(action)) {
            return preview(id);
        }
        return seeOther("/ui/bulletins/" + id);
    }

    /** Runs a service step; on a broken rule shows the bulletin page with the message (and the fitting status). */
    private Response act(final long id, final Runnable step, final String next) {
        try {
            step.run();
        } catch (vn.loa.error.NotFoundException e) {
            throw e;
        } catch (LoaException e) {
            final Bulletin b = service.get(id, me());
            return Response.status(vn.loa.web.ProblemMapper.statusOf(e.getClass()))
                    .entity(ui.page(Templates.show(b, null, b.author.equals(me()),
                            List.of(messages().failed(e.getMessage())), service.onAir(b, null).orElse(null)))).build();
        }
        return next == null ? null : seeOther(next);
    }

    private TemplateInstance composePage(final Long id, final BulletinForm form, final List<String> errors,
            final String formToken) {
        return ui.page(Templates.compose(id, form, errors, formToken, Bulletin.MAX_TEXT, Bulletin.MAX_TITLE,
                SpeechVoices.LANGUAGES, SpeechSettings.MIN_RATE_WPM, SpeechSettings.MAX_RATE_WPM,
                SpeechSettings.DEFAULT_RATE_WPM));
    }

    private Response invalid(final Long id, final BulletinForm form, final List<String> errors, final String token) {
        return Response.status(Response.Status.BAD_REQUEST).entity(composePage(id, form, errors, token)).build();
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
