package vn.loa.upward;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import vn.loa.area.AreaGuard;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;
import vn.loa.security.Role;

/**
 * {@code GET /api/upward-report?area=&from=&to=&format=json|csv|xlsx[&table=]}: the upward report of an area for a
 * period ({@link UpwardReport}), for officials (their own area and below) and administrators. {@code area} defaults
 * to the caller's own; an area outside the caller's answers 404 like an unknown one. The period is
 * {@link Period}'s: yesterday by default, at most {@code loa.upward.max-period-days}.
 */
@Path("/api/upward-report")
@RolesAllowed({Role.OFFICIAL, Role.ADMIN})
public class UpwardResource {

    @Inject
    UpwardReports reports;

    @Inject
    AreaGuard guard;

    @Inject
    SecurityIdentity identity;

    @Inject
    UpwardConfig config;

    @Inject
    Clock clock;

    @GET
    public Response report(@QueryParam("area") final String area, @QueryParam("from") final String from,
            @QueryParam("to") final String to, @QueryParam("format") final String format,
            @QueryParam("table") final String table) {
        final String kind = format == null || format.isBlank() ? "json" : format.strip();
        if (!"json".equals(kind) && !"csv".equals(kind) && !"xlsx".equals(kind)) {
            throw new InvalidInputException("invalid-format", "format must be json, csv or xlsx");
        }
        final long areaId = areaId(area);
        final Period period = Period.parse(from, to, config.maxPeriodDays(), clock);
        final UpwardReport report = reports.build(areaId, period.from(), period.to());
        return switch (kind) {
            case "csv" -> UpwardFiles.csv(report, table);
            case "xlsx" -> UpwardFiles.xlsx(report);
            default -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        };
    }

    private long areaId(final String area) {
        final String user = identity.getPrincipal().getName();
        final long id;
        if (area == null || area.isBlank()) {
            id = guard.areaOf(user).orElseThrow(() -> new InvalidInputException("area-required",
                    "'area' is required: you have no area of your own"));
        } else {
            try {
                id = Long.parseLong(area.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("invalid-area", "'area' must be an area id");
            }
        }
        if (!guard.scope(user).contains(id)) {
            throw new NotFoundException("area", id);
        }
        return id;
    }
}
