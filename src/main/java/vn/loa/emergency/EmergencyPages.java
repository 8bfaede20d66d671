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
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaLevel;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinService;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.Ui;

/**
 * "Phát khẩn cấp" {@code /ui/emergency}: the staff's one form (title, text or one of their recordings, the communes
 * of their area or the whole province), then a page that follows the emergency until it plays or is sent back. Every
 * rule is {@link EmergencyService}'s; a broken one comes back as a message in the form.
 */
@Path("/ui/emergency")
@Produces(MediaType.TEXT_HTML)
public class EmergencyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, List<Place> places, List<Bulletin> recordings,
                List<String> errors, String formToken, int maxTitle, int maxText);

        static native TemplateInstance show(EmergencyView e);

        static native TemplateInstance state(EmergencyView e);
    }

    /** What the form holds, to show it again after a refusal. */
    public record Form(String title, String text, String language, Long recordingId, List<Long> areas) {

        static Form empty() {
            return new Form("", "", "vi", null, List.of());
        }

        public boolean chosen(final long areaId) {
            return areas.contains(areaId);
        }
    }

    /** A place the user may choose: an area of theirs and its words. */
    public record Place(long id, String name, boolean province) {
    }

    @Inject
    EmergencyService service;

    @Inject
    BulletinService bulletins;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory areas;

    @Inject
    FormTokens tokens;

    @Inject
    Ui ui;

    @GET
    @RolesAllowed(Role.STAFF)
    public TemplateInstance form() {
        final List<Place> places = places();
        final Form form = places.size() == 1 ? new Form("", "", "vi", null, List.of(places.get(0).id()))
                : Form.empty();
        return formPage(form, places, places.isEmpty() ? List.of(messages().noArea()) : List.of(),
                tokens.issue(ui.user()));
    }

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestForm final String formToken, @RestForm final String title, @RestForm final String text,
            @RestForm final String language, @RestForm final String recordingId, @RestForm("area") final List<Long> area) {
        final Form form = new Form(title == null ? "" : title, text == null ? "" : text,
                "en".equals(language) ? "en" : "vi", parseId(recordingId), area == null ? List.of() : area);
        final FormTokens.Claim claim = tokens.claim(formToken, ui.user());
        switch (claim.outcome()) {
            case DONE:
                return seeOther(claim.result());
            case BUSY:
                return seeOther("/ui/emergency");
            case UNKNOWN:
                return invalid(form, List.of(messages().formExpired()), tokens.issue(ui.user()));
            default:
                break;
        }
        final List<String> errors = errors(form);
        if (!errors.isEmpty()) {
            tokens.release(formToken);
            return invalid(form, errors, formToken);
        }
        final Emergency e;
        try {
            e = service.create(ui.user(), new EmergencyRequest(form.title().strip(), form.text().strip(),
                    form.recordingId(), language(form), null,
                    new BroadcastRequest.Targets(null, null, null, form.areas()), null));
        } catch (LoaException ex) {
            tokens.release(formToken);
            return Response.status(vn.loa.web.ProblemMapper.statusOf(ex.getClass())).entity(formPage(form, places(),
                    List.of(messages().failed(ex.getMessage())), formToken)).build();
        }
        final String done = "/ui/emergency/" + e.id;
        tokens.complete(formToken, done);
        return seeOther(done);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public TemplateInstance show(@PathParam("id") final long id) {
        return ui.page(Templates.show(service.view(service.get(id, ui.user()))));
    }

    /** The state box alone, for the page's live refresh. */
    @GET
    @Path("{id}/state")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public TemplateInstance state(@PathParam("id") final long id) {
        return ui.page(Templates.state(service.view(service.get(id, ui.user()))));
    }

    /** A recording keeps the language it was recorded in (H'Mông, Dao Đỏ...); a text is vi or en. */
    private String language(final Form form) {
        if (form.recordingId() != null) {
            return recordings().stream().filter(b -> b.id.equals(form.recordingId())).map(b -> b.language)
                    .findFirst().orElse(form.language());
        }
        return form.language();
    }

    /** The form's own rules (the API's limits); the service checks the rest. */
    private List<String> errors(final Form f) {
        final EmergencyMessages m = messages();
        final List<String> errors = new ArrayList<>();
        if (f.title().isBlank()) {
            errors.add(m.required(m.title()));
        } else if (f.title().strip().length() > Bulletin.MAX_TITLE) {
            errors.add(m.tooLong(m.title(), f.title().strip().length(), Bulletin.MAX_TITLE));
        } else if (f.title().strip().chars().anyMatch(Character::isISOControl)) {
            errors.add(m.oneLine(m.title()));
        }
        if (f.text().isBlank()) {
            errors.add(m.required(m.text()));
        } else if (f.text().strip().length() > Bulletin.MAX_TEXT) {
            errors.add(m.tooLong(m.text(), f.text().strip().length(), Bulletin.MAX_TEXT));
        }
        if (f.areas().isEmpty()) {
            errors.add(m.targetRequired());
        }
        return errors;
    }

    /**
     * Where the user may send: their commune (or village); a province-level user the whole province or any of its
     * communes.
     */
    private List<Place> places() {
        final java.util.Optional<Long> own = guard.areaOf(ui.user());
        if (own.isEmpty()) {
            return List.of();
        }
        final Area area = areas.get(own.get());
        final List<Place> places = new ArrayList<>();
        if (area.level == AreaLevel.PROVINCE) {
            places.add(new Place(area.id, area.name, true));
            areas.children(area.id).stream().filter(a -> !a.archived)
                    .forEach(c -> places.add(new Place(c.id, c.name, false)));
        } else {
            places.add(new Place(area.id, area.name, false));
        }
        return places;
    }

    /** The user's own recorded bulletins that may still be used (drafts or sent back). */
    private List<Bulletin> recordings() {
        return bulletins.list(null, 200, ui.user()).stream()
                .filter(b -> b.recorded() && b.author.equals(ui.user()) && b.state.editable()).toList();
    }

    private Response invalid(final Form form, final List<String> errors, final String formToken) {
        return Response.status(Response.Status.BAD_REQUEST).entity(formPage(form, places(), errors, formToken))
                .build();
    }

    private TemplateInstance formPage(final Form form, final List<Place> places, final List<String> errors,
            final String formToken) {
        return ui.page(Templates.form(form, places, recordings(), errors, formToken, Bulletin.MAX_TITLE,
                Bulletin.MAX_TEXT));
    }

    private static Long parseId(final String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1L; // the service answers unknown-recording
        }
    }

    private EmergencyMessages messages() {
        return ui.messages(EmergencyMessages.class);
    }

    private static Response seeOther(final String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
