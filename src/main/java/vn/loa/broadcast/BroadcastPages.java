package vn.loa.broadcast;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.loa.bulletin.BulletinService;
import vn.loa.security.Role;
import vn.loa.web.Ui;

/**
 * The broadcasts as people follow them: the list, and one broadcast with each receiver's delivery state and times.
 * The broadcast page refreshes its table itself ({@code js/live.js} polls the {@code rows} fragment).
 */
@Path("/ui/broadcasts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class BroadcastPages {

    /** How many broadcasts the list shows. */
    private static final int LIST_LIMIT = 50;

    /** One line of the list. */
    record Item(BroadcastView view, String title, int played, int total) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Item> items);

        static native TemplateInstance show(BroadcastView v, String title, boolean finished);

        static native TemplateInstance rows(BroadcastView v, boolean finished);
    }

    @Inject
    BroadcastService service;

    @Inject
    BulletinService bulletins;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance list() {
        final List<Item> items = service.list(LIST_LIMIT, ui.user()).stream().map(b -> {
            final BroadcastView v = BroadcastView.of(b, service.deliveries(b.id, ui.user()));
            return new Item(v, bulletins.get(b.bulletinId).title, v.counts().get(DeliveryState.PLAYED),
                    v.deliveries().size());
        }).toList();
        return ui.page(Templates.list(items));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") final long id) {
        final BroadcastView v = view(id);
        return ui.page(Templates.show(v, bulletins.get(v.bulletinId()).title, finished(v)));
    }

    /** The delivery table alone, for the page's live refresh. */
    @GET
    @Path("{id}/rows")
    public TemplateInstance rows(@PathParam("id") final long id) {
        final BroadcastView v = view(id);
        return ui.page(Templates.rows(v, finished(v)));
    }

    private BroadcastView view(final long id) {
        return BroadcastView.of(service.get(id, ui.user()), service.deliveries(id, ui.user()));
    }

    private static boolean finished(final BroadcastView v) {
        return v.deliveries().stream().allMatch(r -> r.state().isFinal());
    }
}
