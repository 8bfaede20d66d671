package vn.loa.receiver;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaLevel;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * {@code /ui/receivers/{id}/serves}: administrators record the villages a receiver reaches besides its own, by FM or
 * wire (issue 16 item 5), under {@link ServedVillages}' rules. Adding a village again changes how it is served, and
 * removing is by village, so both forms are idempotent and need no one-time token.
 */
@Path("/ui/receivers/{id}/serves")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ServedVillagePages {

    /** A village the form offers. */
    public record Choice(long id, String path) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance serves(Receiver receiver, String ownPath, List<ServedVillages.Served> served,
                List<Choice> villages, List<String> errors);
    }

    @Inject
    ServedVillages service;

    @Inject
    ReceiverService receivers;

    @Inject
    AreaDirectory areas;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page(@PathParam("id") final String id) {
        return render(id, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") final String id, @RestForm final Long areaId,
            @RestForm final String medium) {
        try {
            service.add(id, areaId, medium, me());
        } catch (LoaException e) {
            return refused(id, e);
        }
        return back(id);
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") final String id, @RestForm final Long areaId) {
        try {
            if (areaId == null) {
                throw new vn.loa.error.InvalidInputException("invalid-served-villages", "areaId is required");
            }
            service.remove(id, areaId, me());
        } catch (LoaException e) {
            return refused(id, e);
        }
        return back(id);
    }

    private Response refused(final String id, final LoaException e) {
        // an unknown receiver makes render throw again: the plain 404 page
        return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                .entity(render(id, List.of(e.getMessage()))).build();
    }

    private static Response back(final String id) {
        // ids are [a-z0-9-] (ReceiverId), safe in a path as they are
        return Response.seeOther(URI.create("/ui/receivers/" + id + "/serves")).build();
    }

    private TemplateInstance render(final String id, final List<String> errors) {
        final Receiver receiver = receivers.get(id);
        final List<Choice> villages = Area.<Area>list("level = ?1 and archived = false", AreaLevel.VILLAGE).stream()
                .filter(a -> !a.id.equals(receiver.areaId))
                .map(a -> new Choice(a.id, areas.path(a.id)))
                .sorted(Comparator.comparing(Choice::path)).toList();
        return ui.page(Templates.serves(receiver, areas.path(receiver.areaId), service.of(id, me()), villages, errors));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
