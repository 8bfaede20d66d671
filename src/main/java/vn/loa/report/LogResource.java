package vn.loa.report;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.loa.area.AreaGuard;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;

/**
 * {@code GET /api/logs}: what played where and when, and what failed. JSON by default, CSV with
 * {@code format=csv}. {@code from} and {@code to} bound the scheduled time (ISO-8601 with offset; {@code to} is
 * exclusive). Only receivers in the caller's area appear.
 */
@Path("/api/logs")
public class LogResource {

    @Inject
    LogQuery query;

    @Inject
    AreaGuard guard;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN, Role.STAFF, Role.APPROVER})
    public Response logs(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("commune") final String commune, @QueryParam("village") final String village,
            @QueryParam("receiver") final String receiver, @QueryParam("format") final String format) {
        final Instant start = time("from", from);
        final Instant end = time("to", to);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidInputException("invalid-range", "'to' must be after 'from'");
        }
        final List<LogRow> rows = query.find(start, end, commune, village, receiver,
                guard.scope(identity.getPrincipal().getName()));
        if (format == null || "json".equals(format)) {
            return Response.ok(rows, "application/json").build();
        }
        if ("csv".equals(format)) {
            return Response.ok(Csv.of(rows), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"loa-log.csv\"").build();
        }
        throw new InvalidInputException("invalid-format", "format must be json or csv");
    }

    private static Instant time(final String name, final String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-time",
                    "'" + name + "' must be an ISO-8601 time with offset, such as 2026-12-06T00:00:00+07:00");
        }
    }
}
