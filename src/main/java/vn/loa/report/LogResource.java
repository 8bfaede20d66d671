package vn.loa.report;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import vn.loa.area.AreaGuard;
import vn.loa.broadcast.BroadcastMessages;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;
import vn.loa.web.Ui;

/**
 * {@code GET /api/logs}: what played where and when, and what failed. JSON by default (codes, RFC 3339 UTC times),
 * CSV ({@code format=csv}, UTF-8 with a BOM) or Excel ({@code format=xlsx}); the files are for people, so their
 * headers and states are words ({@code lang=vi|en}, Vietnamese by default) and their times Vietnam time with the
 * offset. Filters (all optional, see {@link LogFilter}): {@code from},
 * {@code to} (a date in Vietnam or an ISO-8601 time with offset, on the scheduled time; {@code to} exclusive for a
 * time, inclusive for a date), {@code commune}, {@code village}, {@code receiver}, {@code bulletin} (id),
 * {@code state} (repeatable or comma-separated). {@code /coverage} and {@code /daily} take the same filters but
 * {@code state}, over the last 14 days when no range is given. Only receivers in the caller's area appear.
 */
@Path("/api/logs")
@RolesAllowed({Role.OFFICIAL, Role.ADMIN, Role.STAFF, Role.APPROVER})
public class LogResource {

    /** Rows in one page of JSON unless {@code limit} says otherwise; the files hold up to {@link LogQuery#MAX_ROWS}. */
    static final int PAGE = 1_000;

    @Inject
    LogQuery query;

    @Inject
    AreaGuard guard;

    @Inject
    SecurityIdentity identity;

    @Inject
    LogStatsQuery stats;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    public Response logs(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("commune") final String commune, @QueryParam("village") final String village,
            @QueryParam("receiver") final String receiver, @QueryParam("bulletin") final String bulletin,
            @QueryParam("state") final List<String> states, @QueryParam("format") final String format,
            @QueryParam("limit") final String limit, @QueryParam("after") final String after,
            @Context final UriInfo uri) {
        final String kind = format == null || format.isBlank() ? "json" : format;
        if (!List.of("json", "csv", "xlsx").contains(kind)) {
            throw new InvalidInputException("invalid-format", "format must be json, csv or xlsx");
        }
        final int size = limit(limit, "json".equals(kind) ? PAGE : LogQuery.MAX_ROWS);
        final LogCursor cursor = LogCursor.parse(after);
        final LogFilter filter = LogFilter.parse(from, to, commune, village, receiver, bulletin, states)
                .within(scope());
        final List<LogRow> rows = query.find(filter, size, cursor);
        final Response.ResponseBuilder answer = switch (kind) {
            case "csv" -> Response.fromResponse(LogExport.csv(rows, words(), clock));
            case "xlsx" -> Response.fromResponse(LogExport.xlsx(rows, words(), clock));
            default -> Response.ok(rows, MediaType.APPLICATION_JSON);
        };
        if (rows.size() == size) {
            // a full page: there may be more (RFC 8288); the last page is the first one not full
            answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after",
                    LogCursor.after(rows.get(rows.size() - 1)).encode()).build() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    private static int limit(final String text, final int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            final int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= LogQuery.MAX_ROWS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("invalid-limit", "'limit' must be a whole number from 1 to "
                + LogQuery.MAX_ROWS);
    }

    /** Coverage per village and per commune; see {@link Coverage} for exactly what counts. */
    @GET
    @Path("coverage")
    @Produces(MediaType.APPLICATION_JSON)
    public Coverage.Report coverage(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("commune") final String commune, @QueryParam("village") final String village,
            @QueryParam("receiver") final String receiver, @QueryParam("bulletin") final String bulletin) {
        return stats.coverage(LogFilter.parse(from, to, commune, village, receiver, bulletin, null).within(scope()));
    }

    /** Played and failed deliveries per day in Vietnam, every day of the range; see {@link DailyPlays}. */
    @GET
    @Path("daily")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DailyPlays> daily(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("commune") final String commune, @QueryParam("village") final String village,
            @QueryParam("receiver") final String receiver, @QueryParam("bulletin") final String bulletin) {
        return stats.daily(LogFilter.parse(from, to, commune, village, receiver, bulletin, null).within(scope()));
    }

    /** Files are read by people: headers and states in {@code ?lang=} or the UI's language, Vietnamese by default. */
    private LogWords words() {
        return LogWords.of(ui.messages(LogMessages.class), ui.messages(BroadcastMessages.class));
    }

    private vn.loa.area.AreaScope scope() {
        return guard.scope(identity.getPrincipal().getName());
    }
}
