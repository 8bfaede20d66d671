package vn.loa.signing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.loa.security.Role;

/** {@code GET /api/keys/controller}: the public key receivers must be configured with. */
@Path("/api/keys/controller")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    @Inject
    ControllerKeys keys;

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public ControllerKeys.PublicInfo current() {
        return keys.current();
    }
}
