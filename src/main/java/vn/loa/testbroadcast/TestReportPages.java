package vn.loa.testbroadcast;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.loa.security.Role;

/**
 * The fleet page's download of a test report, {@code /ui/test-reports/{broadcast}.csv}: under {@code /ui} because
 * pages log in by form and {@code /api} by HTTP basic or token. The same file as the API's.
 */
@Path("/ui/test-reports")
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class TestReportPages {

    @Inject
    TestReports reports;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("{broadcast: \\d+}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("broadcast") final long broadcast) {
        return TestReportResource.download(reports.report(broadcast, identity.getPrincipal().getName()));
    }
}
