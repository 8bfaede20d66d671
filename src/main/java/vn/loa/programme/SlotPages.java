package vn.loa.programme;

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
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaLevel;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.Dispatcher;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinState;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.ProblemMapper;
import vn.loa.web.TimeFormat;
import vn.loa.web.Ui;

/**
 * {@code /ui/slots}: a minimal, phone-sized slot editor (issue 10 item 2; the week view is item 6's). The list and a
 * form for a daily slot; a slot's next occurrences and one occurrence's playlist, where staff add, move and remove
 * items. Every change posts the whole playlist to {@link SlotPlanning}, whose rules hold; refusals show in the page.
 */
@Path("/ui/slots")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class SlotPages {

    /** What the create form was filled with. */
    public record Form(String areaId, String name, String day, String time, String days, String minutes,
            String pause) {
    }

    /** An area a slot may belong to. */
    public record AreaChoice(long id, String path) {
        public String value() {
            return Long.toString(id);
        }
    }

    /** An item of the chosen occurrence with the playlists its buttons post: moved up, moved down, removed. */
    public record Row(int number, SlotView.ItemView item, String length, String up, String down, String remove) {
    }

    /** An approved bulletin that may be placed in the slot. */
    public record Choice(long id, String title, String length) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance slots(List<SlotView> slots, List<AreaChoice> areas, Form form,
                List<String> errors, String formToken);

        static native TemplateInstance slot(SlotView slot, List<SlotView.OccurrenceView> occurrences,
                SlotView.OccurrenceView chosen, List<Row> rows, String ids, List<Choice> choices, String total,
                List<String> errors);
    }

    @Inject
    SlotService service;

    @Inject
    SlotPlanning planning;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory directory;

    @Inject
    FormTokens forms;

    @Inject
    Dispatcher dispatcher;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance list() {
        return slots(new Form("", "", "", "06:00", "30", "10", "2"), List.of(), null);
    }

    @POST
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm final String formToken, @RestForm final String areaId,
            @RestForm final String name, @RestForm final String day, @RestForm final String time,
            @RestForm final String days, @RestForm final String minutes, @RestForm final String pause) {
        final Form form = new Form(areaId, name, day, time, days, minutes, pause);
        final FormTokens.Claim claim = forms.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE, BUSY:
                return Response.seeOther(URI.create("/ui/slots")).build();
            case UNKNOWN:
                return Response.status(400).entity(slots(form, List.of(m().formExpired()), null)).build();
            default:
                break;
        }
        final SlotRequest request;
        try {
            final int count = Integer.parseInt(days.strip());
            request = new SlotRequest(Long.valueOf(areaId.strip()), name == null ? "" : name,
                    TimeFormat.parseDay(day).atTime(LocalTime.parse(time.strip())).atZone(TimeFormat.ZONE)
                            .toOffsetDateTime(), "FREQ=DAILY;COUNT=" + count, null,
                    Integer.parseInt(minutes.strip()) * 60, Integer.valueOf(pause.strip()));
            if (request.name().isBlank() || request.lengthSeconds() < 60
                    || request.lengthSeconds() > SlotRequest.MAX_LENGTH || request.pauseSeconds() < 0
                    || request.pauseSeconds() > SlotRequest.MAX_PAUSE || count < 1) {
                throw new NumberFormatException("out of range");
            }
        } catch (RuntimeException e) {
            // a number, a date or a time that does not read, or a value out of range: the form says which fields
            forms.release(formToken);
            return Response.status(400).entity(slots(form, List.of(m().badForm()), formToken)).build();
        }
        final Slot s;
        try {
            s = service.create(me(), request);
        } catch (LoaException e) {
            forms.release(formToken);
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(slots(form, List.of(m().refused(e.getMessage())), formToken)).build();
        }
        forms.complete(formToken, "/ui/slots/" + s.id);
        return Response.seeOther(URI.create("/ui/slots/" + s.id)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance slot(@PathParam("id") final long id, @QueryParam("at") final String at) {
        return slotPage(service.get(id, me()), at, List.of());
    }

    /** Sets the playlist of the occurrence {@code at}: {@code ids}, bulletin ids separated by commas. */
    @POST
    @Path("{id}/items")
    @RolesAllowed(Role.STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response items(@PathParam("id") final long id, @RestForm final String at, @RestForm final String ids,
            @RestForm final String add) {
        final Slot s = service.get(id, me());
        final List<Long> list = new ArrayList<>();
        final Instant when;
        try {
            when = Instant.parse(at == null ? "" : at.strip());
            for (String part : (ids == null ? "" : ids).split(",")) {
                if (!part.isBlank()) {
                    list.add(Long.valueOf(part.strip()));
                }
            }
            if (add != null && !add.isBlank()) {
                list.add(Long.valueOf(add.strip()));
            }
        } catch (RuntimeException e) {
            return Response.status(400).entity(slotPage(s, at, List.of(m().badForm()))).build();
        }
        try {
            planning.replace(id, when, list, me());
        } catch (LoaException e) {
            final String text = e instanceof SlotOverrun o ? m().overrun(o.overrunSeconds())
                    : m().refused(e.getMessage());
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(slotPage(s, at, List.of(text))).build();
        }
        cancellation.sendSoon();
        dispatcher.kick();
        return Response.seeOther(URI.create("/ui/slots/" + id + "?at=" + when)).build();
    }

    private TemplateInstance slots(final Form form, final List<String> errors, final String formToken) {
        final List<AreaChoice> areas = ui.staff() ? guard.scope(me()).everywhere()
                ? List.<AreaChoice>of() : choices() : List.of();
        return ui.page(Templates.slots(service.list(me(), null), areas, form, errors,
                formToken != null ? formToken : forms.issue(me())));
    }

    private List<AreaChoice> choices() {
        return guard.scope(me()).areaIds().stream().map(id -> Area.<Area>findById(id))
                .filter(a -> a != null && !a.archived && a.level != AreaLevel.PROVINCE)
                .map(a -> new AreaChoice(a.id, directory.path(a.id)))
                .sorted(java.util.Comparator.comparing(AreaChoice::path)).toList();
    }

    private TemplateInstance slotPage(final Slot s, final String at, final List<String> errors) {
        final Instant now = clock.instant();
        final List<SlotView.OccurrenceView> next = planning.occurrences(s, now.minus(s.length()),
                now.plus(Duration.ofDays(7)));
        SlotView.OccurrenceView chosen = next.stream().filter(o -> o.at().toString().equals(at)).findFirst()
                .orElse(next.stream().filter(SlotView.OccurrenceView::editable).findFirst().orElse(null));
        final List<Long> order = chosen == null ? List.of() : chosen.items().stream()
                .map(SlotView.ItemView::bulletinId).toList();
        final List<Row> rows = new ArrayList<>();
        for (int i = 0; chosen != null && i < order.size(); i++) {
            rows.add(new Row(i + 1, chosen.items().get(i), TimeFormat.duration(chosen.items().get(i).durationMs()),
                    i == 0 ? null : join(swap(order, i - 1)), i == order.size() - 1 ? null : join(swap(order, i)),
                    join(without(order, i))));
        }
        final List<Long> allowed = new ArrayList<>(SlotService.above(s.areaId));
        allowed.add(s.areaId);
        final List<Choice> choices = Bulletin.<Bulletin>find("state = ?1 and areaId in ?2 and audioDurationMs > 0"
                + " order by id desc", BulletinState.APPROVED, allowed).page(0, 50).list().stream()
                .map(b -> new Choice(b.id, b.title, TimeFormat.duration(b.audioDurationMs))).toList();
        return ui.page(Templates.slot(service.view(s), next, chosen, rows, join(order), choices,
                chosen == null ? "" : TimeFormat.duration(chosen.totalMs()), errors));
    }

    /** {@code order} with the items at {@code i} and {@code i + 1} swapped. */
    static List<Long> swap(final List<Long> order, final int i) {
        final List<Long> out = new ArrayList<>(order);
        java.util.Collections.swap(out, i, i + 1);
        return out;
    }

    static List<Long> without(final List<Long> order, final int i) {
        final List<Long> out = new ArrayList<>(order);
        out.remove(i);
        return out;
    }

    static String join(final List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private SlotMessages m() {
        return ui.messages(SlotMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
