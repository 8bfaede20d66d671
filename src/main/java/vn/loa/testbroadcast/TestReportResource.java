package vn.loa.testbroadcast;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code /api/test-reports}: the latest test per area ({@code ?area=} narrows to an area and the places in it), and
 * one test's report as JSON or CSV ({@code /api/test-reports/{broadcast}.csv}). Everyone logged in, within their area.
 */
@Path("/api/test-reports")
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class TestReportResource {

    @Inject
    TestReports reports;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TestReport> latest(@QueryParam("area") final Long area) {
        return reports.latest(area, me());
    }

    @GET
    @Path("{broadcast: \\d+}")
    @Produces(MediaType.APPLICATION_JSON)
    public TestReport report(@PathParam("broadcast") final long broadcast) {
        return reports.report(broadcast, me());
    }

    @GET
    @Path("{broadcast: \\d+}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("broadcast") final long broadcast) {
        return download(reports.report(broadcast, me()));
    }

    /** The CSV answer, shared with the fleet page's download link. */
    static Response download(final TestReport r) {
        return Response.ok(TestReportCsv.of(r), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"loa-test-" + r.broadcastId() + ".csv\"").build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
