package vn.loa.cap;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /api/cap}: a CAP 1.2 alert ({@code application/cap+xml}, {@code application/xml} or {@code text/xml})
 * signed by a trusted sender. 201 with what became of it; 200 {@code duplicate} for one already received (nothing
 * changes); problem JSON for everything refused. Officials and administrators (and their service accounts' tokens).
 */
@Path("/api/cap")
@Produces(MediaType.APPLICATION_JSON)
public class CapResource {

    @Inject
    CapService service;

    @Inject
    CapConfig config;

    @Inject
    SecurityIdentity identity;

    @POST
    @Blocking
    @RolesAllowed({vn.loa.security.Role.OFFICIAL, vn.loa.security.Role.ADMIN})
    @Consumes({"application/cap+xml", MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response receive(final InputStream body) {
        final CapOutcome o = service.receive(read(body, config.maxBytes()), identity.getPrincipal().getName());
        return Response.status(o.created() ? Response.Status.CREATED : Response.Status.OK).entity(o).build();
    }

    /** The body, up to {@code maxBytes}; stops reading as soon as it is over. */
    static byte[] read(final InputStream in, final int maxBytes) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        final byte[] buffer = new byte[8192];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new CapRefusal("cap-too-large", "a CAP message is at most " + maxBytes
                            + " bytes (loa.cap.max-bytes) / bản tin CAP quá lớn");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new CapRefusal("cap-incomplete", "the message broke off before its end; send it again");
        }
        return out.toByteArray();
    }
}
