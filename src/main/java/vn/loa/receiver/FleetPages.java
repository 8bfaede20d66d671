package vn.loa.receiver;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.loa.security.Role;
import vn.loa.web.TimeFormat;
import vn.loa.web.Ui;

/**
 * The fleet page {@code /ui/fleet}: every receiver with its presence, last contact in Vietnam time, battery,
 * signal, flags (with {@code failed-test}: its last test broadcast did not play) and its last failed delivery (the
 * receiver's reason and when), the latest test broadcast of each area (n of m played, who did not and why, a CSV),
 * and the fleet map (inline SVG from {@link FleetMap}, which escapes every text itself).
 */
@Path("/ui/fleet")
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class FleetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fleet(List<Line> receivers, long online, long flagged, RawString map,
                List<ReceiverView> unplaced, List<FleetTests.Latest> tests);
    }

    /** A receiver as the page shows it; {@code failure} and {@code failedAt} are null when nothing failed. */
    public record Line(ReceiverView receiver, boolean offline, String lastSeen, String state, String failure,
            String failedAt) {
    }

    @Inject
    Ui ui;

    @Inject
    ReceiverService service;

    @Inject
    FleetConfig fleet;

    @Inject
    LastFailures lastFailures;

    @Inject
    Clock clock;

    @Inject
    FleetTests tests;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        final Instant now = clock.instant();
        final String me = identity.getPrincipal().getName();
        final List<ReceiverView> plain = service.list(null, null, me).stream()
                .map(r -> ReceiverView.of(r, fleet, now)).toList();
        final Map<String, String> failedTest = tests.failedLastTest(plain.stream().map(ReceiverView::id).toList());
        final List<ReceiverView> views = plain.stream()
                .map(v -> failedTest.containsKey(v.id()) ? v.withFlag(FleetTests.FLAG) : v).toList();
        final Map<String, LastFailures.Failure> failures =
                lastFailures.of(views.stream().map(ReceiverView::id).toList());
        final List<Line> lines = views.stream().map(v -> {
            final LastFailures.Failure f = failures.get(v.id());
            return new Line(v, v.flags().contains("offline"), time(v.lastSeenAt()), FleetMap.State.of(v).css(),
                    f == null ? null : f.detail() == null ? "–" : f.detail(), f == null ? null : time(f.at()));
        }).toList();
        final FleetMap.Rendered map = FleetMap.render(views, FleetMap.Legend.of(ui.messages(FleetMessages.class)));
        return ui.page(Templates.fleet(lines, lines.stream().filter(l -> !l.offline()).count(),
                views.stream().filter(v -> !v.flags().isEmpty()).count(), new RawString(map.svg()), map.unplaced(),
                tests.latest(me)));
    }

    static String time(final Instant t) {
        return t == null ? null : TimeFormat.time(t);
    }
}
