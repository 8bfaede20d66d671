package vn.loa.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.loa.broadcast.BroadcastMessages;
import vn.loa.broadcast.DeliveryState;
import vn.loa.error.InvalidInputException;
import vn.loa.receiver.Receiver;
import vn.loa.receiver.ReceiverService;
import vn.loa.security.Role;
import vn.loa.web.TimeFormat;
import vn.loa.web.Ui;

/**
 * The officials' log page {@code /ui/log}: a filter form, coverage per village, the plays-per-day chart and the
 * newest rows, with CSV and XLSX downloads of the same filter ({@code /ui/log/export.csv|xlsx}: under {@code /ui}
 * so the browser's login session works; {@code /api} takes HTTP basic only). A bad filter is shown in the page.
 */
@Path("/ui/log")
@RolesAllowed({Role.OFFICIAL, Role.ADMIN, Role.STAFF, Role.APPROVER})
public class LogPages {

    /** Rows shown in the page; the downloads have them all (up to {@link LogQuery#MAX_ROWS}). */
    static final int PAGE_ROWS = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(Form form, List<String> communes, List<String> villages,
                List<StateOption> states, String error, List<RowView> rows, boolean truncated, int pageRows,
                Coverage.Report coverage, RawString chart, String exportQuery);
    }

    /** The filter as typed, to fill the form again. */
    public record Form(String from, String to, String commune, String village, String receiver, String bulletin) {
    }

    /** A state to filter on: its code in the form, its words on the page. */
    public record StateOption(String value, DeliveryState state, boolean checked) {
    }

    /** A log row with its times in Vietnam and its state (shown in words by the broadcast bundle). */
    public record RowView(LogRow row, String scheduled, String started, String finished, String reported,
            vn.loa.broadcast.DeliveryState state) {
    }

    @Inject
    Ui ui;

    @Inject
    LogQuery query;

    @Inject
    LogStatsQuery stats;

    @Inject
    ReceiverService receivers;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    vn.loa.area.AreaGuard guard;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("commune") final String commune, @QueryParam("village") final String village,
            @QueryParam("receiver") final String receiver, @QueryParam("bulletin") final String bulletin,
            @QueryParam("state") final List<String> states) {
        final Form form = new Form(from, to, commune, village, receiver, bulletin);
        LogFilter filter;
        String error = null;
        try {
            filter = LogFilter.parse(from, to, commune, village, receiver, bulletin, states).within(scope());
        } catch (InvalidInputException e) {
            filter = null;
            error = explain(e);
        }
        final List<RowView> rows = new ArrayList<>();
        Coverage.Report coverage = Coverage.Report.EMPTY;
        List<DailyPlays> daily = List.of();
        String exportQuery = "";
        if (filter != null) {
            try {
                coverage = stats.coverage(filter);
                daily = stats.daily(filter);
                query.find(filter, PAGE_ROWS).forEach(r -> rows.add(view(r)));
                exportQuery = query(filter, form);
            } catch (InvalidInputException e) {
                error = explain(e);
            }
        }
        final boolean en = "en".equals(ui.lang());
        final RawString chart = new RawString(DailyChart.svg(daily, en ? "Plays per day" : "Số lượt phát mỗi ngày",
                en ? "played" : "đã phát", en ? "failed or timed out" : "lỗi hoặc quá hạn"));
        final Set<String> communes = new TreeSet<>();
        final Set<String> villages = new TreeSet<>();
        for (Receiver r : receivers.list(null, null, identity.getPrincipal().getName())) {
            communes.add(r.commune);
            villages.add(r.village);
        }
        final Set<DeliveryState> chosen = filter == null ? Set.of() : filter.states();
        final List<StateOption> options = new ArrayList<>();
        for (DeliveryState s : DeliveryState.values()) {
            options.add(new StateOption(s.name().toLowerCase(Locale.ROOT), s, chosen.contains(s)));
        }
        return ui.page(Templates.log(form, List.copyOf(communes), List.copyOf(villages), options, error, rows,
                rows.size() == PAGE_ROWS, PAGE_ROWS, coverage, chart, exportQuery));
    }

    @GET
    @Path("export.csv")
    public Response csv(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("commune") final String commune, @QueryParam("village") final String village,
            @QueryParam("receiver") final String receiver, @QueryParam("bulletin") final String bulletin,
            @QueryParam("state") final List<String> states) {
        return LogExport.csv(query.find(LogFilter.parse(from, to, commune, village, receiver, bulletin, states)
                .within(scope())), words(), clock);
    }

    @GET
    @Path("export.xlsx")
    public Response xlsx(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("commune") final String commune, @QueryParam("village") final String village,
            @QueryParam("receiver") final String receiver, @QueryParam("bulletin") final String bulletin,
            @QueryParam("state") final List<String> states) {
        return LogExport.xlsx(query.find(LogFilter.parse(from, to, commune, village, receiver, bulletin, states)
                .within(scope())), words(), clock);
    }

    /** The query string that repeats the filter (as typed for dates, so a date stays a whole day). */
    static String query(final LogFilter f, final Form form) {
        final StringBuilder q = new StringBuilder();
        param(q, "from", form.from());
        param(q, "to", form.to());
        param(q, "commune", f.commune());
        param(q, "village", f.village());
        param(q, "receiver", f.receiver());
        param(q, "bulletin", f.bulletinId() == null ? null : f.bulletinId().toString());
        f.stateNames().forEach(s -> param(q, "state", s));
        return q.toString();
    }

    private static void param(final StringBuilder q, final String name, final String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        q.append(q.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }

    /** A bad filter in the page's language; the API's problem JSON keeps the English detail. */
    private String explain(final InvalidInputException e) {
        final LogMessages m = ui.messages(LogMessages.class);
        return switch (e.code()) {
            // LogFilter names the bad parameter first in its detail: 'from' or 'to'
            case "invalid-time" -> m.badDate(e.getMessage().startsWith("'to'") ? m.to() : m.from());
            case "invalid-range" -> m.badRange();
            case "invalid-bulletin" -> m.badBulletin();
            case "invalid-state" -> m.badState();
            default -> e.getMessage();
        };
    }

    private LogWords words() {
        return LogWords.of(ui.messages(LogMessages.class), ui.messages(BroadcastMessages.class));
    }

    private static RowView view(final LogRow r) {
        return new RowView(r, time(r.scheduledAt()), time(r.startedAt()), time(r.finishedAt()), time(r.reportedAt()),
                vn.loa.broadcast.DeliveryState.valueOf(r.state()));
    }

    static String time(final Instant t) {
        return t == null ? "" : TimeFormat.time(t);
    }

    private vn.loa.area.AreaScope scope() {
        return guard.scope(identity.getPrincipal().getName());
    }
}
