package vn.loa.alert;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code GET /api/security-events}: commands receivers refused as forged, tampered, replayed or misaddressed, for
 * receivers in the caller's area.
 */
@Path("/api/security-events")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventResource {

    /** One event as the API shows it. */
    public record View(long id, String receiverId, String commandId, String code, String detail, Instant receiverAt,
            Instant serverAt) {
    }

    @Inject
    SecurityEvents events;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public List<View> recent(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) final int limit) {
        return events.recent(limit, identity.getPrincipal().getName()).stream()
                .map(e -> new View(e.id, e.receiverId, e.commandId, e.code, e.detail, e.receiverAt, e.serverAt))
                .toList();
    }
}
