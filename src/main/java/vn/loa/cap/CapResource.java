package vn.loa.cap;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
 * {@code GET /api/cap/alerts} and {@code /api/cap/alerts/{id}}: what became of the messages received.
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

    /** A received CAP message as the API shows it; {@code targets} as the broadcast will use them. */
    public record View(long id, String sender, String identifier, java.time.Instant sent, String status,
            String msgType, boolean test, CapAlert.State state, String urgency, String severity, String headline,
            java.time.Instant expiresAt, com.fasterxml.jackson.databind.JsonNode targets, Long bulletinId,
            Long broadcastId, Long withdrawnBy, String receivedBy, java.time.Instant receivedAt) {
    }

    @Inject
    CapAlerts alerts;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @GET
    @Path("alerts")
    @RolesAllowed({vn.loa.security.Role.OFFICIAL, vn.loa.security.Role.ADMIN})
    public java.util.List<View> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) final int limit) {
        return alerts.recent(limit, identity.getPrincipal().getName()).stream().map(this::view).toList();
    }

    @GET
    @Path("alerts/{id}")
    @RolesAllowed({vn.loa.security.Role.OFFICIAL, vn.loa.security.Role.ADMIN})
    public View get(@PathParam("id") final long id) {
        return view(alerts.get(id, identity.getPrincipal().getName()));
    }

    private View view(final CapAlert a) {
        try {
            return new View(a.id, a.sender, a.identifier, a.sent, a.status, a.msgType, a.test, a.state, a.urgency,
                    a.severity, a.headline, a.expiresAt, a.targets == null ? null : json.readTree(a.targets),
                    a.bulletinId, a.broadcastId, a.withdrawnBy, a.receivedBy, a.receivedAt);
        } catch (IOException e) {
            throw new IllegalStateException("cap alert " + a.id + " has unreadable targets", e);
        }
    }

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
