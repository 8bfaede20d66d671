package vn.loa.dispatch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.loa.security.Role;

/** {@code /api/broker/mosquitto/*}: the generated Mosquitto files, for an admin who deploys them by hand. */
@Path("/api/broker/mosquitto")
@Produces(MediaType.TEXT_PLAIN)
public class BrokerFilesResource {

    @Inject
    MosquittoFiles files;

    @GET
    @Path("passwd")
    @RolesAllowed(Role.ADMIN)
    public String passwords() {
        return files.passwords();
    }

    @GET
    @Path("acl")
    @RolesAllowed(Role.ADMIN)
    public String acl() {
        return files.acl();
    }
}
