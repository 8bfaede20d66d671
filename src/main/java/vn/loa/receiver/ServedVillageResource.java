package vn.loa.receiver;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code /api/receivers/{id}/serves}: the villages a receiver reaches besides its own, by FM or wire (issue 16 item
 * 5). Everyone who may see the receiver reads them; administrators replace the whole list with
 * {@code {"villages":[{"areaId":12,"medium":"FM"}]}} (an empty list clears it).
 */
@Path("/api/receivers/{id}/serves")
@Produces(MediaType.APPLICATION_JSON)
public class ServedVillageResource {

    /** The new list. */
    public record Request(List<ServedVillages.Entry> villages) {
    }

    /** The receiver and what it serves. */
    public record Answer(String receiverId, List<ServedVillages.Served> villages) {
    }

    @Inject
    ServedVillages served;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public Answer get(@PathParam("id") final String id) {
        return new Answer(id, served.of(id, me()));
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Answer replace(@PathParam("id") final String id, @NotNull final Request request) {
        return new Answer(id, served.replace(id, request.villages(), me()));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
