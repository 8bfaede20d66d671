package vn.loa.cap;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code /api/cap/senders}: the CAP senders whose signed alerts Loa accepts, each with the PEM certificate or public
 * key that signs them. Administrators only.
 */
@Path("/api/cap/senders")
@Produces(MediaType.APPLICATION_JSON)
public class TrustedSenderResource {

    /** Body of {@code POST}: the CAP {@code <sender>} and a PEM certificate or public key. */
    public record Request(@NotBlank @Size(max = TrustedSender.MAX_SENDER) String sender,
            @NotBlank @Size(max = SenderKey.MAX_PEM) String key) {
    }

    /** A trusted sender as the API shows it (the key by its SHA-256, not the PEM). */
    public record View(long id, String sender, String algorithm, String keySha256, String createdBy,
            Instant createdAt) {
    }

    @Inject
    TrustedSenders senders;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Role.ADMIN)
    public List<View> list() {
        return senders.list().stream().map(TrustedSenderResource::view).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull final Request r) {
        final TrustedSender t = senders.add(identity.getPrincipal().getName(), r.sender(), r.key());
        return Response.created(URI.create("/api/cap/senders/" + t.id)).entity(view(t)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    public Response remove(@PathParam("id") final long id) {
        senders.remove(identity.getPrincipal().getName(), id);
        return Response.noContent().build();
    }

    static View view(final TrustedSender t) {
        return new View(t.id, t.sender, t.algorithm, t.keySha256, t.createdBy, t.createdAt);
    }
}
