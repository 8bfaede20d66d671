package vn.loa.broadcast;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinService;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;
import vn.loa.web.TimeFormat;
import vn.loa.web.Ui;

/**
 * The broadcasts as people follow them: the list, and one broadcast with its counts by state and a page of receivers
 * (name, village, state, times). The broadcast page refreshes its table itself ({@code js/live.js} polls the
 * {@code rows} fragment of the same page) and offers cancel and stop to those who may ({@link BroadcastActionPages}).
 */
@Path("/ui/broadcasts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class BroadcastPages {

    /** How many broadcasts the list shows. */
    private static final int LIST_LIMIT = 50;
    /** Receivers per page of the broadcast page: light on a phone, and a commune's receivers fit on two. */
    static final int PAGE_SIZE = 50;

    /** One line of the list. */
    record Item(Broadcast b, String title, int played, long total) {
    }

    /** What the broadcast page may offer the user; {@code notice} tells what their last action did. */
    record Actions(boolean cancel, boolean stop, String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Item> items);

        static native TemplateInstance show(BroadcastView v, String title, String duration, Actions actions,
                List<String> errors);

        static native TemplateInstance rows(BroadcastView v, Actions actions);
    }

    @Inject
    BroadcastService service;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    DeliveryRows deliveryRows;

    @Inject
    BulletinService bulletins;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance list() {
        final List<Item> items = service.list(LIST_LIMIT, ui.user()).stream().map(b -> {
            final var counts = deliveryRows.counts(b.id, ui.user());
            return new Item(b, bulletins.get(b.bulletinId).title, counts.get(DeliveryState.PLAYED),
                    counts.values().stream().mapToLong(Integer::longValue).sum());
        }).toList();
        return ui.page(Templates.list(items));
    }

    /** {@code ?page=} from 0; {@code ?done=canceled|stopped} after an action, to say it was done. */
    @GET
    @Path("{id}")
    public Response show(@PathParam("id") final long id, @QueryParam("page") final String page,
            @QueryParam("done") final String done) {
        final Broadcast b = service.get(id, ui.user());
        RowPage rowPage;
        List<String> errors = List.of();
        try {
            rowPage = RowPage.of(page, Integer.toString(PAGE_SIZE));
        } catch (InvalidInputException e) {
            rowPage = new RowPage(0, PAGE_SIZE);
            errors = List.of(messages().badPage());
        }
        final BroadcastView v = BroadcastView.of(b, deliveryRows.page(id, ui.user(), rowPage));
        final Bulletin bulletin = bulletins.get(v.bulletinId());
        // the word comes from the address, so "canceled" is said only of a broadcast that really is
        final String notice = "canceled".equals(done) && v.canceledAt() != null ? messages().canceled()
                : "stopped".equals(done) ? messages().stopped() : null;
        return Response.status(errors.isEmpty() ? 200 : 400).entity(ui.page(Templates.show(v, bulletin.title,
                bulletin.audioDurationMs == null ? null : TimeFormat.duration(bulletin.audioDurationMs), actions(v, notice), errors))).build();
    }

    /** The counts and the page of rows alone, for the page's live refresh. */
    @GET
    @Path("{id}/rows")
    public TemplateInstance rows(@PathParam("id") final long id, @QueryParam("page") final String page) {
        final Broadcast b = service.get(id, ui.user());
        final BroadcastView v = BroadcastView.of(b, deliveryRows.page(id, ui.user(),
                RowPage.of(page, Integer.toString(PAGE_SIZE))));
        return ui.page(Templates.rows(v, actions(v, null)));
    }

    /** The buttons are shown where the action would be allowed; the action pages check again through the services. */
    private Actions actions(final BroadcastView v, final String notice) {
        final boolean cancel = BroadcastActionPages.mayCancel(ui) && cancellation.cancelable(v.id(), ui.user());
        final boolean stop = BroadcastActionPages.mayStop(ui) && v.count(DeliveryState.PLAYING) > 0;
        return new Actions(cancel, stop, notice);
    }

    private BroadcastMessages messages() {
        return ui.messages(BroadcastMessages.class);
    }
}
