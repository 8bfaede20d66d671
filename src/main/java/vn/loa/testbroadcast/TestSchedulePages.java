package vn.loa.testbroadcast;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.broadcast.QuietHoursRefused;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.ProblemMapper;
import vn.loa.web.TimeFormat;
import vn.loa.web.Ui;

/**
 * {@code /ui/areas/test-schedule}: administrators see every area's test schedule and set one (issue 10 item 5),
 * under {@link TestScheduleService#set}'s rules; a refusal is shown in the page in the reader's words (the quiet
 * hours window named). Setting is idempotent (the area's one schedule), so the form needs no one-time token.
 */
@Path("/ui/areas/test-schedule")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class TestSchedulePages {

    /** An area to choose. */
    public record Choice(long id, String path) {
    }

    /** What the form was filled with, to show it back with a message. */
    public record Form(Long areaId, String day, String time, String rrule, String language, boolean enabled) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedules(List<Choice> areas, List<TestScheduleView> schedules,
                List<String> languages, Form form, List<String> errors);
    }

    @Inject
    TestScheduleService service;

    @Inject
    AreaDirectory directory;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page() {
        return render(new Form(null, "", "", "", "vi", true), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@RestForm final Long areaId, @RestForm final String day, @RestForm final String time,
            @RestForm final String rrule, @RestForm final String language, @RestForm final String enabled) {
        final Form form = new Form(areaId, day, time, rrule, language, "true".equals(enabled));
        final ZonedDateTime start;
        try {
            start = TimeFormat.parseDay(day).atTime(LocalTime.parse(time == null ? "" : time.strip()))
                    .atZone(TimeFormat.ZONE);
        } catch (DateTimeException e) {
            return Response.status(400).entity(render(form, List.of(messages().badTime()))).build();
        }
        if (areaId == null || rrule == null || rrule.isBlank()) {
            return Response.status(400).entity(render(form, List.of(messages().failed("areaId, rrule")))).build();
        }
        try {
            service.set(areaId, identity.getPrincipal().getName(), new TestScheduleRequest(start.toOffsetDateTime(),
                    rrule.strip(), language, form.enabled(), null));
        } catch (LoaException e) {
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(form, List.of(explain(e)))).build();
        }
        return Response.seeOther(URI.create("/ui/areas/test-schedule")).build();
    }

    private TemplateInstance render(final Form form, final List<String> errors) {
        final String me = identity.getPrincipal().getName();
        final List<Choice> areas = Area.<Area>list("archived = false").stream()
                .map(a -> new Choice(a.id, directory.path(a.id))).sorted(Comparator.comparing(Choice::path)).toList();
        final List<TestScheduleView> schedules = TestSchedule.<TestSchedule>listAll().stream()
                .map(s -> service.get(s.areaId, me)).sorted(Comparator.comparing(TestScheduleView::areaPath)).toList();
        return ui.page(Templates.schedules(areas, schedules, List.of("vi", "en"), form, errors));
    }

    private String explain(final LoaException e) {
        if (e instanceof QuietHoursRefused q) {
            return messages().quietHours(q.play(), q.window(), q.area());
        }
        return switch (e.code()) {
            case "invalid-rrule", "unbounded-rrule", "too-many-occurrences", "occurrences-too-close",
                    "series-too-long", "no-occurrences" -> messages().badRule(e.getMessage());
            default -> messages().failed(e.getMessage());
        };
    }

    private TestMessages messages() {
        return ui.messages(TestMessages.class);
    }
}
