package vn.loa.broadcast;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinService;
import vn.loa.bulletin.BulletinState;
import vn.loa.error.LoaException;
import vn.loa.receiver.ReceiverService;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.ProblemMapper;
import vn.loa.web.TimeFormat;
import vn.loa.web.Ui;

/**
 * Scheduling an approved bulletin from the web UI: targets picked from the receiver registry (communes, villages,
 * single receivers) and a date ({@code dd/mm/yyyy}, whatever the browser's locale) and time entered in Vietnam's
 * zone, turned into an offset date-time for
 * {@link BroadcastService#create}, whose rules decide.
 */
@Path("/ui/bulletins/{id}/schedule")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.STAFF)
public class SchedulePages {

    /** The form is filled with this much lead time. */
    private static final long DEFAULT_LEAD_MINUTES = 10;

    /** What the form was filled with, to show it back with a message. */
    record Choice(String date, String time, List<String> communes, List<String> villages, List<String> receivers,
            String repeat, List<String> days, String interval, String windowEnd, String ends, String count,
            String untilDay) {
        Choice {
            communes = chosen(communes);
            villages = chosen(villages);
            receivers = chosen(receivers);
            days = chosen(days);
            repeat = repeat == null || repeat.isBlank() ? "NONE" : repeat.strip();
            ends = "until".equals(ends) ? "until" : "count";
        }

        Choice(final String date, final String time) {
            this(date, time, null, null, null, null, null, null, null, null, null, null);
        }

        /** The weekday codes in week order, for the page's boxes. */
        public List<String> weekdays() {
            return List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
        }

        /** The ticked values; blank ones (an empty field some clients send) are no choice. */
        private static List<String> chosen(final List<String> values) {
            return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(Bulletin b, TargetTree tree, Choice choice, List<String> errors,
                String formToken, boolean approved);
    }

    @Inject
    BulletinService bulletins;

    @Inject
    ReceiverService receivers;

    @Inject
    BroadcastService service;

    @Inject
    Dispatcher dispatcher;

    @Inject
    RepeatScheduler repeats;

    @Inject
    FormTokens tokens;

    @Inject
    Validator validator;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance form(@PathParam("id") final long id) {
        final ZonedDateTime at = clock.instant().atZone(TimeFormat.ZONE).plusMinutes(DEFAULT_LEAD_MINUTES)
                .truncatedTo(ChronoUnit.MINUTES);
        final Choice choice = new Choice(TimeFormat.day(at.toLocalDate()), at.toLocalTime().toString());
        return page(id, choice, List.of(), tokens.issue(me()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") final long id, @RestForm final String formToken,
            @RestForm final String date, @RestForm final String time, @RestForm final List<String> communes,
            @RestForm final List<String> villages, @RestForm final List<String> receivers,
            @RestForm final String repeat, @RestForm final List<String> days, @RestForm final String interval,
            @RestForm final String windowEnd, @RestForm final String ends, @RestForm final String count,
            @RestForm final String untilDay) {
        final Choice choice = new Choice(date, time, communes, villages, receivers, repeat, days, interval, windowEnd,
                ends, count, untilDay);
        final FormTokens.Claim claim = tokens.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE:
                return Response.seeOther(URI.create(claim.result())).build();
            case BUSY:
                return Response.seeOther(URI.create("/ui/broadcasts")).build();
            case UNKNOWN:
                return invalid(id, choice, messages().formExpired(), tokens.issue(me()), 400);
            default:
                break;
        }
        final OffsetDateTime playAt;
        final List<BroadcastRequest.Village> villageTargets;
        final java.time.LocalDate day;
        try {
            day = TimeFormat.parseDay(date);
        } catch (DateTimeException e) {
            tokens.release(formToken);
            return invalid(id, choice, ui.messages(vn.loa.bulletin.BulletinMessages.class).badDay(), formToken, 400);
        }
        try {
            playAt = day.atTime(LocalTime.parse(time == null ? "" : time.strip()))
                    .atZone(TimeFormat.ZONE).toOffsetDateTime();
            villageTargets = choice.villages().stream().map(TargetTree::parseVillage).toList();
        } catch (DateTimeException | IllegalArgumentException e) {
            tokens.release(formToken);
            return invalid(id, choice, e instanceof DateTimeException ? messages().badTime()
                    : messages().failed(e.getMessage()), formToken, 400);
        }
        final BroadcastRequest request = new BroadcastRequest(id, new BroadcastRequest.Targets(
                choice.receivers(), choice.communes(), villageTargets), playAt, null);
        if (request.targets().isEmpty()) {
            tokens.release(formToken);
            return invalid(id, choice, messages().noTargets(), formToken, 400);
        }
        if (!validator.validate(request).isEmpty()) {
            tokens.release(formToken);
            return invalid(id, choice, messages().failed(validator.validate(request).iterator().next().getMessage()),
                    formToken, 400);
        }
        final RepeatScheduler.Repeat repeatChoice;
        try {
            repeatChoice = repeat(choice);
        } catch (DateTimeException | IllegalArgumentException e) {
            tokens.release(formToken);
            return invalid(id, choice, messages().badRepeat(), formToken, 400);
        }
        final String next;
        try {
            next = repeatChoice.kind() == RepeatScheduler.Kind.NONE
                    ? "/ui/broadcasts/" + service.create(me(), request).id
                    : repeats.schedule(me(), request, repeatChoice);
        } catch (LoaException e) {
            tokens.release(formToken);
            return invalid(id, choice, explain(e), formToken, ProblemMapper.statusOf(e.getClass()).getStatusCode());
        }
        dispatcher.kick(); // commands due now go out at once, as from the API
        tokens.complete(formToken, next);
        return Response.seeOther(URI.create(next)).build();
    }

    /** The repeat fields as the form sent them; a field that is not a number, time or day is an exception. */
    private static RepeatScheduler.Repeat repeat(final Choice c) {
        final RepeatScheduler.Kind kind = RepeatScheduler.Kind.valueOf(c.repeat());
        if (kind == RepeatScheduler.Kind.NONE) {
            return new RepeatScheduler.Repeat(kind, List.of(), null, null, null, null);
        }
        final Integer interval = kind == RepeatScheduler.Kind.EVERY_N_DAYS ? Integer.valueOf(c.interval().strip())
                : null;
        final LocalTime windowEnd = kind == RepeatScheduler.Kind.HALF_HOURLY ? LocalTime.parse(c.windowEnd().strip())
                : null;
        if ("until".equals(c.ends())) {
            return new RepeatScheduler.Repeat(kind, c.days(), interval, windowEnd, null,
                    TimeFormat.parseDay(c.untilDay()));
        }
        return new RepeatScheduler.Repeat(kind, c.days(), interval, windowEnd, Integer.valueOf(c.count().strip()),
                null);
    }

    private String explain(final LoaException e) {
        if (e instanceof QuietHoursRefused q) {
            return "default".equals(q.area()) ? messages().quietHoursDefault(q.play(), q.window())
                    : messages().quietHours(q.play(), q.window(), q.area());
        }
        return switch (e.code()) {
            case "play-at-in-past" -> messages().inPast();
            case "no-targets" -> messages().noTargets();
            case "bulletin-not-approved" -> messages().notApproved();
            case "repeat-no-days" -> messages().repeatNoDays();
            case "repeat-interval" -> messages().repeatInterval();
            case "repeat-window" -> messages().repeatWindow();
            case "too-many-occurrences" -> messages().tooManyPlays(e.getMessage());
            case "no-occurrences" -> messages().noPlays();
            case "series-too-long", "occurrences-too-close", "start-in-past", "invalid-rrule", "repeat-no-end"
                    -> messages().badRepeat() + " (" + e.getMessage() + ")";
            default -> messages().failed(e.getMessage());
        };
    }

    private TemplateInstance page(final long id, final Choice choice, final List<String> errors, final String token) {
        final Bulletin b = bulletins.get(id, ui.user());
        final boolean approved = b.state == BulletinState.APPROVED;
        final List<String> shown = !approved && errors.isEmpty() ? List.of(messages().notApproved()) : errors;
        return ui.page(Templates.schedule(b, TargetTree.of(receivers.list(null, null, ui.user())), choice, shown, token,
                approved));
    }

    private Response invalid(final long id, final Choice choice, final String error, final String token,
            final int status) {
        return Response.status(status).entity(page(id, choice, List.of(error), token)).build();
    }

    private BroadcastMessages messages() {
        return ui.messages(BroadcastMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
