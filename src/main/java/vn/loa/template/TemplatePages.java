package vn.loa.template;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.area.AreaDirectory;
import vn.loa.bulletin.RejectRequest;
import vn.loa.error.LoaException;
import vn.loa.error.NotFoundException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * The emergency template pages: the list (approved ones with a send button), writing a template, one template
 * (submit, approve or send back, archive), the send form (one input per blank, with its pattern as a hint and as
 * the HTML {@code pattern}; the server checks again) and its result. Every rule is {@link TemplateService}'s and
 * {@link TemplateSends}'; a broken rule comes back as a message in the page, and nothing is sent.
 */
@Path("/ui/templates")
@Produces(MediaType.TEXT_HTML)
public class TemplatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<EmergencyTemplate> templates);

        static native TemplateInstance compose(Long editing, TemplateForm form, List<String> errors,
                String formToken, int maxText, List<BlankKind> kinds);

        static native TemplateInstance show(EmergencyTemplate t, List<Blank> blanks, String area, boolean mine,
                boolean decidable, List<String> errors, String reason);

        static native TemplateInstance send(EmergencyTemplate t, List<Field> fields,
                List<TemplateService.TargetChoice> targets, java.util.Set<Long> chosen, boolean confirmed,
                List<String> errors, String formToken);

        static native TemplateInstance sent(EmergencyTemplate t, vn.loa.bulletin.Bulletin bulletin, long broadcastId);
    }

    /** One input of the send form: a blank, the hint of its pattern, and (area) the names to choose from. */
    public record Field(String name, String label, BlankKind kind, String hint, String pattern, Integer maxLength,
            List<String> choices, String value) {
    }

    @Inject
    TemplateSends sends;

    @Inject
    vn.loa.broadcast.BroadcastService broadcasts;

    @Inject
    vn.loa.bulletin.BulletinService bulletins;

    @Inject
    TemplateService service;

    @Inject
    AreaDirectory directory;

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
        return ui.page(Templates.list(service.list(null, 200, me())));
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.STAFF)
    public TemplateInstance compose() {
        return composePage(TemplateForm.empty(), List.of(), tokens.issue(me()));
    }

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm final String formToken, @RestForm final String title,
            @RestForm final String text, @RestForm final String language, @RestForm final String priority,
            @RestForm final List<String> blankName, @RestForm final List<String> blankLabel,
            @RestForm final List<String> blankKind, @RestForm final List<String> blankMin,
            @RestForm final List<String> blankMax, @RestForm final List<String> blankMaxLength) {
        final TemplateForm form = TemplateForm.of(blankName, blankLabel, blankKind, blankMin, blankMax,
                blankMaxLength, title, text, language, priority);
        final FormTokens.Claim claim = tokens.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE:
                return seeOther(claim.result());
            case BUSY:
                return seeOther("/ui/templates");
            case UNKNOWN:
                return invalid(form, List.of(messages().formExpired()), tokens.issue(me()));
            default:
                break;
        }
        final List<String> errors = new ArrayList<>();
        TemplateRequest request = null;
        try {
            request = form.toRequest();
            for (ConstraintViolation<TemplateRequest> v : validator.validate(request)) {
                errors.add(messages().invalidField(v.getPropertyPath().toString(), v.getMessage()));
            }
        } catch (IllegalArgumentException e) {
            errors.add(messages().failed(e.getMessage()));
        }
        if (!errors.isEmpty()) {
            tokens.release(formToken);
            return invalid(form, errors, formToken);
        }
        final EmergencyTemplate t;
        try {
            t = service.create(me(), request);
        } catch (LoaException e) {
            tokens.release(formToken);
            return invalid(form, List.of(messages().failed(e.getMessage())), formToken);
        }
        tokens.complete(formToken, "/ui/templates/" + t.id);
        return seeOther("/ui/templates/" + t.id);
    }

    /** The author changes a template; an approved one goes back to draft and must be approved again. */
    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.STAFF)
    public TemplateInstance editForm(@PathParam("id") final long id) {
        final EmergencyTemplate t = service.get(id, me());
        if (!t.author.equals(me())) {
            // the same rule the change itself keeps (EmergencyTemplate.edit): no form for what cannot be saved
            throw new vn.loa.error.ForbiddenActionException("not-author",
                    "only the author (" + t.author + ") can change template " + id);
        }
        return composePage(id, TemplateForm.from(t), List.of(), null);
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") final long id, @RestForm final String title,
            @RestForm final String text, @RestForm final String language, @RestForm final String priority,
            @RestForm final List<String> blankName, @RestForm final List<String> blankLabel,
            @RestForm final List<String> blankKind, @RestForm final List<String> blankMin,
            @RestForm final List<String> blankMax, @RestForm final List<String> blankMaxLength) {
        service.get(id, me()); // 404 outside the user's area, before anything is read from the form
        final TemplateForm form = TemplateForm.of(blankName, blankLabel, blankKind, blankMin, blankMax,
                blankMaxLength, title, text, language, priority);
        final List<String> errors = new ArrayList<>();
        try {
            final TemplateRequest request = form.toRequest();
            for (ConstraintViolation<TemplateRequest> v : validator.validate(request)) {
                errors.add(messages().invalidField(v.getPropertyPath().toString(), v.getMessage()));
            }
            if (errors.isEmpty()) {
                service.edit(id, me(), request);
                return seeOther("/ui/templates/" + id);
            }
        } catch (IllegalArgumentException e) {
            errors.add(messages().failed(e.getMessage()));
        } catch (vn.loa.error.ForbiddenActionException e) {
            throw e; // not the author: 403, as for the API
        } catch (LoaException e) {
            errors.add(messages().failed(e.getMessage()));
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(composePage(id, form, errors, null)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public TemplateInstance show(@PathParam("id") final long id) {
        return showPage(service.get(id, me()), List.of(), null);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") final long id) {
        return act(id, () -> service.submit(id, me()), null);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") final long id) {
        return act(id, () -> service.approve(id, me()), null);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Role.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") final long id, @RestForm final String reason) {
        if (!validator.validate(new RejectRequest(reason)).isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(showPage(service.get(id, me()),
                    List.of(reason == null || reason.isBlank() ? messages().reasonRequired()
                            : messages().failed("reason: 1–1000")), reason)).build();
        }
        return act(id, () -> service.reject(id, me(), reason), reason);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Role.STAFF, Role.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") final long id) {
        return act(id, () -> service.archive(id, me()), null);
    }

    @GET
    @Path("{id}/send")
    @RolesAllowed(Role.STAFF)
    public TemplateInstance sendForm(@PathParam("id") final long id) {
        final EmergencyTemplate t = service.get(id, me());
        return sendPage(t, java.util.Map.of(), java.util.Set.of(), false,
                t.state == TemplateState.APPROVED ? List.of() : List.of(messages().notApproved()), tokens.issue(me()));
    }

    /**
     * Sends the template: fills checked first (a bad one is named in the page), then the confirmation and the
     * targets; a one-time form token makes a double submit send once.
     *
     * @param blank the blanks' names, in the order of {@code fill}
     * @param area  the ids of the areas to play on
     */
    @POST
    @Path("{id}/send")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") final long id, @RestForm final String formToken,
            @RestForm final List<String> blank, @RestForm final List<String> fill, @RestForm final List<String> area,
            @RestForm final String confirm) {
        final EmergencyTemplate t = service.get(id, me());
        final java.util.Map<String, String> fills = new java.util.LinkedHashMap<>();
        for (int i = 0; blank != null && i < blank.size(); i++) {
            fills.put(blank.get(i), fill != null && i < fill.size() ? fill.get(i) : null);
        }
        final java.util.Set<Long> chosen = new java.util.LinkedHashSet<>();
        for (String a : area == null ? List.<String>of() : area) {
            try {
                chosen.add(Long.parseLong(a.strip()));
            } catch (NumberFormatException e) {
                // not an id this page offers: ignored, and "choose a place" says the rest
            }
        }
        final boolean confirmed = "yes".equals(confirm);
        final FormTokens.Claim claim = tokens.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE:
                return seeOther(claim.result());
            case BUSY:
                return seeOther("/ui/templates/" + id);
            case UNKNOWN:
                return sendRefused(t, fills, chosen, confirmed, List.of(messages().formExpired()), tokens.issue(me()),
                        Response.Status.BAD_REQUEST.getStatusCode());
            default:
                break;
        }
        final List<String> errors = new ArrayList<>();
        try {
            sends.checkFills(id, me(), fills);
        } catch (FillRefused e) {
            errors.add(refusal(t, e));
        } catch (LoaException e) {
            errors.add(messages().failed(e.getMessage()));
        }
        if (chosen.isEmpty()) {
            errors.add(messages().targetsRequired());
        }
        if (!confirmed) {
            errors.add(messages().confirmRequired());
        }
        if (!errors.isEmpty()) {
            tokens.release(formToken);
            return sendRefused(t, fills, chosen, confirmed, errors, formToken,
                    Response.Status.BAD_REQUEST.getStatusCode());
        }
        final TemplateSends.Sent sent;
        try {
            sent = sends.send(id, me(), new SendRequest(fills, new vn.loa.broadcast.BroadcastRequest.Targets(null,
                    null, null, List.copyOf(chosen)), null));
        } catch (NotFoundException e) {
            throw e;
        } catch (LoaException e) {
            tokens.release(formToken);
            return sendRefused(t, fills, chosen, confirmed, List.of(e instanceof FillRefused f ? refusal(t, f)
                    : messages().failed(e.getMessage())), formToken, ProblemMapper.statusOf(e.getClass()).getStatusCode());
        }
        final String result = "/ui/templates/" + id + "/sent/" + sent.broadcastId();
        tokens.complete(formToken, result);
        return seeOther(result);
    }

    /** The result of a send: what was played, with links to the broadcast and the bulletin. */
    @GET
    @Path("{id}/sent/{broadcast}")
    @RolesAllowed(Role.STAFF)
    public TemplateInstance sent(@PathParam("id") final long id, @PathParam("broadcast") final long broadcastId) {
        final EmergencyTemplate t = service.get(id, me());
        final vn.loa.bulletin.Bulletin b = bulletins.get(broadcasts.get(broadcastId, me()).bulletinId, me());
        if (!Long.valueOf(id).equals(b.templateId)) {
            throw new NotFoundException("broadcast of template " + id, broadcastId);
        }
        return ui.page(Templates.sent(t, b, broadcastId));
    }

    private Response sendRefused(final EmergencyTemplate t, final java.util.Map<String, String> fills,
            final java.util.Set<Long> chosen, final boolean confirmed, final List<String> errors, final String token,
            final int status) {
        return Response.status(status).entity(sendPage(t, fills, chosen, confirmed, errors, token)).build();
    }

    private TemplateInstance sendPage(final EmergencyTemplate t, final java.util.Map<String, String> fills,
            final java.util.Set<Long> chosen, final boolean confirmed, final List<String> errors, final String token) {
        final List<Field> fields = new ArrayList<>();
        final List<Blank> blanks = t.blankList();
        final List<String> areaNames = blanks.stream().anyMatch(b -> b.kind() == BlankKind.AREA)
                ? service.areaChoices(t, me()) : List.of();
        for (Blank b : blanks) {
            fields.add(new Field(b.name(), b.label(), b.kind(), hint(b), b.htmlPattern(),
                    b.kind() == BlankKind.TEXT ? b.maxLength() : b.kind() == BlankKind.AREA ? null : 10,
                    b.kind() == BlankKind.AREA ? areaNames : List.of(), fills.getOrDefault(b.name(), "")));
        }
        return ui.page(Templates.send(t, fields, service.targetChoices(t, me()), chosen, confirmed, errors, token));
    }

    private String refusal(final EmergencyTemplate t, final FillRefused e) {
        final Blank b = t.blankList().stream().filter(x -> x.name().equals(e.blank())).findFirst().orElse(null);
        return messages().fillRefused(b == null ? e.blank() : b.label(), e.blank(), e.reason(),
                b == null ? "" : hint(b));
    }

    private String hint(final Blank b) {
        return switch (b.kind()) {
            case TIME -> messages().hintTime();
            case DATE -> messages().hintDate();
            case NUMBER -> messages().hintNumber(b.min(), b.max());
            case TEXT -> messages().hintText(b.maxLength());
            case AREA -> messages().hintArea();
        };
    }

    /** Runs a service step, then shows the template; a broken rule shows it with the message (and the status). */
    private Response act(final long id, final Runnable step, final String reason) {
        try {
            step.run();
        } catch (NotFoundException e) {
            throw e;
        } catch (LoaException e) {
            return Response.status(ProblemMapper.statusOf(e.getClass()))
                    .entity(showPage(service.get(id, me()), List.of(messages().failed(e.getMessage())), reason))
                    .build();
        }
        return seeOther("/ui/templates/" + id);
    }

    private TemplateInstance showPage(final EmergencyTemplate t, final List<String> errors, final String reason) {
        final boolean decidable = identity.hasRole(Role.APPROVER) && t.state == TemplateState.SUBMITTED
                && !t.author.equals(me());
        return ui.page(Templates.show(t, t.blankList(), directory.path(t.areaId), t.author.equals(me()), decidable,
                errors, reason));
    }

    private TemplateInstance composePage(final TemplateForm form, final List<String> errors, final String token) {
        return composePage(null, form, errors, token);
    }

    /** @param editing the template being changed, or null for a new one */
    private TemplateInstance composePage(final Long editing, final TemplateForm form, final List<String> errors,
            final String token) {
        return ui.page(Templates.compose(editing, form, errors, token, EmergencyTemplate.MAX_TEXT,
                List.of(BlankKind.values())));
    }

    private Response invalid(final TemplateForm form, final List<String> errors, final String token) {
        return Response.status(Response.Status.BAD_REQUEST).entity(composePage(form, errors, token)).build();
    }

    private TemplateMessages messages() {
        return ui.messages(TemplateMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    static Response seeOther(final String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
