package vn.loa.receiver;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import vn.loa.security.Role;

/** {@code GET /api/fleet/map.svg}: the fleet map as a standalone SVG image (the fleet page inlines the same), its
 * words in {@code ?lang=} or the UI's language, Vietnamese by default. */
@Path("/api/fleet")
public class FleetMapResource {

    @Inject
    ReceiverService service;

    @Inject
    FleetConfig fleet;

    @Inject
    Clock clock;

    @Inject
    vn.loa.web.Ui ui;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @Path("map.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public String map(@QueryParam("commune") final String commune, @QueryParam("village") final String village) {
        return FleetMap.render(service.list(blank(commune), blank(village), identity.getPrincipal().getName()).stream()
                .map(r -> ReceiverView.of(r, fleet, clock.instant())).toList(),
                FleetMap.Legend.of(ui.messages(FleetMessages.class))).svg();
    }

    private static String blank(final String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
