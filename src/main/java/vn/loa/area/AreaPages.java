package vn.loa.area;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * {@code /ui/areas/quiet-hours}: administrators see every area's quiet hours (own and in force) and set or clear one
 * (issue 10 item 3), under {@link AreaService#setQuietHours}'s rules. Setting is idempotent, so the form needs no
 * one-time token.
 */
@Path("/ui/areas/quiet-hours")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AreaPages {

    /** One area's row. */
    public record Row(long id, String path, String own, String effective, String source) {
    }

    /** What the form was filled with, to show it back with a message. */
    public record Form(Long areaId, String from, String to) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quietHours(List<Row> areas, Form form, List<String> errors, String defaultWindow);
    }

    @Inject
    AreaService service;

    @Inject
    AreaDirectory directory;

    @Inject
    QuietHoursPolicy policy;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page() {
        return render(new Form(null, "", ""), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@RestForm final Long areaId, @RestForm final String from, @RestForm final String to) {
        final Form form = new Form(areaId, from, to);
        if (areaId == null) {
            return Response.status(400).entity(render(form, List.of(messages().failed("areaId")))).build();
        }
        try {
            service.setQuietHours(areaId, from, to);
        } catch (LoaException e) {
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(form, List.of(explain(e)))).build();
        }
        return Response.seeOther(URI.create("/ui/areas/quiet-hours")).build();
    }

    private TemplateInstance render(final Form form, final List<String> errors) {
        final AreaMessages m = messages();
        final QuietHoursPolicy.Resolver resolver = policy.resolver();
        final List<Row> rows = Area.<Area>list("archived = false").stream()
                .map(a -> {
                    final var e = resolver.effective(a.id);
                    return new Row(a.id, directory.path(a.id), a.quietFrom == null ? "" : a.quietFrom + "–" + a.quietTo,
                            e.map(x -> x.window().toString()).orElse(m.none()),
                            e.map(x -> x.areaId() == null ? m.defaultSource() : x.areaPath()).orElse(""));
                })
                .sorted(Comparator.comparing(Row::path)).toList();
        return ui.page(Templates.quietHours(rows, form, errors,
                policy.defaultWindow().map(QuietHours::toString).orElse(m.none())));
    }

    private String explain(final LoaException e) {
        return switch (e.code()) {
            case "quiet-hours-whole-day" -> messages().wholeDay();
            case "invalid-quiet-hours" -> messages().badTime();
            default -> messages().failed(e.getMessage());
        };
    }

    private AreaMessages messages() {
        return ui.messages(AreaMessages.class);
    }
}
