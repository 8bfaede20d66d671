package vn.loa.programme;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.loa.area.Area;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaLevel;
import vn.loa.security.Role;
import vn.loa.web.Ui;

/**
 * {@code /ui/programme}: the week view (issue 10 item 6). Monday to Sunday, every occurrence of the slots that play in
 * the chosen area with its items and, once an item's time has come, how many of the user's receivers played it;
 * each occurrence links to its playlist in the slot editor ({@link SlotPages}). {@code week} is any day of the
 * wanted week ({@code 07/12/2026}); {@code area} an area id (every slot the user sees when absent). The filter lists
 * up to {@link #MAX_CHOICES} communes and villages; any other is reached by its id in the link.
 */
@Path("/ui/programme")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class WeekPages {

    /** An area of the filter. */
    public record AreaChoice(long id, String path) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance week(List<WeekView.Day> days, String monday, String sunday, String previous,
                String next, String areaParam, Long area, List<AreaChoice> areas, List<String> errors);
    }

    /** The most areas the filter lists (a commune's villages fit; a province's are chosen by id in the link). */
    static final int MAX_CHOICES = 300;

    @Inject
    WeekView view;

    @Inject
    AreaGuard guard;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public Response page(@QueryParam("area") final String area, @QueryParam("week") final String week) {
        final Long areaId;
        final LocalDate day;
        try {
            areaId = area == null || area.isBlank() ? null : Long.valueOf(area.strip());
            day = week == null || week.isBlank() ? null : vn.loa.web.TimeFormat.parseDay(week);
        } catch (NumberFormatException | DateTimeException e) {
            return Response.status(400).entity(render(null, view.monday(null),
                    List.of(ui.messages(SlotMessages.class).weekBadFilter()))).build();
        }
        return Response.ok(render(areaId, view.monday(day), List.of())).build();
    }

    private TemplateInstance render(final Long areaId, final LocalDate monday, final List<String> errors) {
        final String me = identity.getPrincipal().getName();
        final List<WeekView.Day> days = view.week(me, areaId, monday);
        final String areaParam = areaId == null ? "" : "&area=" + areaId;
        return ui.page(Templates.week(days, vn.loa.web.TimeFormat.day(monday),
                vn.loa.web.TimeFormat.day(monday.plusDays(6)), vn.loa.web.TimeFormat.day(monday.minusWeeks(1)),
                vn.loa.web.TimeFormat.day(monday.plusWeeks(1)), areaParam, areaId, choices(me), errors));
    }

    /** The communes and villages the user sees, by path ("Tuyên Quang › Lũng Cú › Thèn Ván"), one query. */
    private List<AreaChoice> choices(final String me) {
        final java.util.Set<Long> visible = guard.visibleAreaIds(me);
        final java.util.Map<Long, Area> byId = new java.util.HashMap<>();
        Area.<Area>listAll().forEach(a -> byId.put(a.id, a));
        return visible.stream().map(byId::get)
                .filter(a -> a != null && !a.archived && a.level != AreaLevel.PROVINCE)
                .map(a -> new AreaChoice(a.id, path(a, byId)))
                .sorted(Comparator.comparing(AreaChoice::path)).limit(MAX_CHOICES).toList();
    }

    private static String path(final Area a, final java.util.Map<Long, Area> byId) {
        final java.util.Deque<String> names = new java.util.ArrayDeque<>();
        for (Area x = a; x != null; x = x.parentId == null ? null : byId.get(x.parentId)) {
            names.addFirst(x.name);
        }
        return String.join(" › ", names);
    }
}
